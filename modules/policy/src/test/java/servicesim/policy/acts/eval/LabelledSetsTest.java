package servicesim.policy.acts.eval;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.Repo;

/**
 * Holds every labelled set in {@code scenarios/acts/<language>/} ({@code dev.tsv}, and {@code held-out.tsv}, the
 * part never used while editing lexicons) to the bar, as soon as the file is there. Prints each set's per-act table;
 * a shortfall names the numbers only, never the lines, so that held-out lines stay unseen.
 */
public class LabelledSetsTest extends JUnitSuite {

  static final List<String> PARTS = List.of("dev.tsv", "held-out.tsv");

  static List<Path> sets() throws IOException {
    Path acts = Repo.scenarios().resolve("acts");
    if (!Files.isDirectory(acts)) return List.of();
    List<Path> sets = new ArrayList<>();
    try (Stream<Path> languages = Files.list(acts)) {
      for (Path language : languages.filter(Files::isDirectory).sorted().toList()) {
        for (String part : PARTS) {
          if (Files.isRegularFile(language.resolve(part))) sets.add(language.resolve(part));
        }
      }
    }
    return sets;
  }

  @Test
  public void everyLabelledSetReachesTheBar() throws Exception {
    List<Path> sets = sets();
    if (sets.isEmpty()) System.out.println("no labelled sets under scenarios/acts/");
    List<String> shortfalls = new ArrayList<>();
    for (Path set : sets) {
      Evaluation.Report report = Evaluation.evaluate(LabelledLines.read(set), Repo.lexicons()::detector);
      String name = Repo.scenarios().relativize(set).toString();
      System.out.println(name + "\n" + ReportText.table(report));
      List<String> missing = Bar.DEFAULT.shortfalls(report);
      if (!missing.isEmpty()) shortfalls.add(name + ": " + String.join("; ", missing));
    }
    assertTrue("below the bar (micro F1 and precision >= 0.90, recall >= 0.80 for every act with 5 or more examples):\n"
        + String.join("\n", shortfalls), shortfalls.isEmpty());
  }
}
