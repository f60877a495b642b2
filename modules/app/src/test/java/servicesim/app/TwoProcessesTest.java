package servicesim.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.Home;

/**
 * Two JVMs on one H2 database, as an operator would start them: a server, then a run on the same database. The run is
 * refused at once, naming the server's process; an audit reads the database meanwhile; the server stops cleanly on
 * SIGTERM without a stack trace, and the run then works.
 */
public class TwoProcessesTest extends JUnitSuite {

  @Test
  public void aSecondWriterIsToldWhoHoldsTheDatabaseAndTheFirstStopsCleanly() throws Exception {
    Path dir = Files.createTempDirectory("servicesim-two-");
    String url = "jdbc:h2:file:" + dir.resolve("db");
    Process server = child(dir, "serve", "--port", "0", "--db", url);
    try {
      waitFor(dir.resolve("child.out"), "ServiceSim web UI on", server);
      String scenario = Home.library().resolve("en/refund-defective-unit.yaml").toString();

      CliTest.Result refused = CliTest.cli("run", scenario, "--db", url, "--agent", "by-the-book");
      assertEquals(refused.err(), 1, refused.exit());
      assertEquals(refused.err(), 1, refused.err().trim().split("\n").length);
      assertTrue(refused.err(), refused.err().contains("in use by `servicesim serve --port 0"));
      assertTrue(refused.err(), refused.err().contains("pid " + server.pid()));

      CliTest.Result audit = CliTest.cli("audit", "verify", "--db", url);
      assertEquals(audit.err(), 0, audit.exit());

      server.destroy();
      assertTrue("the server stops", server.waitFor(60, TimeUnit.SECONDS));
      String err = Files.readString(dir.resolve("child.err"));
      assertFalse(err, err.contains("\tat ") || err.contains("Exception") || err.contains("already closed"));

      CliTest.Result run = CliTest.cli("run", scenario, "--db", url, "--agent", "by-the-book");
      assertEquals(run.err(), 0, run.exit());
    } finally {
      server.destroyForcibly();
    }
  }

  private static Process child(Path dir, String... args) throws Exception {
    String jvm = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(jvm, "-Xmx512m", "-cp",
        System.getProperty("java.class.path"), "-Dservicesim.home=" + Home.root(),
        "-Dlogback.configurationFile=logback.xml", Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("SERVICESIM_LOG_DIR", dir.toString());
    pb.redirectOutput(dir.resolve("child.out").toFile());
    pb.redirectError(dir.resolve("child.err").toFile());
    pb.directory(dir.toFile());
    return pb.start();
  }

  private static void waitFor(Path file, String text, Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      assertTrue("the server ended early: " + Files.readString(file.resolveSibling("child.err")), process.isAlive());
      if (Files.exists(file) && Files.readString(file).contains(text)) return;
      Thread.sleep(100);
    }
    throw new AssertionError("no '" + text + "' within three minutes");
  }
}
