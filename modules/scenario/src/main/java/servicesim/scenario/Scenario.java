package servicesim.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import servicesim.policy.Channel;
import servicesim.policy.transcript.Customer;
import servicesim.policy.transcript.Facts;
import servicesim.policy.transcript.Question;

/**
 * A validated scenario file: who the customer is, what they say and when, what decides which rules apply, and the
 * scripted agents that can play it, and the brief a trainee reads before playing it (empty when none). Identified by id; {@code sha256} pins the exact file content a session ran.
 */
public record Scenario(
    String id,
    String title,
    String language,
    Channel channel,
    String organisation,
    List<String> organisationAliases,
    Facts facts,
    CustomerProfile customer,
    List<CustomerLine> script,
    Map<String, Question> questions,
    Map<String, ScenarioReaction> reactions,
    Map<String, AgentScript> agents,
    String brief,
    String file,
    String sha256) {

  public Optional<AgentScript> agent(String key) {
    return Optional.ofNullable(agents.get(key));
  }

  public Customer customerDetails() {
    return new Customer(customer.name(), customer.phone(), customer.email(), customer.address());
  }
}
