package servicesim.simulation;

import java.time.Instant;
import java.util.List;
import servicesim.files.Home;
import servicesim.files.InvalidFileException;
import servicesim.policy.Policy;
import servicesim.policy.PolicyLoader;
import servicesim.scenario.Scenario;
import servicesim.scenario.ScenarioLoader;
import servicesim.scenario.conversation.SessionSetup;

/** The repository's default policy and the seed scenario, loaded once for this module's tests. */
final class Fixtures {

  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  static final Policy POLICY;
  static final Scenario REFUND;
  static final StaticCatalog CATALOG;

  static {
    try {
      POLICY = PolicyLoader.load(Home.policies().resolve("default.yaml"));
      REFUND = new ScenarioLoader(POLICY.lexicons()).load(Home.library().resolve("en/refund-defective-unit.yaml"));
      CATALOG = new StaticCatalog(List.of(REFUND), List.of(POLICY));
    } catch (InvalidFileException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  static SessionSetup setup(String sessionId, String agentKey) {
    String agentName = REFUND.agent(agentKey).orElseThrow().name();
    return new SessionSetup(sessionId, "ws-1", "sam", "Sam", REFUND.id(), REFUND.sha256(), POLICY.id(),
        POLICY.version(), agentName, agentKey, SessionSetup.VIRTUAL, 1);
  }

  private Fixtures() {}
}
