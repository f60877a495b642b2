package servicesim.scenario;

import static org.junit.Assert.assertTrue;

import com.pholser.junit.quickcheck.From;
import com.pholser.junit.quickcheck.Property;
import com.pholser.junit.quickcheck.runner.JUnitQuickcheck;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.AfterClass;
import org.junit.Assert;
import org.junit.runner.RunWith;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.InvalidFileException;
import servicesim.files.Problem;
import servicesim.files.YamlFile;

/**
 * Property: whatever a scenario file holds, reading and loading it either gives a scenario or fails with located
 * problems ({@code file:line:column: message}, one line each) — never another exception, a stack overflow or a hang.
 */
@RunWith(JUnitQuickcheck.class)
public class HostileScenarioFuzzTest extends JUnitSuite {

  /** Far above what any file takes (milliseconds); only a hang reaches it. */
  private static final long BOUND_SECONDS = 60;
  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(null, r, "fuzz", 2 << 20);
    t.setDaemon(true);
    return t;
  });

  @AfterClass
  public static void stopWorker() {
    WORKER.shutdownNow();
  }

  @Property(trials = 250)
  public void everyFileLoadsOrNamesItsProblemsWhereTheyAre(@From(HostileScenarioFiles.class) byte[] file)
      throws Exception {
    Future<Throwable> outcome = WORKER.submit(() -> {
      try {
        Fixtures.loader().load(YamlFile.parse("fuzz.yaml", file));
        return null;
      } catch (Throwable e) {
        return e;
      }
    });
    Throwable thrown;
    try {
      thrown = outcome.get(BOUND_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      outcome.cancel(true);
      throw new AssertionError("no answer within " + BOUND_SECONDS + " s for a file of " + file.length + " bytes");
    }
    if (thrown == null) return;
    if (!(thrown instanceof InvalidFileException invalid)) {
      throw new AssertionError("a file of " + file.length + " bytes failed with " + thrown, thrown);
    }
    Assert.assertFalse(invalid.problems().isEmpty());
    for (Problem p : invalid.problems()) {
      String line = p.toString();
      assertTrue(line, line.matches("fuzz\\.yaml:\\d+:\\d+: [^\\n]+"));
      assertTrue(line, p.location().line() >= 1 && p.location().column() >= 1);
    }
  }
}
