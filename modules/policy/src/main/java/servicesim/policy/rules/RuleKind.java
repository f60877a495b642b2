package servicesim.policy.rules;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import servicesim.policy.Channel;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;

/**
 * The checks the engine knows, with the channels each applies to by default and the parameters a policy may set.
 * The rules of POLICY.md are kinds of their own id; {@code must-say} and {@code must-not-say} let trainers add
 * phrase rules of their own.
 */
public enum RuleKind {
  GREETING("greeting", conversational()),
  PROMPT_ANSWER("prompt-answer", all(), Param.LIMITS),
  COURTESY("courtesy", all()),
  NO_POLICY_AS_WEAPON("no-policy-as-weapon", all()),
  LET_CUSTOMER_FINISH("let-customer-finish", conversational()),
  CONFIRM_UNDERSTANDING("confirm-understanding", all()),
  ACKNOWLEDGE_CAUSE("acknowledge-cause", all()),
  ASK_PREFERENCE("ask-preference", all()),
  APOLOGIZE("apologize", all()),
  RESOLVE_AND_CONFIRM("resolve-and-confirm", all()),
  OFFER_COMPENSATION("offer-compensation", all()),
  COMPLAINT_RECORD("complaint-record", all(), Param.FIELDS),
  FOLLOW_UP("follow-up", all()),
  ESCALATION("escalation", all(), Param.NUMBERS),
  NO_VAGUE_PROMISES("no-vague-promises", all(), Param.NUMBERS),
  CONCRETE_TIMELINE("concrete-timeline", all()),
  KEEP_INFORMED("keep-informed", all()),
  PROACTIVE_CONTACT("proactive-contact", all()),
  CLOSING_CHECK("closing-check", conversational()),
  ALL_QUESTIONS_ANSWERED("all-questions-answered", all()),
  WRITTEN_QUALITY("written-quality", EnumSet.of(Channel.EMAIL, Channel.LETTER), Param.NUMBERS, Param.VARIANTS),
  NO_IGNORED_MESSAGES("no-ignored-messages", EnumSet.of(Channel.EMAIL, Channel.VOICEMAIL), Param.LIMITS),
  MUST_SAY("must-say", all(), Param.ACTS, Param.PHRASES),
  MUST_NOT_SAY("must-not-say", all(), Param.ACTS, Param.PHRASES);

  /** Parameters a policy may set on a rule, beyond weight, critical, channels, title and seed. */
  public enum Param { LIMITS, NUMBERS, ACTS, PHRASES, FIELDS, VARIANTS }

  private final String id;
  private final Set<Channel> defaultChannels;
  private final Set<Param> params;

  RuleKind(String id, Set<Channel> defaultChannels, Param... params) {
    this.id = id;
    this.defaultChannels = Set.copyOf(defaultChannels);
    this.params = params.length == 0 ? Set.of() : Set.copyOf(Arrays.asList(params));
  }

  public String id() {
    return id;
  }

  public Set<Channel> defaultChannels() {
    return defaultChannels;
  }

  public boolean accepts(Param param) {
    return params.contains(param);
  }

  /** True for the rules of POLICY.md, false for trainers' phrase rules. */
  public boolean standard() {
    return this != MUST_SAY && this != MUST_NOT_SAY;
  }

  /**
   * The acts a rule of this kind reads in what the agent wrote: empty for rules of actions, timing, records or form,
   * whose verdicts no text shows.
   */
  public List<Act> textActs(RuleSpec spec) {
    return switch (this) {
      case GREETING -> List.of(Act.OWN_NAME, Act.ORG_NAME, Act.OFFER_HELP);
      case COURTESY -> List.of(Act.DISCOURTESY);
      case NO_POLICY_AS_WEAPON -> List.of(Act.POLICY_AS_WEAPON);
      case CONFIRM_UNDERSTANDING -> List.of(Act.CONFIRM_UNDERSTANDING);
      case ACKNOWLEDGE_CAUSE -> List.of(Act.ACCEPT_RESPONSIBILITY);
      case ASK_PREFERENCE -> List.of(Act.ASK_PREFERENCE);
      case APOLOGIZE -> List.of(Act.APOLOGY);
      case RESOLVE_AND_CONFIRM -> List.of(Act.CHECK_SATISFACTION);
      case ESCALATION -> List.of(Act.ESCALATION);
      case NO_VAGUE_PROMISES -> List.of(Act.VAGUE_PROMISE);
      case CONCRETE_TIMELINE -> List.of(Act.CONCRETE_TIMELINE);
      case CLOSING_CHECK -> List.of(Act.ANYTHING_ELSE);
      case MUST_SAY, MUST_NOT_SAY -> spec.acts().stream().map(Act::byId).flatMap(Optional::stream).toList();
      default -> List.of();
    };
  }

  /** Whether the rule passes when its acts are said (true) or when they are not (false). */
  public boolean wantsActs() {
    return switch (this) {
      case COURTESY, NO_POLICY_AS_WEAPON, NO_VAGUE_PROMISES, MUST_NOT_SAY -> false;
      default -> true;
    };
  }

  /** Whole-number parameters and their defaults. */
  public Map<String, Integer> defaultNumbers() {
    return switch (this) {
      case ESCALATION -> Map.of("withinAgentTurns", 3);
      case NO_VAGUE_PROMISES -> Map.of("graceMessages", 1);
      case WRITTEN_QUALITY -> Map.of("maxErrors", 0);
      default -> Map.of();
    };
  }

  /** Channel time limits and their defaults (004 and 003 goals). */
  public Map<Channel, Duration> defaultLimits() {
    Map<Channel, Duration> limits = new LinkedHashMap<>();
    switch (this) {
      case PROMPT_ANSWER -> {
        limits.put(Channel.PHONE, Duration.ofSeconds(20));
        limits.put(Channel.IN_PERSON, Duration.ofSeconds(30));
        limits.put(Channel.CHAT, Duration.ofSeconds(60));
        limits.put(Channel.EMAIL, Duration.ofHours(24));
        limits.put(Channel.LETTER, Duration.ofHours(48));
        limits.put(Channel.VOICEMAIL, Duration.ofHours(4));
      }
      case NO_IGNORED_MESSAGES -> {
        limits.put(Channel.EMAIL, Duration.ofHours(24));
        limits.put(Channel.VOICEMAIL, Duration.ofHours(4));
      }
      default -> { }
    }
    return limits;
  }

  public static Optional<RuleKind> byId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(RuleKind::id).toList();
  }

  public static List<String> standardIds() {
    return Arrays.stream(values()).filter(RuleKind::standard).map(RuleKind::id).toList();
  }

  private static Set<Channel> all() {
    return EnumSet.allOf(Channel.class);
  }

  private static Set<Channel> conversational() {
    return EnumSet.of(Channel.PHONE, Channel.IN_PERSON, Channel.CHAT);
  }
}
