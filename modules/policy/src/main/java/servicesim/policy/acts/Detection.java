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
}
