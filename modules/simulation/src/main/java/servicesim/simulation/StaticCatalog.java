package servicesim.simulation;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import servicesim.policy.Policy;
import servicesim.scenario.Scenario;

/** A catalog of the scenario and policy versions loaded into this process. */
public final class StaticCatalog implements Catalog {

  private final Map<String, Scenario> scenarios = new ConcurrentHashMap<>();
  private final Map<String, Policy> policies = new ConcurrentHashMap<>();

  public StaticCatalog(Collection<Scenario> scenarios, Collection<Policy> policies) {
    scenarios.forEach(this::add);
    policies.forEach(this::add);
  }

  public void add(Scenario s) {
    scenarios.put(s.id() + "@" + s.sha256(), s);
  }

  public void add(Policy p) {
    policies.put(p.id() + "@" + p.version(), p);
  }

  @Override
  public Optional<Scenario> scenario(String id, String sha256) {
    return Optional.ofNullable(scenarios.get(id + "@" + sha256));
  }

  @Override
  public Optional<Policy> policy(String id, int version) {
    return Optional.ofNullable(policies.get(id + "@" + version));
  }
}
