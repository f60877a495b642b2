package servicesim.service;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import com.typesafe.config.ConfigFactory;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;

public class H2TamperEvidenceTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  @Test
  public void everyTamperCaseIsFoundOnH2() throws Exception {
    Settings settings = Settings.of(ConfigFactory.load()).withDb(Databases.h2(), "", "");
    try (Node node = Node.start(Node.Options.of(settings))) {
      TamperEvidenceContract.verify(node);
    }
  }
}
