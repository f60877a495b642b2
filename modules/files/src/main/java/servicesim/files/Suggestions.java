package servicesim.files;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean ...?" for misspelt keys and names. */
public final class Suggestions {

  private Suggestions() {}

  /** The candidate closest to {@code word}, when it is close enough to be a likely typo. */
  public static Optional<String> nearest(String word, Collection<String> candidates) {
    if (word.length() <= 2) return Optional.empty(); // any two-letter code is one letter from another
    int limit = Math.max(1, Math.min(3, word.length() / 3));
    return candidates.stream()
        .filter(c -> distance(word.toLowerCase(), c.toLowerCase()) <= limit)
        .min(Comparator.comparingInt(c -> distance(word.toLowerCase(), c.toLowerCase())));
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
