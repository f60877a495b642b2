package servicesim.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import servicesim.policy.acts.Lexicons;

/**
 * A customer-service policy: the rules a session is judged by, their weights, the pass mark, the goals reported per
 * workshop, the customer's default reactions, where its lexicons live, and the readable names of its rules and of the
 * acts. Identified by id and version, so that scores under different versions can be told apart and compared.
 */
public record Policy(
    String id,
    int version,
    String title,
    double passMark,
    List<RuleSpec> rules,
    Goals goals,
    Outcomes outcomes,
    Map<String, Reaction> reactions,
    Path lexiconDirectory,
    Lexicons lexicons,
    String sha256,
    Names names) {

  /** A policy built in code: its rules are known by their titles only. */
  public Policy(String id, int version, String title, double passMark, List<RuleSpec> rules, Goals goals,
      Outcomes outcomes, Map<String, Reaction> reactions, Path lexiconDirectory, Lexicons lexicons, String sha256) {
    this(id, version, title, passMark, rules, goals, outcomes, reactions, lexiconDirectory, lexicons, sha256,
        Names.ofTitles(rules));
  }

  public Optional<RuleSpec> rule(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }

  public Reaction reaction(String trigger) {
    return reactions.getOrDefault(trigger, Reaction.NONE);
  }

  /** "default@1": how reports name a policy version. */
  public String label() {
    return id + "@" + version;
  }
}
