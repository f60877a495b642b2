package servicesim.service;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import com.typesafe.config.ConfigFactory;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;

public class PostgresEndToEndTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  @Test
  public void aRunIsPersistedProjectedScoredAndVerifiableOnPostgres() throws Exception {
    Settings settings = Settings.of(ConfigFactory.load()).withDb(Databases.postgres(), Databases.postgresUser(), "");
    try (Node node = Node.start(Node.Options.of(settings))) {
      EndToEndContract.verify(node);
    }
  }
}
