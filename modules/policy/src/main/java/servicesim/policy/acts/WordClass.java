package servicesim.policy.acts;

import java.util.List;

/**
 * A named set of words or phrases a pattern can refer to as {@code <name>}, each with an optional value that timeline
 * resolution understands: numbers for {@code number} and {@code day-of-month}, durations for {@code unit} and
 * {@code relative-day}, ISO weekday names for {@code weekday}, 1–12 for {@code month}, hh:mm for
 * {@code time-of-day}, and nothing for other classes.
 */
public record WordClass(String name, List<Member> members) {

  public record Member(List<PhrasePattern.Unit> words, String value) {}
}
