package servicesim.policy.acts.eval;

/** How a detector did on one act (or on all together): lines where it was right, wrongly found it, or missed it. */
public record Counts(int correct, int falseHits, int misses) {

  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts plus(Counts other) {
    return new Counts(correct + other.correct, falseHits + other.falseHits, misses + other.misses);
  }

  /** Lines a reviewer labelled with the act (and did not ignore). */
  public int labelled() {
    return correct + misses;
  }

  /** Lines the detector found the act in (where it was scored). */
  public int found() {
    return correct + falseHits;
  }

  /** Share of findings that were right; NaN when nothing was found. */
  public double precision() {
    return found() == 0 ? Double.NaN : (double) correct / found();
  }

  /** Share of labelled lines found; NaN when nothing was labelled. */
  public double recall() {
    return labelled() == 0 ? Double.NaN : (double) correct / labelled();
  }

  /** Harmonic mean of precision and recall (0 when nothing was right); NaN when nothing was labelled or found. */
  public double f1() {
    int all = 2 * correct + falseHits + misses;
    return all == 0 ? Double.NaN : 2.0 * correct / all;
  }
}
