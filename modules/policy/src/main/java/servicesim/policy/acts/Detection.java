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

  /** What {@link #pattern()} says of an act found by resemblance to labelled examples rather than by a phrase. */
  public static final String BY_EXAMPLE = "nearest example ";

  /** True when the act was found by resemblance to labelled examples: {@link #pattern()} cites the nearest one. */
  public boolean byExample() {
    return pattern != null && pattern.startsWith(BY_EXAMPLE);
  }
}
