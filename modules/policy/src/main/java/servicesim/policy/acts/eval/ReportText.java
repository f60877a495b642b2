package servicesim.policy.acts.eval;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import servicesim.policy.acts.Detection;

/** An evaluation as people read it: the per-act table, then every miss and every false hit with its line. */
public final class ReportText {

  private ReportText() {}

  public static String table(Evaluation.Report report) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-22s %8s %6s %7s %7s %6s %9s %7s %6s%n", "act", "labelled", "found",
        "correct", "missed", "false", "precision", "recall", "F1"));
    for (Evaluation.ActScore s : report.acts()) row(b, s.act().id(), s.counts());
    row(b, "overall (micro)", report.overall());
    b.append(report.lines()).append(report.lines() == 1 ? " line" : " lines").append(System.lineSeparator());
    if (report.scripts().size() > 1) {
      // Roman Urdu, Hinglish and Greeklish read differently from the native script: each kind's overall on its own
      b.append(String.format(Locale.ROOT, "%n%-22s %8s %6s %7s %7s %6s %9s %7s %6s %6s%n", "letters", "labelled",
          "found", "correct", "missed", "false", "precision", "recall", "F1", "lines"));
      for (Evaluation.ScriptScore s : report.scripts()) {
        b.append(cells(s.script().label(), s.counts())).append(String.format(Locale.ROOT, " %6d%n", s.lines()));
      }
    }
    if (report.ownGroupsLeftOut()) {
      b.append("The classifier learns from this file: each line was judged by one that did not learn from its own group.")
          .append(System.lineSeparator());
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String name, Counts c) {
    b.append(cells(name, c)).append(System.lineSeparator());
  }

  private static String cells(String name, Counts c) {
    return String.format(Locale.ROOT, "%-22s %8d %6d %7d %7d %6d %9s %7s %6s", name, c.labelled(), c.found(),
        c.correct(), c.misses(), c.falseHits(), ratio(c.precision()), ratio(c.recall()), ratio(c.f1()));
  }

  /** A ratio with two decimals, or "-" when there was nothing to measure. */
  public static String ratio(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
  }

  /** Every miss, then every false hit, one per line: {@code file:line: missed act} or {@code false act "span"}. */
  public static String mistakes(Evaluation.Report report) {
    StringBuilder b = new StringBuilder();
    String nl = System.lineSeparator();
    b.append("Misses (").append(report.misses().size()).append("):").append(nl);
    for (Evaluation.Miss m : report.misses()) {
      b.append(place(m.line())).append(": missed ").append(m.act().id()).append(" in ").append(quote(m.line().text()));
      if (!m.found().isEmpty()) b.append(" (found ").append(found(m.found())).append(')');
      b.append(nl);
    }
    b.append("False hits (").append(report.falseHits().size()).append("):").append(nl);
    for (Evaluation.FalseHit f : report.falseHits()) {
      Detection d = f.detection();
      b.append(place(f.line())).append(": false ").append(d.act().id()).append(' ').append(quote(d.match()))
          .append(" at ").append(d.start()).append('-').append(d.end()).append(" by \"").append(d.pattern())
          .append("\" in ").append(quote(f.line().text())).append(nl);
    }
    return b.toString();
  }

  private static String place(LabelledLine line) {
    return line.location().file() + ":" + line.location().line();
  }

  private static String found(List<Detection> found) {
    return found.stream().map(d -> d.act().id() + " " + quote(d.match())).collect(Collectors.joining(", "));
  }

  private static String quote(String text) {
    return "\"" + text.replace("\"", "\\\"") + "\"";
  }
}
