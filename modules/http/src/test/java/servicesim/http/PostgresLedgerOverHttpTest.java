package servicesim.http;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import com.typesafe.config.ConfigFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.service.Node;
import servicesim.service.Settings;

public class PostgresLedgerOverHttpTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  @Test
  public void anAuditorFindsEveryTamperCaseOverHttpOnPostgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      Settings settings = Settings.of(ConfigFactory.load()).withDb(postgres.getJdbcUrl("postgres", "postgres"),
          "postgres", "");
      try (Node node = Node.start(Node.Options.of(settings))) {
        LedgerOverHttpContract.verify(node);
      }
    }
  }
}
