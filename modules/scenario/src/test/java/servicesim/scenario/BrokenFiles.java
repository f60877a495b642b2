package servicesim.scenario;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Assert;
import servicesim.files.InvalidFileException;
import servicesim.files.Problem;

/**
 * Checks a folder of broken files: each declares, in {@code # expect: line:column: text} comments, every problem it
 * must produce. Loading must fail with exactly those problems, located, and never with another exception.
 */
public final class BrokenFiles {

  public interface Loader {
    void load(Path file) throws InvalidFileException;
  }

  private BrokenFiles() {}

  public static int check(Path folder, Loader loader) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue("no broken files in " + folder, !files.isEmpty());
    for (Path file : files) {
      List<String> expected = Files.readAllLines(file).stream()
          .filter(l -> l.startsWith("# expect: "))
          .map(l -> l.substring("# expect: ".length()))
          .toList();
      assertTrue(file + " declares no expected problems", !expected.isEmpty());
      List<Problem> problems;
      try {
        loader.load(file);
        Assert.fail(file + " loaded, but should fail with: " + expected);
        return 0;
      } catch (InvalidFileException e) {
        problems = e.problems();
      }
      String actual = problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
      for (Problem p : problems) {
        assertTrue(file + ": problem not located in this file: " + p, p.toString().startsWith(file.toString() + ":"));
      }
      List<String> unmatched = new ArrayList<>();
      for (String want : expected) {
        String location = want.substring(0, want.indexOf(": "));
        String text = want.substring(want.indexOf(": ") + 2);
        boolean found = problems.stream().anyMatch(p ->
            (p.location().line() + ":" + p.location().column()).equals(location) && p.message().contains(text));
        if (!found) unmatched.add(want);
      }
      assertTrue(file + ": expected problems not reported: " + unmatched + "\nactual:\n" + actual, unmatched.isEmpty());
      assertEquals(file + ": every problem should be expected\nactual:\n" + actual, expected.size(), problems.size());
    }
    return files.size();
  }
}
