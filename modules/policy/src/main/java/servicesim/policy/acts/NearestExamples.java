package servicesim.policy.acts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Labelled example sentences as TF-IDF vectors of character n-grams, to find the ones nearest a sentence by cosine
 * similarity. Deterministic: no sampling, and ties go to the example listed first.
 */
public final class NearestExamples {

  /** Character n-grams from 3 to 5, over the words as the lexicon normalises (and, where it folds scripts, keys) them. */
  static final int MIN_GRAM = 3;
  static final int MAX_GRAM = 5;

  /** A labelled sentence: its line's place ({@code file:line}), the line's text, and the group its line belongs to. */
  public record Example(String key, Set<Act> acts, Set<Act> ignore, String file, int line, String lineText,
      String group) {
    public Example {
      acts = Set.copyOf(acts);
      ignore = Set.copyOf(ignore);
    }

    public String citation() {
      return file + ":" + line;
    }
  }

  public record Neighbour(Example example, double similarity) {}

  private final List<Example> examples;
  private final Map<String, Integer> gramIds = new HashMap<>();
  private final double[] idf;
  /** Per n-gram, the examples holding it and the weight it has in each (already divided by the example's norm). */
  private final int[][] postingExamples;
  private final float[][] postingWeights;
  private final double unseenIdf;

  public NearestExamples(List<Example> examples) {
    this.examples = List.copyOf(examples);
    List<Map<Integer, Integer>> counts = new ArrayList<>();
    List<Integer> df = new ArrayList<>();
    for (Example e : this.examples) {
      Map<Integer, Integer> c = new HashMap<>();
      for (String g : grams(e.key())) {
        int id = gramIds.computeIfAbsent(g, x -> {
          df.add(0);
          return df.size() - 1;
        });
        c.merge(id, 1, Integer::sum);
      }
      c.keySet().forEach(id -> df.set(id, df.get(id) + 1));
      counts.add(c);
    }
    int n = this.examples.size();
    idf = new double[df.size()];
    for (int i = 0; i < idf.length; i++) idf[i] = Math.log((n + 1.0) / (df.get(i) + 1.0)) + 1;
    unseenIdf = Math.log(n + 1.0) + 1;
    int[] sizes = new int[idf.length];
    for (Map<Integer, Integer> c : counts) c.keySet().forEach(id -> sizes[id]++);
    postingExamples = new int[idf.length][];
    postingWeights = new float[idf.length][];
    for (int i = 0; i < idf.length; i++) {
      postingExamples[i] = new int[sizes[i]];
      postingWeights[i] = new float[sizes[i]];
    }
    int[] filled = new int[idf.length];
    for (int e = 0; e < n; e++) {
      Map<Integer, Integer> c = counts.get(e);
      double norm = 0;
      for (var g : c.entrySet()) norm += sq(weight(g.getValue(), idf[g.getKey()]));
      norm = Math.sqrt(norm);
      // iterate grams in id order so that postings list examples in file order
      for (int id : c.keySet().stream().sorted().toList()) {
        int at = filled[id]++;
        postingExamples[id][at] = e;
        postingWeights[id][at] = (float) (weight(c.get(id), idf[id]) / norm);
      }
    }
  }

  public List<Example> examples() {
    return examples;
  }

  /** The {@code k} examples nearest {@code key} among those {@code allowed}, most similar first. */
  public List<Neighbour> nearest(String key, int k, Predicate<Example> allowed) {
    Map<String, Integer> c = new HashMap<>();
    for (String g : grams(key)) c.merge(g, 1, Integer::sum);
    if (c.isEmpty() || examples.isEmpty()) return List.of();
    double[] dot = new double[examples.size()];
    double norm = 0;
    for (var g : c.entrySet()) {
      Integer id = gramIds.get(g.getKey());
      double w = weight(g.getValue(), id == null ? unseenIdf : idf[id]);
      norm += sq(w);
      if (id == null) continue;
      int[] ex = postingExamples[id];
      float[] ws = postingWeights[id];
      for (int i = 0; i < ex.length; i++) dot[ex[i]] += w * ws[i];
    }
    double queryNorm = Math.sqrt(norm);
    // k rounds of picking the most similar left: k is small, so this beats sorting every candidate
    boolean[] taken = new boolean[dot.length];
    List<Neighbour> out = new ArrayList<>();
    while (out.size() < k) {
      int best = -1;
      for (int e = 0; e < dot.length; e++) {
        if (taken[e] || dot[e] <= 0 || best >= 0 && dot[e] <= dot[best]) continue;
        if (!allowed.test(examples.get(e))) {
          taken[e] = true;
          continue;
        }
        best = e;
      }
      if (best < 0) break;
      taken[best] = true;
      out.add(new Neighbour(examples.get(best), dot[best] / queryNorm));
    }
    return out;
  }

  /** The n-grams of a sentence key, padded with a space so that word starts and ends count. */
  static List<String> grams(String key) {
    String padded = " " + key.trim() + " ";
    List<String> out = new ArrayList<>();
    if (padded.isBlank()) return out;
    for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
      for (int i = 0; i + n <= padded.length(); i++) out.add(padded.substring(i, i + n));
    }
    return out;
  }

  private static double weight(int count, double idf) {
    return (1 + Math.log(count)) * idf;
  }

  private static double sq(double x) {
    return x * x;
  }
}
