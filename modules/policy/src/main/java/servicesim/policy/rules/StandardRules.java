package servicesim.policy.rules;

import java.util.EnumMap;
import java.util.Map;

/** Every rule kind the engine knows, bound to its implementation. */
final class StandardRules {

  private StandardRules() {}

  static Map<RuleKind, Rule> all() {
    Map<RuleKind, Rule> rules = new EnumMap<>(RuleKind.class);
    rules.put(RuleKind.GREETING, new GreetingRule());
    rules.put(RuleKind.PROMPT_ANSWER, new PromptAnswerRule());
    rules.put(RuleKind.COURTESY, new CourtesyRule());
    for (RuleKind kind : RuleKind.values()) {
      if (!rules.containsKey(kind)) throw new IllegalStateException("no implementation for rule kind " + kind.id());
    }
    return rules;
  }
}
