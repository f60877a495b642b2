package servicesim.policy.transcript;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import servicesim.policy.Channel;

/**
 * Everything the rule engine judges: the situation of the session (from its {@code SessionStarted} event and its
 * scenario) and the events that followed, in order.
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
    List<SessionEvent> entries) {

  public Transcript {
    organisationAliases = List.copyOf(organisationAliases);
    questions = Map.copyOf(questions);
    entries = List.copyOf(entries);
  }

  public Stream<SessionEvent.AgentMessageSent> agentMessages() {
    return of(SessionEvent.AgentMessageSent.class);
  }

  public Stream<SessionEvent.CustomerMessageSent> customerMessages() {
    return of(SessionEvent.CustomerMessageSent.class);
  }

  public Stream<SessionEvent.AgentActionTaken> actions() {
    return of(SessionEvent.AgentActionTaken.class);
  }

  public Stream<SessionEvent.AgentActionTaken> actions(ActionType type) {
    return actions().filter(a -> a.type() == type);
  }

  public boolean hungUp() {
    return entries.stream().anyMatch(SessionEvent.CustomerHungUp.class::isInstance);
  }

  private <E extends SessionEvent> Stream<E> of(Class<E> kind) {
    return entries.stream().filter(kind::isInstance).map(kind::cast);
  }

  public Transcript withEntries(List<SessionEvent> newEntries) {
    return new Transcript(sessionId, channel, language, organisation, organisationAliases, agentName, customer, facts,
        questions, startedAt, newEntries);
  }
}
