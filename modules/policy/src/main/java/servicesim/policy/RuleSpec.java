package servicesim.policy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule as a policy configures it. {@code kind} is the built-in check it runs (the rule id for the rules of
 * POLICY.md; {@code must-say} / {@code must-not-say} for a trainer's own phrase rules). Parameters that a kind does
 * not use stay empty.
 *
 * @param limits     time limits per channel (prompt-answer, no-ignored-messages)
 * @param numbers    whole-number parameters by name (escalation: withinAgentTurns; no-vague-promises: graceMessages)
 * @param acts       acts a phrase rule looks for
 * @param phrases    phrases a phrase rule looks for, per language, in the lexicon pattern syntax
 * @param fields     the complaint-record fields required
 * @param variants   the written-language variants accepted (en-GB, en-US, en-IN ...); empty accepts any
 */
public record RuleSpec(
    String id,
    String kind,
    String title,
    double weight,
    boolean critical,
    Set<Channel> channels,
    String seed,
    Map<Channel, Duration> limits,
    Map<String, Integer> numbers,
    List<String> acts,
    Map<String, List<String>> phrases,
    List<String> fields,
    List<String> variants) {

  public RuleSpec(String id, String kind, String title, double weight, boolean critical, Set<Channel> channels,
      String seed, Map<Channel, Duration> limits, Map<String, Integer> numbers, List<String> acts,
      Map<String, List<String>> phrases, List<String> fields) {
    this(id, kind, title, weight, critical, channels, seed, limits, numbers, acts, phrases, fields, List.of());
  }

  public boolean appliesTo(Channel channel) {
    return channels.contains(channel);
  }

  public int number(String name, int defaultValue) {
    return numbers.getOrDefault(name, defaultValue);
  }

  public RuleSpec withWeight(double newWeight) {
    return new RuleSpec(id, kind, title, newWeight, critical, channels, seed, limits, numbers, acts, phrases, fields,
        variants);
  }
}
