package servicesim.policy.acts;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized text into words: runs of letters, combining marks (Devanagari vowel signs, Urdu marks) and digits.
 * A ':' or '.' between digits stays inside the word, so clock times such as 15:30 are one word. Everything else
 * (spaces, punctuation in any script — ۔ ، ؟ । ;) separates words.
 */
public final class Tokenizer {

  private Tokenizer() {}

  public static List<Token> tokens(Normalizer.Normalized n) {
    String t = n.text();
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      if (!isWordChar(t, i)) {
        i++;
        continue;
      }
      int start = i;
      while (i < t.length() && (isWordChar(t, i) || isInnerDigitSeparator(t, i))) i++;
      tokens.add(new Token(t.substring(start, i), n.originalStart(start), n.originalEnd(i)));
    }
    return tokens;
  }

  private static boolean isWordChar(String t, int i) {
    char c = t.charAt(i);
    if (Character.isLetterOrDigit(c)) return true;
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isInnerDigitSeparator(String t, int i) {
    char c = t.charAt(i);
    return (c == ':' || c == '.') && i > 0 && i + 1 < t.length()
        && Character.isDigit(t.charAt(i - 1)) && Character.isDigit(t.charAt(i + 1));
  }
}
