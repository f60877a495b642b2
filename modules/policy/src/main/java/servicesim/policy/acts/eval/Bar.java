package servicesim.policy.acts.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import servicesim.files.InvalidFileException;
import servicesim.files.Location;
import servicesim.files.Problems;

/**
 * What a labelled set must reach: micro F1 and precision overall, and recall for every act with enough labelled
 * examples to measure it.
 */
public record Bar(double minF1, double minPrecision, double minActRecall, int minExamples) {

  /** The bar every development set is held to. */
  public static final Bar DEFAULT = new Bar(0.90, 0.90, 0.80, 5);

  /** A floor holds only the overall numbers: per-act recall on a small set moves too much to pin. */
  public static Bar floor(double minF1, double minPrecision) {
    return new Bar(minF1, minPrecision, 0.0, Integer.MAX_VALUE);
  }

  /** What falls short, one phrase each; empty when the report reaches the bar. */
  public List<String> shortfalls(Evaluation.Report report) {
    List<String> out = new ArrayList<>();
    Counts all = report.overall();
    if (!(all.f1() >= minF1)) out.add(String.format(Locale.ROOT, "micro F1 %.3f < %s", all.f1(), limit(minF1)));
    if (!(all.precision() >= minPrecision)) {
      out.add(String.format(Locale.ROOT, "precision %.3f < %s", all.precision(), limit(minPrecision)));
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

  /** A limit as it was written: two decimals, or three when the third is not zero. */
  private static String limit(double value) {
    String three = String.format(Locale.ROOT, "%.3f", value);
    return three.endsWith("0") ? three.substring(0, three.length() - 1) : three;
  }

  /**
   * Reads a floor file: lines {@code micro-f1 0.883} and {@code precision 0.912} (both required), {@code #} comments
   * and empty lines skipped; every problem reported as {@code file:line:column: message}.
   */
  public static Bar readFloor(Path file) throws InvalidFileException {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidFileException(Location.of(file.toString()), "no such file");
    } catch (IOException e) {
      throw new InvalidFileException(Location.of(file.toString()), "cannot read: " + e.getMessage());
    }
    return parseFloor(file.toString(), content);
  }

  public static Bar parseFloor(String name, String content) throws InvalidFileException {
    Map<String, Double> values = new LinkedHashMap<>();
    Problems problems = new Problems();
    String[] rows = content.split("\r?\n", -1);
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i];
      String trimmed = row.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
      int column = row.indexOf(trimmed.charAt(0)) + 1;
      String[] parts = trimmed.split("\\s+");
      Location at = new Location(name, i + 1, column);
      if (parts.length != 2) {
        problems.add(at, "expected a name and a number, e.g. 'micro-f1 0.883'");
        continue;
      }
      if (!parts[0].equals("micro-f1") && !parts[0].equals("precision")) {
        problems.add(at, "unknown name '" + parts[0] + "' (expected micro-f1 or precision)");
        continue;
      }
      if (values.containsKey(parts[0])) {
        problems.add(at, "'" + parts[0] + "' given twice");
        continue;
      }
      Location number = new Location(name, i + 1, column + row.substring(column - 1).indexOf(parts[1]));
      try {
        double value = Double.parseDouble(parts[1]);
        if (!(value >= 0 && value <= 1)) problems.add(number, "expected a number from 0 to 1, found " + parts[1]);
        else values.put(parts[0], value);
      } catch (NumberFormatException e) {
        problems.add(number, "expected a number from 0 to 1, found '" + parts[1] + "'");
      }
    }
    for (String required : List.of("micro-f1", "precision")) {
      if (!values.containsKey(required) && problems.isEmpty()) {
        problems.add(Location.of(name), "missing '" + required + "'");
      }
    }
    problems.throwIfAny();
    return floor(values.get("micro-f1"), values.get("precision"));
  }
}
