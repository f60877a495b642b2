package servicesim.policy.acts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits normalized text into words: runs of letters, combining marks (Devanagari vowel signs, Urdu marks) and digits.
 * A ':' or '.' between digits stays inside the word, so clock times such as 15:30 are one word. Everything else
 * (spaces, punctuation in any script — ۔ ، ؟ । ;) separates words. A web address ("https://…", "www.…") holds no words.
 *
 * <p>Between two words it also tells where a sentence ends — at {@code ! ? ; ؟ ۔ । ॥} (the Greek question mark is
 * {@code ;} once normalized), at a line break, and at a full stop followed by a space or the end, unless the word
 * before is a single letter ("p.m.", "J. Smith") or one of the language's abbreviations ("Mr.", "etc.") — and where a
 * clause ends: at a sentence end, or at {@code , : ، ( ) — – · •}, a dash between spaces, or an emoji or other
 * symbol. A sentence ending in
 * {@code ?} or {@code ؟} is a question.
 */
public final class Tokenizer {

  private Tokenizer() {}

  public static List<Token> tokens(Normalizer.Normalized n) {
    return tokens(n, Set.of());
  }

  /** @param abbreviations normalized words written with a full stop that does not end a sentence */
  public static List<Token> tokens(Normalizer.Normalized n, Set<String> abbreviations) {
    String t = n.text();
    List<Token> tokens = new ArrayList<>();
    int sentence = 0;
    int sentenceStart = 0;
    int clause = 0;
    int i = 0;
    int gapStart = 0;
    String previous = null;
    int previousWritten = 0;
    // the @handles a message opens with address it: the message's first sentence starts after them
    boolean onlyHandles = true;
    List<int[]> links = links(n.original());
    int link = 0;
    while (i < t.length()) {
      if (!isWordChar(t, i)) {
        i++;
        continue;
      }
      if (!links.isEmpty()) {
        int at = n.originalStart(i);
        while (link < links.size() && links.get(link)[1] <= at) link++;
        if (link < links.size() && links.get(link)[0] <= at) {
          i++;
          continue;
        }
      }
      if (previous != null) {
        Break b = breakIn(t, gapStart, i, previous, previousWritten, abbreviations);
        if (onlyHandles && b != Break.QUESTION) b = Break.SENTENCE;
        if (b == Break.QUESTION) markQuestion(tokens, sentenceStart);
        if (b == Break.SENTENCE || b == Break.QUESTION) {
          sentence++;
          sentenceStart = tokens.size();
        }
        if (b != Break.NONE) clause++;
      }
      int start = i;
      onlyHandles &= start > 0 && t.charAt(start - 1) == '@';
      while (i < t.length() && (isWordChar(t, i) || isInnerDigitSeparator(t, i))) i++;
      previous = t.substring(start, i);
      // as the agent wrote it: a transliterated word may read as one letter ("h" for hai) without being an initial
      previousWritten = n.originalEnd(i) - n.originalStart(start);
      tokens.add(new Token(previous, n.originalStart(start), n.originalEnd(i), sentence, clause, false));
      gapStart = i;
    }
    if (previous != null && breakIn(t, gapStart, t.length(), previous, previousWritten, abbreviations) == Break.QUESTION) {
      markQuestion(tokens, sentenceStart);
    }
    return tokens;
  }

  /** A web address is no words of the message: "https://t.co/GDrqU22YpT", "www.example.com/returns". */
  private static final Pattern LINK =
      Pattern.compile("(?i)(?:https?://|www\\.)[^\\s]+");

  /** The [start, end) of each web address in the text as written, in order; none in most messages. */
  private static List<int[]> links(String original) {
    Matcher m = LINK.matcher(original);
    if (!m.find()) return List.of();
    List<int[]> out = new ArrayList<>();
    do {
      out.add(new int[] {m.start(), m.end()});
    } while (m.find());
    return out;
  }

  private static void markQuestion(List<Token> tokens, int from) {
    for (int k = from; k < tokens.size(); k++) tokens.set(k, tokens.get(k).asQuestion());
  }

  private enum Break { NONE, CLAUSE, SENTENCE, QUESTION }

  /** What the characters between two words, {@code t[from, to)}, end: a question wins over a sentence, a clause. */
  private static Break breakIn(String t, int from, int to, String wordBefore, int writtenLength,
      Set<String> abbreviations) {
    Break found = Break.NONE;
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      switch (c) {
        case '?', '\u061F' -> {
          return Break.QUESTION;
        }
        case '!', ';', '\u06D4', '\u0964', '\u0965', '\n', '\r', '\u2029', '\u2028' -> found = Break.SENTENCE;
        case '.' -> {
          if (hasSpace(t, k + 1, to) && !abbreviation(wordBefore, writtenLength, abbreviations, k == from)) {
            found = Break.SENTENCE;
          }
        }
        case ',', ':', '\u060C', '(', ')', '\u2014', '\u2013', '\u00B7', '\u2022' -> {
          if (found == Break.NONE) found = Break.CLAUSE;
        }
        case '-' -> {
          if (found == Break.NONE && k > from && Character.isWhitespace(t.charAt(k - 1)) && k + 1 < to
              && Character.isWhitespace(t.charAt(k + 1))) {
            found = Break.CLAUSE;
          }
        }
        default -> {
          // an emoji or other symbol between words ("not good 😕 we'd love to help") ends a clause
          if (found == Break.NONE && (Character.isSurrogate(c) || Character.getType(c) == Character.OTHER_SYMBOL)) {
            found = Break.CLAUSE;
          }
        }
      }
    }
    return found;
  }

  private static boolean hasSpace(String t, int from, int to) {
    for (int k = from; k < to; k++) if (Character.isWhitespace(t.charAt(k))) return true;
    return false;
  }

  /** A full stop right after a single letter or a known abbreviation marks the word, not the sentence. */
  private static boolean abbreviation(String wordBefore, int writtenLength, Set<String> abbreviations,
      boolean rightAfterWord) {
    if (!rightAfterWord) return false;
    if (writtenLength == 1 && Character.isLetter(wordBefore.charAt(0))) return true;
    return abbreviations.contains(wordBefore);
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
