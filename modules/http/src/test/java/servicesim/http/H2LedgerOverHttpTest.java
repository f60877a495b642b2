package servicesim.http;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.service.Node;
import servicesim.service.Settings;

public class H2LedgerOverHttpTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  @Test
  public void anAuditorFindsEveryTamperCaseOverHttpOnH2() throws Exception {
    Path dir = Files.createTempDirectory("servicesim-ledger-h2-");
    String url = "jdbc:h2:file:" + dir.resolve("db") + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE";
    try (Node node = Node.start(Node.Options.of(Settings.of(ConfigFactory.load()).withDb(url, "", "")))) {
      LedgerOverHttpContract.verify(node);
    }
  }
}
