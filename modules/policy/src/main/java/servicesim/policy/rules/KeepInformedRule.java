package servicesim.policy.rules;

import servicesim.policy.transcript.FieldTimes;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import servicesim.files.Durations;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;
import servicesim.policy.acts.Detection;
import servicesim.policy.acts.Timeline;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.SessionEvent;
import servicesim.policy.transcript.Facts;

/**
 * 002: until a multi-stage issue is resolved, the customer hears from the agent at least every
 * {@code resolution.updateEvery}, and every promised time is kept — checked on the simulated clock.
 */
final class KeepInformedRule implements Rule {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final Set<ActionType> CONTACT_ACTIONS =
      Set.of(ActionType.STATUS_UPDATE, ActionType.CONTACT_CUSTOMER, ActionType.CALLBACK, ActionType.RESOLVE);

  private record Promise(SessionEvent made, Evidence evidence, String what, Instant deadline) {}

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    Optional<Facts.Resolution> resolution = session.transcript().facts().resolution();
    if (resolution.isEmpty()) return Judgement.notApplicable("not a multi-stage scenario");
    Duration every = resolution.get().updateEvery();
    List<SessionEvent> contacts = session.entries().stream().filter(KeepInformedRule::isContact).toList();
    Optional<SessionEvent.AgentActionTaken> resolved = session.firstAction(ActionType.RESOLVE);
    if (resolved.isEmpty()) {
      List<Evidence> evidence = contacts.isEmpty()
          ? session.customerOpening() : List.of(Evidence.of(contacts.get(contacts.size() - 1)));
      return Judgement.fail("never resolved", evidence);
    }

    List<String> problems = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    SessionEvent previous = session.firstCustomerMessage()
        .filter(c -> c.seqNr() < contacts.get(0).seqNr()).<SessionEvent>map(c -> c).orElse(null);
    for (SessionEvent contact : contacts) {
      if (contact.seqNr() > resolved.get().seqNr()) break;
      if (previous != null) {
        Duration gap = Duration.between(previous.at(), contact.at());
        if (gap.compareTo(every) > 0) {
          problems.add("no update for " + Durations.format(gap) + " (at least every " + Durations.format(every) + ")");
          evidence.add(Evidence.of(previous));
          evidence.add(Evidence.of(contact));
          break;
        }
      }
      previous = contact;
    }

    Instant lastEntry = session.entries().get(session.entries().size() - 1).at();
    for (Promise p : promises(session)) {
      if (p.deadline().isAfter(lastEntry)) continue; // falls after the session: cannot be checked
      boolean kept = contacts.stream()
          .anyMatch(c -> c.seqNr() > p.made().seqNr() && !c.at().isAfter(p.deadline()));
      if (!kept) {
        problems.add("promised " + p.what() + " (by " + WHEN.format(p.deadline()) + ") but did not get in touch by then");
        evidence.add(p.evidence());
        break;
      }
    }
    if (problems.isEmpty()) {
      return Judgement.pass("updated the customer at least every " + Durations.format(every)
          + " until resolved and kept every promised time", Evidence.of(resolved.get()));
    }
    return Judgement.fail(String.join("; ", problems), evidence);
  }

  private static boolean isContact(SessionEvent e) {
    return e instanceof SessionEvent.AgentMessageSent
        || e instanceof SessionEvent.AgentActionTaken a && CONTACT_ACTIONS.contains(a.type());
  }

  /** Times the agent promised, in the order they were given: timelines said, follow-ups scheduled. */
  private static List<Promise> promises(SessionAnalysis session) {
    List<Promise> promises = new ArrayList<>();
    for (SessionEvent e : session.entries()) {
      if (e instanceof SessionEvent.AgentMessageSent m) {
        for (Detection d : session.all(m, Act.CONCRETE_TIMELINE)) {
          Timeline.deadline(d, m.at()).ifPresent(deadline ->
              promises.add(new Promise(m, Evidence.span(m.seqNr(), d), "\"" + d.match() + "\"", deadline)));
        }
      } else if (e instanceof SessionEvent.AgentActionTaken a && a.type() == ActionType.SCHEDULE_FOLLOW_UP) {
        FieldTimes.parse(a.fields().get("at"), session.transcript().startedAt()).ifPresent(deadline ->
            promises.add(new Promise(a, Evidence.of(a), "a follow-up", deadline)));
      }
    }
    return promises;
  }
}
