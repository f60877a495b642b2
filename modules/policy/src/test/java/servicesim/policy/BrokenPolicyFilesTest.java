package servicesim.policy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.InvalidFileException;
import servicesim.files.YamlFile;

/**
 * Every file in {@code src/test/resources/broken/policies} is rejected with exactly the located problems in the
 * {@code .expected} file beside it, all at once. Files are read under their bare names so that messages do not
 * depend on where the repository is checked out; lexicons resolve against {@code scenarios/policies}.
 */
public class BrokenPolicyFilesTest extends JUnitSuite {

  private static final Path FOLDER = Repo.root().resolve("modules/policy/src/test/resources/broken/policies");

  private static List<Path> brokenFiles() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /** The problems reported for one file, one per line; a file that loads or throws anything else fails the test. */
  static String problems(Path file) {
    try {
      YamlFile yaml = YamlFile.parse(file.getFileName().toString(), Files.readAllBytes(file));
      PolicyLoader.load(yaml, Repo.scenarios().resolve("policies"));
    } catch (InvalidFileException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    org.junit.Assert.fail(file.getFileName() + " loaded, but it is broken");
    return null;
  }

  @Test
  public void thereAreAtLeastTenBrokenPolicies() throws IOException {
    assertTrue(brokenFiles().size() >= 10);
  }

  @Test
  public void everyBrokenPolicyReportsAllItsExpectedProblemsAtOnce() throws IOException {
    for (Path file : brokenFiles()) {
      Path expectedFile = file.resolveSibling(file.getFileName().toString().replace(".yaml", ".expected"));
      assertTrue("missing " + expectedFile.getFileName(), Files.exists(expectedFile));
      String expected = Files.readString(expectedFile, StandardCharsets.UTF_8).strip();
      assertEquals(file.getFileName().toString(), expected, problems(file));
    }
  }

  @Test
  public void problemsAreLocatedLinesNeverStackTraces() throws IOException {
    for (Path file : brokenFiles()) {
      String name = file.getFileName().toString();
      for (String line : problems(file).split("\n")) {
        assertTrue(line, line.matches(java.util.regex.Pattern.quote(name) + ":\\d+:\\d+: .+"));
        assertFalse(line, line.contains("Exception") || line.startsWith("\tat "));
      }
    }
  }
}
