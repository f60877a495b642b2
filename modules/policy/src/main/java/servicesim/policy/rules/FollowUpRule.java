package servicesim.policy.rules;

import servicesim.policy.transcript.FieldTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.SessionEvent;

/**
 * 003 policy areas: when a complaint is not settled on the spot the customer gets a named contact (a name plus a
 * phone number or email) and a timeline, and a follow-up is scheduled.
 */
final class FollowUpRule implements Rule {

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    if (!session.transcript().facts().complaint()) return Judgement.notApplicable("not a complaint scenario");
    if (session.transcript().facts().resolvedOnTheSpot()) return Judgement.notApplicable("resolved on the spot");

    List<SessionEvent.AgentActionTaken> followUps = session.actions(ActionType.SCHEDULE_FOLLOW_UP);
    Optional<SessionEvent.AgentActionTaken> complete = followUps.stream().filter(a -> lacks(a, session).isEmpty()).findFirst();
    Optional<SessionAnalysis.Found> timeline = session.first(Act.CONCRETE_TIMELINE);

    List<String> problems = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    if (complete.isPresent()) {
      evidence.add(Evidence.of(complete.get()));
    } else if (followUps.isEmpty()) {
      problems.add("no follow-up was scheduled");
    } else {
      SessionEvent.AgentActionTaken last = followUps.get(followUps.size() - 1);
      problems.add("the follow-up lacks " + String.join(" and ", lacks(last, session)));
      evidence.add(Evidence.of(last));
    }
    if (timeline.isPresent()) evidence.add(timeline.get().evidence());
    else problems.add("never gave the customer a concrete timeline");

    if (problems.isEmpty()) {
      return Judgement.pass("scheduled a follow-up with a named contact and gave a timeline", evidence);
    }
    if (evidence.isEmpty()) evidence.addAll(session.customerOpening());
    return Judgement.fail(String.join("; ", problems), evidence);
  }

  /** What a schedule-follow-up action lacks: a valid time, a contact's name, a phone number or email. */
  private static List<String> lacks(SessionEvent.AgentActionTaken a, SessionAnalysis session) {
    List<String> lacks = new ArrayList<>();
    if (FieldTimes.parse(a.fields().get("at"), session.transcript().startedAt()).isEmpty()) lacks.add("a time");
    if (blank(a, "contactName")) lacks.add("a contact name");
    if (blank(a, "contactPhone") && blank(a, "contactEmail")) lacks.add("a phone number or email");
    return lacks;
  }

  private static boolean blank(SessionEvent.AgentActionTaken a, String field) {
    String v = a.fields().get(field);
    return v == null || v.isBlank();
  }
}
