package servicesim.scenario;

import java.nio.file.Path;
import servicesim.files.Home;
import servicesim.files.InvalidFileException;
import servicesim.files.YamlFile;
import servicesim.policy.Policy;
import servicesim.policy.PolicyLoader;

/** The repository's default policy and scenario loader, loaded once for all tests of this module. */
public final class Fixtures {

  private Fixtures() {}

  private static Policy policy;

  public static synchronized Policy policy() {
    if (policy == null) {
      try {
        policy = PolicyLoader.load(Home.policies().resolve("default.yaml"));
      } catch (InvalidFileException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
    return policy;
  }

  public static ScenarioLoader loader() {
    return new ScenarioLoader(policy().lexicons());
  }

  public static Scenario library(String relative) {
    try {
      return loader().load(Home.library().resolve(relative));
    } catch (InvalidFileException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  public static Scenario parse(String yaml) {
    try {
      return loader().load(YamlFile.parse("inline.yaml", yaml));
    } catch (InvalidFileException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** A scripted session of {@code scenario} under the default policy, played by an agent called {@code agentName}. */
  public static servicesim.scenario.conversation.SessionSetup setup(Scenario scenario, String agentName) {
    return new servicesim.scenario.conversation.SessionSetup(scenario.id() + "/" + agentName, "test-workshop",
        "test-trainee", "Test Trainee", scenario.id(), scenario.sha256(), policy().id(), policy().version(), agentName,
        null, servicesim.scenario.conversation.SessionSetup.VIRTUAL, 1);
  }

  public static Path brokenScenarios() {
    return Path.of("src/test/resources/broken/scenarios").toAbsolutePath();
  }
}
