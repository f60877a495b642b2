package servicesim.policy.acts.eval;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.Repo;

/**
 * Holds every labelled set in {@code scenarios/acts/<language>/}: {@code dev.tsv} to the full bar, and
 * {@code held-out.tsv} (the part never used while editing lexicons) and {@code conversations.tsv} (the agent turns of
 * whole written conversations, mostly lines without an act, also never used while editing) each to the floor recorded
 * beside it ({@code held-out.floor}, {@code conversations.floor}), so that a regression fails while the full bar is still being worked towards, and reports
 * {@code tune.tsv} (the lines the examples settings are chosen on, which no phrase was written on) without holding it
 * to anything. Prints each set's per-act table and whether it meets the full bar; shortfalls name numbers only, never
 * lines, so that held-out lines stay unseen.
 */
public class LabelledSetsTest extends JUnitSuite {

  static final String DEV = "dev.tsv";
  static final String HELD_OUT = "held-out.tsv";
  static final String CONVERSATIONS = "conversations.tsv";
  static final String TUNE = "tune.tsv";

  static List<Path> sets() throws IOException {
    Path acts = Repo.scenarios().resolve("acts");
    if (!Files.isDirectory(acts)) return List.of();
    List<Path> sets = new ArrayList<>();
    try (Stream<Path> languages = Files.list(acts)) {
      for (Path language : languages.filter(Files::isDirectory).sorted().toList()) {
        for (String part : List.of(DEV, TUNE, HELD_OUT, CONVERSATIONS)) {
          if (Files.isRegularFile(language.resolve(part))) sets.add(language.resolve(part));
        }
      }
    }
    return sets;
  }

  /** {@code held-out.tsv} → {@code held-out.floor}: the floor a set never used while editing is held to. */
  static Path floorOf(Path set) {
    String name = set.getFileName().toString();
    return set.resolveSibling(name.substring(0, name.length() - ".tsv".length()) + ".floor");
  }

  @Test
  public void devSetsReachTheBarAndHeldOutSetsTheirFloor() throws Exception {
    List<Path> sets = sets();
    if (sets.isEmpty()) System.out.println("no labelled sets under scenarios/acts/");
    List<String> failures = new ArrayList<>();
    for (Path set : sets) {
      Evaluation.Report report = Evaluation.evaluate(LabelledLines.read(set), Repo.lexicons()::detector,
          servicesim.files.ContentHash.sha256(java.nio.file.Files.readAllBytes(set)));
      String name = Repo.scenarios().relativize(set).toString();
      Counts all = report.overall();
      List<String> belowBar = Bar.DEFAULT.shortfalls(report);
      // exact fractions, so that a floor is written at or below what was measured, never rounded up past it
      System.out.println(name + "\n" + ReportText.table(report) + String.format(Locale.ROOT,
          "micro precision %d/%d, recall %d/%d, F1 %d/%d; full bar: %s%n", all.correct(), all.found(), all.correct(),
          all.labelled(), 2 * all.correct(), all.found() + all.labelled(),
          belowBar.isEmpty() ? "met" : "not met (" + String.join("; ", belowBar) + ")"));
      if (set.getFileName().toString().equals(TUNE)) continue;
      if (set.getFileName().toString().equals(DEV)) {
        if (!belowBar.isEmpty()) failures.add(name + " below the full bar: " + String.join("; ", belowBar));
      } else {
        Path floorFile = floorOf(set);
        if (!Files.isRegularFile(floorFile)) {
          if (!belowBar.isEmpty()) failures.add(name + " below the full bar and no " + floorFile.getFileName() + " beside it");
          continue;
        }
        List<String> belowFloor = Bar.readFloor(floorFile).shortfalls(report);
        if (!belowFloor.isEmpty()) failures.add(name + " below its floor: " + String.join("; ", belowFloor));
      }
    }
    assertTrue("dev sets must reach the bar (micro F1 and precision >= 0.90, recall >= 0.80 for every act with 5 or"
        + " more examples), held-out sets their recorded floor:\n" + String.join("\n", failures), failures.isEmpty());
  }

  @Test
  public void noLineOfATuningOrHeldOutSetIsOneOfTheExamples() throws Exception {
    List<String> shared = new ArrayList<>();
    for (Path set : sets()) {
      if (set.getFileName().toString().equals(DEV)) continue;
      Path dev = set.resolveSibling(DEV);
      if (!Files.isRegularFile(dev)) continue;
      int found = LineGroups.sharedWith(LabelledLines.read(dev), LabelledLines.read(set)).size();
      // a count, never the lines, so that held-out lines stay unseen
      if (found > 0) shared.add(Repo.scenarios().relativize(set) + ": " + found + " lines share a text or group with " + DEV);
    }
    assertTrue(String.join("\n", shared), shared.isEmpty());
  }
}
