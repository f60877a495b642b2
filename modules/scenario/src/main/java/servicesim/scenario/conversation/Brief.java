package servicesim.scenario.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import servicesim.policy.Channel;
import servicesim.policy.Names;
import servicesim.policy.Policy;
import servicesim.policy.rules.RuleEngine;
import servicesim.policy.rules.RuleVerdict;
import servicesim.policy.rules.Verdict;
import servicesim.policy.transcript.SessionEvent;
import servicesim.policy.writing.WritingChecker;
import servicesim.policy.writing.WritingIssue;
import servicesim.scenario.Scenario;

/**
 * What a trainee is told before a session: the scenario's brief, its channel and organisation, what the agent can see
 * of the customer before asking (a caller's number, an email's sender...), and the rules of the policy that will
 * judge it, by their titles in the scenario's language.
 */
public record Brief(String title, String brief, String channel, String organisation, String language,
    Map<String, String> visible, List<Rule> rules) {

  /** A rule that will judge the session. */
  public record Rule(String id, String title, String description, boolean critical) {}

  /** The brief of {@code scenario} under {@code policy}; {@code withRules} false (an assessment) leaves the rules out. */
  public static Brief of(Scenario scenario, Policy policy, boolean withRules) {
    return new Brief(scenario.title(), scenario.brief(), scenario.channel().id(), scenario.organisation(),
        scenario.language(), visible(scenario), withRules ? rules(scenario, policy) : List.of());
  }

  /** What the agent sees of the customer before asking: who calls or writes, from where. */
  static Map<String, String> visible(Scenario scenario) {
    Map<String, String> out = new LinkedHashMap<>();
    var c = scenario.customer();
    Channel ch = scenario.channel();
    if (ch == Channel.PHONE || ch == Channel.VOICEMAIL) putIfAny(out, "phone", c.phone());
    if (ch == Channel.EMAIL) {
      putIfAny(out, "name", c.name());
      putIfAny(out, "email", c.email());
    }
    if (ch == Channel.LETTER) {
      putIfAny(out, "name", c.name());
      putIfAny(out, "address", c.address());
    }
    if (ch == Channel.CHAT) putIfAny(out, "name", c.name());
    return out;
  }

  private static void putIfAny(Map<String, String> out, String key, String value) {
    if (value != null && !value.isBlank()) out.put(key, value);
  }

  /** Nothing is written before the session: whether written quality applies depends on the channel alone. */
  private static final WritingChecker NO_WRITING = new WritingChecker() {
    public Optional<List<WritingIssue>> check(String language, List<String> variants, String text,
        java.util.Set<String> knownWords) {
      return Optional.of(List.of());
    }

    public java.util.Set<String> languages() {
      return java.util.Set.of();
    }

    public String version() {
      return "none";
    }
  };

  /** The rules that apply to this scenario: those the engine does not find n/a on its facts and channel alone. */
  static List<Rule> rules(Scenario scenario, Policy policy) {
    SessionSetup setup = new SessionSetup("brief", "brief", "brief", "", scenario.id(), scenario.sha256(), policy.id(),
        policy.version(), "", null, SessionSetup.VIRTUAL, 1);
    Conversation conversation = new Conversation(scenario, policy, setup);
    SessionEvent.SessionStarted started = conversation.started(java.time.Instant.EPOCH);
    RuleEngine engine = new RuleEngine(policy, NO_WRITING);
    List<Rule> out = new ArrayList<>();
    Names names = policy.names();
    for (RuleVerdict v : engine.score(Transcripts.of(scenario, started, List.of(started))).verdicts()) {
      if (v.verdict() == Verdict.NOT_APPLICABLE) continue;
      Names.Text text = names.rule(v.id()).map(n -> n.in(scenario.language(), names.language()))
          .orElse(new Names.Text(names.language(), v.id(), ""));
      out.add(new Rule(v.id(), text.title(), text.description(), v.critical()));
    }
    return List.copyOf(out);
  }
}
