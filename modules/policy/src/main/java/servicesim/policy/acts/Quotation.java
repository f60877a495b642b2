package servicesim.policy.acts;

import java.util.ArrayList;
import java.util.List;

/**
 * The spans of a text in quotation marks: words the agent reports rather than says ("I heard the counter told you 'aap
 * log samajhte nahi', and I'm sorry"). Rude words quoted to apologise for them are not the agent's rudeness.
 *
 * <p>A quotation opens with a mark that stands before a word (after the text's start or a character that is no letter
 * or digit) and closes with one of its partners after a word, before the end or a character that is no letter or
 * digit, at most {@link #LONGEST} characters on. So apostrophes inside words ("don't", "ma'am") open nothing. A
 * language whose apostrophes also mark elisions (Greek "απ' την", "το 'πα") declares marks without them.
 */
public final class Quotation {

  /** The longest quotation, in characters: a quoted remark, not a paragraph. */
  static final int LONGEST = 160;

  /** Each pair: the opening mark, then the marks that may close it. */
  public static final List<String> DEFAULT_MARKS =
      List.of("''’", "\"\"”", "‘’'", "“”\"", "«»", "„“”\"", "‹›");

  private static final String PAIRS =
      "quotation-marks lists pairs: an opening mark, then the marks that may close it, such as \"«»\" or \"“”\"";

  public static final Quotation DEFAULT = new Quotation(DEFAULT_MARKS);

  private final String opening;
  private final List<String> closing;

  /**
   * @param marks each an opening mark followed by the marks that may close it ("«»", "“”\"")
   * @throws IllegalArgumentException when there are no pairs, or a pair is not an opening and a closing mark
   */
  public Quotation(List<String> marks) {
    if (marks.isEmpty()) throw new IllegalArgumentException(PAIRS);
    StringBuilder open = new StringBuilder();
    List<String> close = new ArrayList<>();
    for (String m : marks) {
      if (m.length() < 2 || m.codePointCount(0, m.length()) != m.length()) throw new IllegalArgumentException(PAIRS);
      open.append(m.charAt(0));
      close.add(m.substring(1));
    }
    this.opening = open.toString();
    this.closing = List.copyOf(close);
  }

  /** The quoted spans of {@code text}, inside the marks, in order. */
  List<int[]> spans(String text) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int kind = opening.indexOf(text.charAt(i));
      int close = kind < 0 || !opensAt(text, i) ? -1 : closingAfter(text, i, closing.get(kind));
      if (close < 0) {
        i++;
        continue;
      }
      spans.add(new int[] {i + 1, close});
      i = close + 1;
    }
    return spans;
  }

  /** Words a quotation holds at least to be a remark reported, not a word put in scare quotes ("your 'urgent'"). */
  static final int REMARK_WORDS = 3;

  /**
   * True when the text from {@code start} to {@code end} lies inside a quotation, or reads on into a quoted remark
   * ("آپ سے کہا 'یہ آپ کا مسئلہ ہے، ہمارا نہیں'"), which joins words of two speakers. A word or two in scare quotes is
   * the speaker's own ("aap ke 'urgent' to har hafte aate hain").
   */
  boolean reaches(String text, int start, int end) {
    for (int[] s : spans(text)) {
      boolean inside = s[0] <= start && end <= s[1];
      boolean remark = text.substring(s[0], s[1]).trim().split("\\s+").length >= REMARK_WORDS;
      if (inside || remark && start < s[1] && s[0] < end) return true;
    }
    return false;
  }

  private static boolean opensAt(String text, int i) {
    return (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
        && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static int closingAfter(String text, int open, String closers) {
    int limit = Math.min(text.length(), open + 1 + LONGEST);
    for (int j = open + 2; j < limit; j++) {
      if (closers.indexOf(text.charAt(j)) < 0) continue;
      boolean afterWord = !Character.isWhitespace(text.charAt(j - 1));
      boolean beforeBreak = j + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(j + 1));
      if (afterWord && beforeBreak) return j;
    }
    return -1;
  }
}
