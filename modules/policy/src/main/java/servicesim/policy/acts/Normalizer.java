package servicesim.policy.acts;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns text into a comparable form while remembering, for every output character, which characters of the input it
 * came from, so matches can be reported as spans of what the agent actually wrote.
 *
 * <p>Steps, per input code point: Unicode NFKC; lower case; accents removed (NFD, combining marks U+0300–U+036F
 * dropped: Greek tonos and dialytika, Latin accents); invisible formatting characters dropped (zero-width joiners,
 * bidi marks, soft hyphen, tatweel); apostrophes dropped so that "I'm" and "Im" agree; every decimal digit becomes
 * ASCII (Urdu ۳, Devanagari ३); then the language's own replacements (Urdu/Arabic letter variants, Devanagari nukta
 * and chandrabindu, Greek final sigma ...).
 */
public final class Normalizer {

  private final List<Map.Entry<String, String>> replacements;
  private final List<Step> steps;

  /** @param replacements language-specific replacements, applied longest first */
  public Normalizer(Map<String, String> replacements) {
    List<Map.Entry<String, String>> list = new ArrayList<>();
    for (var e : replacements.entrySet()) list.add(Map.entry(e.getKey(), e.getValue()));
    list.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    this.replacements = List.copyOf(list);
    this.steps = List.of();
  }

  private Normalizer(List<Map.Entry<String, String>> replacements, List<Step> steps) {
    this.replacements = replacements;
    this.steps = steps;
  }

  /** A further rewrite of normalized text that keeps every character's place in the original (transliteration). */
  public interface Step {
    Normalized apply(Normalized normalized);
  }

  /** This normalization followed by {@code step}. */
  public Normalizer then(Step step) {
    List<Step> more = new ArrayList<>(steps);
    more.add(step);
    return new Normalizer(replacements, List.copyOf(more));
  }

  public static final Normalizer BASIC = new Normalizer(Map.of());

  /** Normalized text plus, per normalized char, the [start, end) of the input chars it came from. */
  public record Normalized(String original, String text, int[] starts, int[] ends) {
    public int originalStart(int normalizedIndex) {
      return starts[normalizedIndex];
    }

    public int originalEnd(int normalizedIndexExclusive) {
      return ends[normalizedIndexExclusive - 1];
    }
  }

  public String normalize(String text) {
    return apply(text).text();
  }

  public Normalized apply(String input) {
    StringBuilder out = new StringBuilder(input.length());
    List<int[]> spans = new ArrayList<>(input.length());
    for (int i = 0; i < input.length(); ) {
      // a letter and the combining marks after it are normalized together, so composed and decomposed spellings
      // (آ and ا + U+0653, é and e + U+0301) agree
      int next = i + Character.charCount(input.codePointAt(i));
      while (next < input.length() && isCombining(input.codePointAt(next)) && !isInvisible(input.codePointAt(next))) {
        next += Character.charCount(input.codePointAt(next));
      }
      String piece = basic(input.substring(i, next));
      for (int k = 0; k < piece.length(); k++) {
        out.append(piece.charAt(k));
        spans.add(new int[] {i, next});
      }
      i = next;
    }
    // language replacements may span several chars; map each output char to the union of the inputs it replaced
    StringBuilder replaced = new StringBuilder(out.length());
    List<int[]> replacedSpans = new ArrayList<>(out.length());
    String s = out.toString();
    outer:
    for (int i = 0; i < s.length(); ) {
      for (var r : replacements) {
        String from = r.getKey();
        if (!from.isEmpty() && s.startsWith(from, i)) {
          int start = spans.get(i)[0];
          int end = spans.get(i + from.length() - 1)[1];
          for (int k = 0; k < r.getValue().length(); k++) {
            replaced.append(r.getValue().charAt(k));
            replacedSpans.add(new int[] {start, end});
          }
          i += from.length();
          continue outer;
        }
      }
      replaced.append(s.charAt(i));
      replacedSpans.add(spans.get(i));
      i++;
    }
    int[] starts = new int[replacedSpans.size()];
    int[] ends = new int[replacedSpans.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = replacedSpans.get(i)[0];
      ends[i] = replacedSpans.get(i)[1];
    }
    Normalized result = new Normalized(input, replaced.toString(), starts, ends);
    for (Step step : steps) result = step.apply(result);
    return result;
  }

  private static boolean isCombining(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Normalized forms of the letter clusters seen so far: an alphabet's worth, so the cache stays small. */
  private static final java.util.Map<String, String> CLUSTERS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int CLUSTER_CACHE_LIMIT = 100_000;

  private static String basic(String cluster) {
    if (cluster.length() == 1) {
      char c = cluster.charAt(0);
      if (c < 0x80 && c != '\'' && c != '`') return c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + 32)) : cluster;
    }
    String cached = CLUSTERS.get(cluster);
    if (cached != null) return cached;
    String normalized = normalizeCluster(cluster);
    if (CLUSTERS.size() < CLUSTER_CACHE_LIMIT) CLUSTERS.put(cluster, normalized);
    return normalized;
  }

  private static String normalizeCluster(String cluster) {
    int cp = cluster.codePointAt(0);
    if (cluster.length() == Character.charCount(cp)) {
      if (isInvisible(cp) || isApostrophe(cp)) return "";
      if (Character.isDigit(cp)) {
        int value = Character.getNumericValue(cp);
        if (value >= 0 && value <= 9) return String.valueOf((char) ('0' + value));
      }
    } else if (isInvisible(cp) || isApostrophe(cp)) {
      return normalizeCluster(cluster.substring(Character.charCount(cp)));
    }
    String s = java.text.Normalizer.normalize(cluster, Form.NFKC);
    s = s.toLowerCase(Locale.ROOT);
    s = java.text.Normalizer.normalize(s, Form.NFD);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0300' && c <= '\u036F') continue;
      b.append(c);
    }
    return java.text.Normalizer.normalize(b, Form.NFC);
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '`' || cp == '\u00B4';
  }

  private static boolean isInvisible(int cp) {
    return cp == '\u200B' || cp == '\u200C' || cp == '\u200D' || cp == '\u00AD' || cp == '\u200E' || cp == '\u200F'
        || cp == '\u061C' || cp == '\u0640' || cp == '\uFEFF'
        || (cp >= '\u202A' && cp <= '\u202E') || (cp >= '\u2066' && cp <= '\u2069');
  }
}
