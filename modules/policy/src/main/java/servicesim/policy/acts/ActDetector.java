package servicesim.policy.acts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the acts in a message of one language. Phrases match whole words of normalized text; the agent's own name and
 * the organisation's name come from the session, not the lexicon. Safe to share between threads.
 */
public final class ActDetector {

  private final Lexicon lexicon;
  private final Map<String, List<PhrasePattern>> namePatterns = new ConcurrentHashMap<>();

  public ActDetector(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /** Who is speaking for whom: what own-name and org-name look for. Aliases are other ways to write the names. */
  public record Context(List<String> agentNames, List<String> organisationNames) {
    public static final Context NONE = new Context(List.of(), List.of());

    public static Context of(String agentName, String organisation, List<String> organisationAliases) {
      List<String> orgs = new ArrayList<>();
      if (organisation != null && !organisation.isBlank()) orgs.add(organisation);
      orgs.addAll(organisationAliases);
      return new Context(agentName == null || agentName.isBlank() ? List.of() : List.of(agentName), orgs);
    }
  }

  /** Every act found in {@code text}, ordered by position; at most one detection per act and place. */
  public List<Detection> detect(String text, Context context) {
    Normalizer.Normalized normalized = lexicon.normalizer().apply(text);
    List<Token> tokens = Tokenizer.tokens(normalized);
    List<Detection> found = new ArrayList<>();
    Map<Act, Integer> coveredUntil = new EnumMap<>(Act.class);
    // ask-detail finds each detail on its own: "your phone number and address" asks for two
    Map<String, Integer> detailCoveredUntil = new java.util.HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      // per act (per detail), the longest phrase starting here ("by Friday at noon" rather than "by Friday"); on a
      // tie, the one listed first in the lexicon
      Map<String, Lexicon.Indexed> bestPattern = new java.util.LinkedHashMap<>();
      Map<String, PhrasePattern.Match> best = new java.util.HashMap<>();
      for (Lexicon.Indexed candidate : lexicon.candidatesFor(tokens.get(i).text())) {
        boolean detail = candidate.detail() != null;
        String key = detail ? candidate.detail() : candidate.act().name();
        int covered = detail ? detailCoveredUntil.getOrDefault(key, 0) : coveredUntil.getOrDefault(candidate.act(), 0);
        if (covered > i) continue;
        Optional<PhrasePattern.Match> m = candidate.pattern().matchAt(tokens, i);
        if (m.isPresent() && !excepted(candidate.act(), m.get(), tokens)) {
          PhrasePattern.Match current = best.get(key);
          if (current == null || m.get().to() > current.to()) {
            best.put(key, m.get());
            bestPattern.put(key, candidate);
          }
        }
      }
      for (var e : bestPattern.entrySet()) {
        Lexicon.Indexed indexed = e.getValue();
        PhrasePattern.Match match = best.get(e.getKey());
        found.add(detection(indexed.act(), indexed.pattern(), match, tokens, text, indexed.detail()));
        if (indexed.detail() != null) detailCoveredUntil.put(indexed.detail(), match.to());
        else coveredUntil.put(indexed.act(), match.to());
      }
      nameAt(Act.OWN_NAME, context.agentNames(), tokens, i, text, coveredUntil).ifPresent(found::add);
      nameAt(Act.ORG_NAME, context.organisationNames(), tokens, i, text, coveredUntil).ifPresent(found::add);
    }
    found.sort(Comparator.comparingInt(Detection::start).thenComparing(d -> d.act().ordinal()));
    return List.copyOf(found);
  }

  /** True when an exception phrase of {@code act} overlaps the match ("not your fault" cancels "your fault"). */
  private boolean excepted(Act act, PhrasePattern.Match match, List<Token> tokens) {
    List<PhrasePattern> exceptions = lexicon.exceptions(act);
    if (exceptions.isEmpty()) return false;
    int from = Math.max(0, match.from() - 8);
    for (int i = from; i < match.to(); i++) {
      for (PhrasePattern p : exceptions) {
        Optional<PhrasePattern.Match> e = p.matchAt(tokens, i);
        if (e.isPresent() && e.get().from() < match.to() && e.get().to() > match.from()) return true;
      }
    }
    return false;
  }

  public boolean contains(String text, Act act, Context context) {
    return detect(text, context).stream().anyMatch(d -> d.act() == act);
  }

  /** The first place {@code text} matches one of {@code phrases} (written in the lexicon's pattern syntax). */
  public Optional<Detection> find(String text, List<PhrasePattern> phrases, Act reportedAs) {
    Normalizer.Normalized normalized = lexicon.normalizer().apply(text);
    List<Token> tokens = Tokenizer.tokens(normalized);
    for (int i = 0; i < tokens.size(); i++) {
      for (PhrasePattern p : phrases) {
        Optional<PhrasePattern.Match> m = p.matchAt(tokens, i);
        if (m.isPresent()) return Optional.of(detection(reportedAs, p, m.get(), tokens, text));
      }
    }
    return Optional.empty();
  }

  /** Compiles a phrase in this lexicon's syntax and normalization (for question answers and custom rules). */
  public PhrasePattern compile(String phrase) throws PatternSyntaxException {
    return PhrasePattern.compile(phrase, lexicon.normalizer(), lexicon.classes());
  }

  private Optional<Detection> nameAt(Act act, List<String> names, List<Token> tokens, int i, String text,
      Map<Act, Integer> coveredUntil) {
    if (names.isEmpty() || coveredUntil.getOrDefault(act, 0) > i) return Optional.empty();
    for (String name : names) {
      for (PhrasePattern p : namePatterns.computeIfAbsent(name, this::namePattern)) {
        Optional<PhrasePattern.Match> m = p.matchAt(tokens, i);
        if (m.isPresent()) {
          coveredUntil.put(act, m.get().to());
          return Optional.of(detection(act, p, m.get(), tokens, text));
        }
      }
    }
    return Optional.empty();
  }

  private List<PhrasePattern> namePattern(String name) {
    List<String> words = new java.util.ArrayList<>();
    for (Token t : Tokenizer.tokens(lexicon.normalizer().apply(name))) words.add(stem(t.text()));
    if (words.isEmpty()) return List.of();
    try {
      return List.of(PhrasePattern.compile(String.join(" ", words), Normalizer.BASIC, Map.of()));
    } catch (PatternSyntaxException e) {
      return List.of();
    }
  }

  /** A name word as a pattern word: every form of its declension when the language declines names. */
  private String stem(String word) {
    List<String> forms = nameForms(word);
    return forms.size() == 1 ? word : "(" + String.join("|", forms) + ")";
  }

  /**
   * Every form of a normalized name word's declension (νικοσ: νικοσ, νικου, νικο, νικε), by the lexicon's longest
   * matching name ending; just the word when the language does not decline names or no ending fits.
   */
  public List<String> nameForms(String normalizedWord) {
    String bestEnding = null;
    List<String> bestGroup = null;
    for (List<String> group : lexicon.nameEndings()) {
      for (String ending : group) {
        if (normalizedWord.endsWith(ending) && normalizedWord.length() - ending.length() >= 3
            && (bestEnding == null || ending.length() > bestEnding.length())) {
          bestEnding = ending;
          bestGroup = group;
        }
      }
    }
    if (bestGroup == null) return List.of(normalizedWord);
    String stem = normalizedWord.substring(0, normalizedWord.length() - bestEnding.length());
    return bestGroup.stream().map(e -> stem + e).toList();
  }

  private static Detection detection(Act act, PhrasePattern pattern, PhrasePattern.Match m, List<Token> tokens,
      String text) {
    return detection(act, pattern, m, tokens, text, null);
  }

  private static Detection detection(Act act, PhrasePattern pattern, PhrasePattern.Match m, List<Token> tokens,
      String text, String detail) {
    int start = tokens.get(m.from()).start();
    int end = tokens.get(m.to() - 1).end();
    return new Detection(act, start, end, text.substring(start, end), pattern.source(), m.captures(), detail);
  }
}
