package servicesim.policy.acts;

import java.util.List;

/**
 * An act found in a message: where ({@code start}/{@code end}, UTF-16 offsets into the original text, as
 * JavaScript counts them), the words that matched, and the values the phrase captured (numbers, units, weekdays...),
 * and for {@link Act#ASK_DETAIL} the detail asked for (null otherwise).
 */
public record Detection(Act act, int start, int end, String match, String pattern, List<PhrasePattern.Capture> captures,
    String detail) {

  public Detection(Act act, int start, int end, String match, String pattern, List<PhrasePattern.Capture> captures) {
    this(act, start, end, match, pattern, captures, null);
  }

  /** What {@link #pattern()} starts with for an act learned from labelled examples rather than found by a phrase. */
  public static final String BY_EXAMPLE = "learned from examples, probability ";

  /**
   * True when the act was learned from labelled examples: {@link #pattern()} gives the probability, the words that
   * weighed most and the nearest example carrying the act.
   */
  public boolean byExample() {
    return pattern != null && pattern.startsWith(BY_EXAMPLE);
  }
}
