package servicesim.policy.rules;

import java.util.List;
import servicesim.policy.RuleSpec;

/** A trainer's own rule: the agent must say at least one of the rule's acts or phrases. */
final class MustSayRule implements Rule {

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    TrainerPhrases wanted = new TrainerPhrases(spec, session);
    if (wanted.nothingToLookFor()) {
      return Judgement.notApplicable("no phrases for " + LanguageNames.of(session.transcript().language()));
    }
    List<Evidence> said = wanted.find(session);
    if (!said.isEmpty()) return Judgement.pass("said \"" + said.get(0).text() + "\"", said.get(0));
    List<Evidence> evidence = session.agentMessages().isEmpty()
        ? session.customerOpening()
        : List.of(Evidence.of(session.agentMessages().get(session.agentMessages().size() - 1)));
    return Judgement.fail("never said any of: " + wanted.describe(), evidence);
  }
}
