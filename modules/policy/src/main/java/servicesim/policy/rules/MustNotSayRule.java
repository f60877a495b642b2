package servicesim.policy.rules;

import java.util.List;
import servicesim.policy.RuleSpec;

/** A trainer's own rule: the agent must never say any of the rule's acts or phrases. */
final class MustNotSayRule implements Rule {

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    TrainerPhrases banned = new TrainerPhrases(spec, session);
    if (banned.nothingToLookFor()) {
      return Judgement.notApplicable("no phrases for " + LanguageNames.of(session.transcript().language()));
    }
    if (session.agentMessages().isEmpty()) return Judgement.notApplicable("the agent never spoke");
    List<Evidence> said = banned.find(session);
    if (said.isEmpty()) return Judgement.pass("never said any of: " + banned.describe());
    return Judgement.fail("said \"" + said.get(0).text() + "\"", said);
  }
}
