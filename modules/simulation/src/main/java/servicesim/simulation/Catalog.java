package servicesim.simulation;

import java.util.Optional;
import servicesim.policy.Policy;
import servicesim.scenario.Scenario;

/**
 * Finds the exact scenario and policy versions a session was started with (its {@code SessionStarted} event records
 * them), so that a session recovered after a restart, or scored later, sees the same files it ran with.
 */
public interface Catalog {

  Optional<Scenario> scenario(String id, String sha256);

  Optional<Policy> policy(String id, int version);
}
