package servicesim.policy.rules;

import servicesim.policy.RuleSpec;

/** One check of the policy over one session. Implementations are pure functions of the session. */
@FunctionalInterface
public interface Rule {
  Judgement judge(RuleSpec spec, SessionAnalysis session);
}
