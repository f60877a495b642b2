package servicesim.policy.transcript;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import servicesim.policy.Channel;

/**
 * Everything the rule engine judges: the situation of the session (from its {@code SessionStarted} event) and the
 * ordered interactions that followed.
 */
public record Transcript(
    String sessionId,
    Channel channel,
    String language,
    String organisation,
    List<String> organisationAliases,
    String agentName,
    Customer customer,
    Facts facts,
    Map<String, Question> questions,
    Instant startedAt,
    List<Entry> entries) {

  public Transcript {
    organisationAliases = List.copyOf(organisationAliases);
    questions = Map.copyOf(questions);
    entries = List.copyOf(entries);
  }

  public Stream<Entry.AgentMessage> agentMessages() {
    return entries.stream().filter(Entry.AgentMessage.class::isInstance).map(Entry.AgentMessage.class::cast);
  }

  public Stream<Entry.CustomerMessage> customerMessages() {
    return entries.stream().filter(Entry.CustomerMessage.class::isInstance).map(Entry.CustomerMessage.class::cast);
  }

  public Stream<Entry.AgentAction> actions() {
    return entries.stream().filter(Entry.AgentAction.class::isInstance).map(Entry.AgentAction.class::cast);
  }

  public Stream<Entry.AgentAction> actions(String type) {
    return actions().filter(a -> a.type().equals(type));
  }

  public boolean hungUp() {
    return entries.stream().anyMatch(Entry.HangUp.class::isInstance);
  }

  public Transcript withEntries(List<Entry> newEntries) {
    return new Transcript(sessionId, channel, language, organisation, organisationAliases, agentName, customer, facts,
        questions, startedAt, newEntries);
  }
}
