package servicesim.policy.acts.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a labelled set must reach: micro F1 and precision overall, and recall for every act with enough labelled
 * examples to measure it.
 */
public record Bar(double minF1, double minPrecision, double minActRecall, int minExamples) {

  /** The bar every development set is held to. */
  public static final Bar DEFAULT = new Bar(0.90, 0.90, 0.80, 5);

  /** What falls short, one phrase each; empty when the report reaches the bar. */
  public List<String> shortfalls(Evaluation.Report report) {
    List<String> out = new ArrayList<>();
    Counts all = report.overall();
    if (!(all.f1() >= minF1)) out.add(String.format(Locale.ROOT, "micro F1 %.3f < %.2f", all.f1(), minF1));
    if (!(all.precision() >= minPrecision)) {
      out.add(String.format(Locale.ROOT, "precision %.3f < %.2f", all.precision(), minPrecision));
    }
    for (Evaluation.ActScore s : report.acts()) {
      Counts c = s.counts();
      if (c.labelled() >= minExamples && !(c.recall() >= minActRecall)) {
        out.add(String.format(Locale.ROOT, "%s recall %.3f < %.2f (%d of %d)", s.act().id(), c.recall(), minActRecall,
            c.correct(), c.labelled()));
      }
    }
    return out;
  }
}
