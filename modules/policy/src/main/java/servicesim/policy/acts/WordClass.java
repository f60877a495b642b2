package servicesim.policy.acts;

import java.util.List;

/**
 * A named set of words or phrases a pattern can refer to as {@code <name>}, each with an optional value that timeline
 * resolution understands: numbers for {@code number} and {@code day-of-month}, durations for {@code unit},
 * {@code relative-day} and {@code same-day}, ISO weekday names for {@code weekday}, 1–12 for {@code month}, hh:mm for
 * {@code time-of-day}, and nothing for other classes.
 */
public record WordClass(String name, List<Member> members, java.util.Map<String, List<Member>> byFirstWord,
    List<Member> byPrefix) {

  public record Member(List<PhrasePattern.Unit> words, String value) {}

  public WordClass(String name, List<Member> members) {
    this(name, List.copyOf(members), index(members), members.stream()
        .filter(m -> m.words().get(0) instanceof PhrasePattern.Prefix).toList());
  }

  /** The members that may start at a word: those beginning with it, and those beginning with a prefix of it. */
  public List<Member> startingWith(String token) {
    List<Member> exact = byFirstWord.getOrDefault(token, List.of());
    if (byPrefix.isEmpty()) return exact;
    List<Member> out = new java.util.ArrayList<>(exact);
    for (Member m : byPrefix) if (m.words().get(0).matches(token)) out.add(m);
    return out;
  }

  private static java.util.Map<String, List<Member>> index(List<Member> members) {
    java.util.Map<String, List<Member>> byWord = new java.util.HashMap<>();
    for (Member m : members) {
      if (m.words().get(0) instanceof PhrasePattern.Exact e) {
        byWord.computeIfAbsent(e.word(), k -> new java.util.ArrayList<>()).add(m);
      }
    }
    byWord.replaceAll((k, v) -> List.copyOf(v));
    return java.util.Map.copyOf(byWord);
  }
}
