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
    rules.put(RuleKind.NO_POLICY_AS_WEAPON, new NoPolicyAsWeaponRule());
    rules.put(RuleKind.LET_CUSTOMER_FINISH, new LetCustomerFinishRule());
    rules.put(RuleKind.CONFIRM_UNDERSTANDING, new ConfirmUnderstandingRule());
    rules.put(RuleKind.ACKNOWLEDGE_CAUSE, new AcknowledgeCauseRule());
    rules.put(RuleKind.ASK_PREFERENCE, new AskPreferenceRule());
    rules.put(RuleKind.APOLOGIZE, new ApologizeRule());
    rules.put(RuleKind.RESOLVE_AND_CONFIRM, new ResolveAndConfirmRule());
    rules.put(RuleKind.OFFER_COMPENSATION, new OfferCompensationRule());
    rules.put(RuleKind.COMPLAINT_RECORD, new ComplaintRecordRule());
    rules.put(RuleKind.FOLLOW_UP, new FollowUpRule());
    rules.put(RuleKind.ESCALATION, new EscalationRule());
    rules.put(RuleKind.NO_VAGUE_PROMISES, new NoVaguePromisesRule());
    rules.put(RuleKind.CONCRETE_TIMELINE, new ConcreteTimelineRule());
    rules.put(RuleKind.KEEP_INFORMED, new KeepInformedRule());
    rules.put(RuleKind.PROACTIVE_CONTACT, new ProactiveContactRule());
    rules.put(RuleKind.CLOSING_CHECK, new ClosingCheckRule());
    rules.put(RuleKind.ALL_QUESTIONS_ANSWERED, new AllQuestionsAnsweredRule());
    rules.put(RuleKind.WRITTEN_QUALITY, new WrittenQualityRule());
    rules.put(RuleKind.NO_IGNORED_MESSAGES, new NoIgnoredMessagesRule());
    rules.put(RuleKind.MUST_SAY, new MustSayRule());
    rules.put(RuleKind.MUST_NOT_SAY, new MustNotSayRule());
    for (RuleKind kind : RuleKind.values()) {
      if (!rules.containsKey(kind)) throw new IllegalStateException("no implementation for rule kind " + kind.id());
    }
    return rules;
  }
}
