package servicesim.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.readside.Database;
import servicesim.readside.TokenRepository;

/**
 * A process killed right after its commits (no shutdown hooks, no close) keeps every committed row of its embedded H2
 * database, whatever URL it was given.
 */
public class H2DurabilityTest extends JUnitSuite {

  private static final int ROWS = 200;

  @Test
  public void everyCommitSurvivesTheProcessBeingKilled() throws Exception {
    Path dir = Files.createTempDirectory("servicesim-durability-");
    String url = "jdbc:h2:file:" + dir.resolve("db") + ";DATABASE_TO_LOWER=TRUE";
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Writer.class.getName(), url)
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.out").toFile()).start();
    assertTrue(child.waitFor(2, TimeUnit.MINUTES));
    String output = Files.readString(dir.resolve("child.out"));
    assertEquals(output, 9, child.exitValue());
    assertTrue(output, output.contains("committed " + ROWS));

    try (Database db = Database.open(url, "", "", 1)) {
      assertEquals(ROWS, new TokenRepository(db.dataSource()).count());
    }
  }

  /** Commits rows one by one, then dies at once. */
  public static final class Writer {
    public static void main(String[] args) {
      Database db = Database.open(args[0], "", "", 2).migrate();
      TokenRepository tokens = new TokenRepository(db.dataSource());
      for (int i = 0; i < ROWS; i++) tokens.create("trainee", "t" + i, Instant.parse("2026-11-23T09:00:00Z"), "test");
      System.out.println("committed " + tokens.count());
      System.out.flush();
      Runtime.getRuntime().halt(9);
    }
  }
}
