package servicesim.policy.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import servicesim.files.Durations;
import servicesim.policy.Channel;
import servicesim.policy.RuleSpec;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.SessionEvent;

/**
 * 004 and 003 goals: the first response comes within the channel's limit. On the phone and in person the clock runs
 * from the session start (the call rings, the visitor arrives); elsewhere, and in proactive scenarios where the
 * session starts with the internal alert, from the customer's first message; for voicemail the response is the agent's
 * callback. An agent who contacts the customer first has not kept anyone waiting.
 */
final class PromptAnswerRule implements Rule {

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    Channel channel = session.transcript().channel();
    Duration limit = spec.limits().get(channel);
    if (limit == null) return Judgement.notApplicable("no time limit set for the " + channel.id() + " channel");

    Optional<SessionEvent> response = session.entries().stream()
        .filter(e -> channel == Channel.VOICEMAIL
            ? e instanceof SessionEvent.AgentActionTaken a && a.type() == ActionType.CALLBACK
            : e instanceof SessionEvent.AgentMessageSent
                || e instanceof SessionEvent.AgentActionTaken a && a.type() == ActionType.CONTACT_CUSTOMER)
        .findFirst();
    Optional<SessionEvent.CustomerMessageSent> firstCustomer = session.transcript().customerMessages().findFirst();

    // 002: in a proactive scenario the session starts with the alert; the customer's call comes later, if at all
    boolean customerOpens = !channel.agentOpens() || session.transcript().facts().proactive().isPresent();
    Instant from;
    if (!customerOpens) {
      from = session.transcript().startedAt();
    } else if (firstCustomer.isPresent()) {
      from = firstCustomer.get().at();
    } else {
      return response.isPresent()
          ? Judgement.pass("the agent contacted the customer first", Evidence.of(response.get().seqNr(), describe(response.get())))
          : Judgement.notApplicable("the customer never wrote and the agent never responded");
    }
    if (response.isPresent() && firstCustomer.isPresent() && customerOpens
        && response.get().seqNr() < firstCustomer.get().seqNr()) {
      return Judgement.pass("the agent contacted the customer before they got in touch",
          Evidence.of(response.get().seqNr(), describe(response.get())));
    }
    if (response.isEmpty()) {
      Evidence e = firstCustomer.map(c -> Evidence.of(c.seqNr(), c.text())).orElse(Evidence.of(0, "session start"));
      return Judgement.fail("the customer never got a response (limit " + Durations.format(limit) + ")", e);
    }
    Duration waited = Duration.between(from, response.get().at());
    Evidence e = Evidence.of(response.get().seqNr(), describe(response.get()));
    String took = "first response after " + Durations.format(waited) + " (limit " + Durations.format(limit) + ")";
    return waited.compareTo(limit) <= 0 ? Judgement.pass(took, e) : Judgement.fail(took, e);
  }

  private static String describe(SessionEvent e) {
    if (e instanceof SessionEvent.AgentMessageSent m) return m.text();
    if (e instanceof SessionEvent.AgentActionTaken a) return a.type().id();
    return "";
  }
}
