package servicesim.policy.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import servicesim.files.Durations;
import servicesim.policy.Channel;
import servicesim.policy.RuleSpec;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.SessionEvent;

/**
 * 004 voicemail, email: every inbound email gets a reply, and every voicemail a callback, within the channel limit.
 * On voicemail the customer's messages before the first callback are the recorded messages; later ones are the call.
 */
final class NoIgnoredMessagesRule implements Rule {

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    Channel channel = session.transcript().channel();
    Duration limit = spec.limits().get(channel);
    if (limit == null) return Judgement.notApplicable("no time limit set for the " + channel.id() + " channel");
    boolean voicemail = channel == Channel.VOICEMAIL;
    List<SessionEvent.CustomerMessageSent> inbound = session.transcript().customerMessages().toList();
    if (inbound.isEmpty()) {
      return Judgement.notApplicable(voicemail ? "the customer never called" : "the customer never wrote");
    }
    if (voicemail) {
      long firstCallback = session.firstAction(ActionType.CALLBACK).map(SessionEvent::seqNr).orElse(Long.MAX_VALUE);
      inbound = inbound.stream().filter(m -> m.seqNr() < firstCallback).toList();
    }
    String what = voicemail ? "voicemail" : "email";
    String answer = voicemail ? "callback" : "reply";
    List<String> problems = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    List<Evidence> responses = new ArrayList<>();
    for (SessionEvent.CustomerMessageSent m : inbound) {
      Optional<SessionEvent> response = session.entries().stream()
          .filter(e -> e.seqNr() > m.seqNr())
          .filter(e -> voicemail ? e instanceof SessionEvent.AgentActionTaken a && a.type() == ActionType.CALLBACK
              : e instanceof SessionEvent.AgentMessageSent)
          .findFirst();
      if (response.isEmpty()) {
        problems.add("the " + what + " \"" + m.text() + "\" got no " + answer);
        evidence.add(Evidence.of(m));
        continue;
      }
      Duration waited = Duration.between(m.at(), response.get().at());
      if (waited.compareTo(limit) > 0) {
        problems.add("the " + what + " \"" + m.text() + "\" got its " + answer + " after " + Durations.format(waited)
            + " (limit " + Durations.format(limit) + ")");
        evidence.add(Evidence.of(m));
        evidence.add(Evidence.of(response.get()));
      } else {
        responses.add(Evidence.of(response.get()));
      }
    }
    if (problems.isEmpty()) {
      return Judgement.pass("every " + what + " got a " + answer + " within " + Durations.format(limit),
          responses.stream().distinct().toList());
    }
    String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
    return Judgement.fail(problems.get(0) + more, evidence);
  }
}
