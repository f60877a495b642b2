package servicesim.policy.rules;

import java.util.List;
import java.util.Optional;
import servicesim.policy.RuleSpec;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.SessionEvent;

/** 002: contact the affected customer before they get in touch. */
final class ProactiveContactRule implements Rule {

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    if (session.transcript().facts().proactive().isEmpty()) return Judgement.notApplicable("not a proactive scenario");
    Optional<SessionEvent> contact = session.entries().stream()
        .filter(e -> e instanceof SessionEvent.AgentMessageSent
            || e instanceof SessionEvent.AgentActionTaken a && a.type() == ActionType.CONTACT_CUSTOMER)
        .findFirst();
    Optional<SessionEvent.CustomerMessageSent> customer = session.firstCustomerMessage();
    if (contact.isPresent() && (customer.isEmpty() || contact.get().seqNr() < customer.get().seqNr())) {
      return Judgement.pass("contacted the customer before they got in touch", Evidence.of(contact.get()));
    }
    if (customer.isEmpty()) {
      List<SessionEvent> entries = session.entries();
      return entries.isEmpty()
          ? Judgement.fail("nobody contacted the customer")
          : Judgement.fail("nobody contacted the customer", Evidence.of(entries.get(entries.size() - 1)));
    }
    return Judgement.fail("the customer got in touch first", Evidence.of(customer.get()));
  }
}
