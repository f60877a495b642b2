package servicesim.readside;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import servicesim.files.InvalidFileException;
import servicesim.files.YamlFile;
import servicesim.policy.Policy;
import servicesim.policy.PolicyLoader;
import servicesim.policy.acts.Lexicons;
import servicesim.scenario.Scenario;
import servicesim.scenario.ScenarioLoader;
import servicesim.simulation.Catalog;
import servicesim.simulation.StaticCatalog;

/**
 * The versions this process loaded from files, and every version ever used, from the database: a session started
 * from a file that has since changed is still recovered and scored with the content it ran with.
 */
public final class DbCatalog implements Catalog {

  private final StaticCatalog loaded;
  private final VersionRepository versions;
  private final Lexicons lexicons;
  private final Map<String, Scenario> storedScenarios = new ConcurrentHashMap<>();
  private final Map<String, Policy> storedPolicies = new ConcurrentHashMap<>();

  /** @param lexicons the languages stored scenarios are read with (the current default policy's) */
  public DbCatalog(StaticCatalog loaded, VersionRepository versions, Lexicons lexicons) {
    this.loaded = loaded;
    this.versions = versions;
    this.lexicons = lexicons;
  }

  public StaticCatalog loaded() {
    return loaded;
  }

  @Override
  public Optional<Scenario> scenario(String id, String sha256) {
    Optional<Scenario> s = loaded.scenario(id, sha256);
    if (s.isPresent()) return s;
    Scenario stored = storedScenarios.computeIfAbsent(sha256, sha -> versions.scenarioContent(sha).map(text -> {
      try {
        return new ScenarioLoader(lexicons).load(YamlFile.parse(id + "@" + sha.substring(0, 12), text));
      } catch (InvalidFileException e) {
        throw new IllegalStateException("stored scenario " + id + " no longer loads: " + e.getMessage(), e);
      }
    }).orElse(null));
    return Optional.ofNullable(stored);
  }

  @Override
  public Optional<Policy> policy(String id, int version) {
    Optional<Policy> p = loaded.policy(id, version);
    if (p.isPresent()) return p;
    Policy stored = storedPolicies.computeIfAbsent(id + "@" + version, key -> versions.policy(id, version).map(sp -> {
      try {
        return PolicyLoader.load(YamlFile.parse(id + "@" + version, sp.content()), Lexicons.fromTexts(sp.lexicons()));
      } catch (InvalidFileException e) {
        throw new IllegalStateException("stored policy " + key + " no longer loads: " + e.getMessage(), e);
      }
    }).orElse(null));
    return Optional.ofNullable(stored);
  }
}
