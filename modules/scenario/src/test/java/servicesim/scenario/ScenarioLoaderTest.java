package servicesim.scenario;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.Home;
import servicesim.policy.Channel;
import servicesim.policy.rules.Verdict;

public class ScenarioLoaderTest extends JUnitSuite {

  @Test
  public void brokenScenariosReportEveryProblemLocated() throws Exception {
    ScenarioLoader loader = Fixtures.loader();
    int files = BrokenFiles.check(Fixtures.brokenScenarios(), loader::load);
    assertTrue(files >= 8);
  }

  @Test
  public void theSeedExampleLoadsWithDefaults() {
    Scenario s = Fixtures.library("en/refund-defective-unit.yaml");
    assertEquals("refund-defective-unit", s.id());
    assertEquals(Channel.PHONE, s.channel());
    assertTrue(s.facts().complaint());
    assertEquals(Duration.ofSeconds(30), s.customer().nudgeAfter());
    assertEquals(3, s.agents().size());
    assertEquals(Verdict.PASS, s.agent("by-the-book").orElseThrow().expect().get("greeting"));
    assertTrue(s.script().get(1).part());
    assertEquals(64, s.sha256().length());
    assertEquals(Home.library().resolve("en/refund-defective-unit.yaml").toString(), s.file());
  }

  @Test
  public void theWholeLibraryLoads() throws Exception {
    ScenarioLibrary library = ScenarioLibrary.load(Home.library(), Fixtures.loader());
    assertFalse(library.all().isEmpty());
  }
}
