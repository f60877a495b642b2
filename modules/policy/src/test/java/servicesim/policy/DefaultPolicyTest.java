package servicesim.policy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.InvalidFileException;
import servicesim.files.YamlFile;

/** The default policy holds exactly the rules of POLICY.md, with their ids, critical flags and channels. */
public class DefaultPolicyTest extends JUnitSuite {

  private static final List<String> POLICY_MD_RULES = List.of(
      "greeting", "prompt-answer", "courtesy", "no-policy-as-weapon", "let-customer-finish", "confirm-understanding",
      "acknowledge-cause", "ask-preference", "apologize", "resolve-and-confirm", "offer-compensation",
      "complaint-record", "follow-up", "escalation", "no-vague-promises", "concrete-timeline", "keep-informed",
      "proactive-contact", "closing-check", "all-questions-answered", "written-quality", "no-ignored-messages");

  private static final Set<Channel> CONVERSATIONS = EnumSet.of(Channel.PHONE, Channel.IN_PERSON, Channel.CHAT);

  @Test
  public void defaultPolicyHasExactlyTheTwentyTwoRulesOfPolicyMd() {
    Policy policy = Repo.defaultPolicy();
    assertEquals(22, POLICY_MD_RULES.size());
    assertEquals(POLICY_MD_RULES, policy.rules().stream().map(RuleSpec::id).toList());
    assertEquals("default@27", policy.label());
    assertEquals(70.0, policy.passMark(), 0);
  }

  @Test
  public void everyRuleAndActHasATitleAndADescriptionInEnglishUrduGreekAndHindi() {
    Policy policy = Repo.defaultPolicy();
    Names names = policy.names();
    assertEquals("en", names.language());
    List<String> missing = new java.util.ArrayList<>();
    for (RuleSpec rule : policy.rules()) check("rule " + rule.id(), names.rule(rule.id()).orElse(null), missing);
    for (String act : servicesim.policy.acts.Act.ids()) check("act " + act, names.act(act).orElse(null), missing);
    assertEquals(String.join("\n", missing), List.of(), missing);
    Names.Text urdu = names.rule("no-policy-as-weapon").orElseThrow().in("ur", names.language());
    assertEquals("ur", urdu.language());
    assertTrue(urdu.title(), urdu.title().chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF));
    Names.Text swahili = names.rule("greeting").orElseThrow().in("sw", names.language());
    assertEquals(new Names.Text("en", "Greeting", names.rule("greeting").orElseThrow().description()), swahili);
  }

  private static void check(String what, Names.Name name, List<String> missing) {
    if (name == null || name.title().isBlank() || name.description().isBlank()) {
      missing.add(what + ": no title or description");
      return;
    }
    if (name.title().contains("-") && name.title().equals(name.title().toLowerCase())) missing.add(what + ": title is an id");
    for (String lang : List.of("ur", "el", "hi")) {
      Names.Text t = name.translations().get(lang);
      if (t == null || t.title().isBlank() || t.description() == null || t.description().isBlank()) {
        missing.add(what + ": no " + lang + " title and description");
      }
    }
  }

  @Test
  public void writtenQualityAcceptsAnyVariantUnlessAPolicyNamesSome() throws Exception {
    assertEquals(List.of(), Repo.defaultPolicy().rule("written-quality").orElseThrow().variants());
    Policy british = PolicyLoader.load(YamlFile.parse("british.yaml", String.join("\n",
        "id: british", "version: 1", "passMark: 70", "rules:",
        "  - {id: written-quality, weight: 1, variants: [en-GB, en-in]}", "")), Repo.scenarios().resolve("policies"));
    assertEquals(List.of("en-GB", "en-IN"), british.rule("written-quality").orElseThrow().variants());
  }

  @Test
  public void onlyCourtesyAndNoPolicyAsWeaponAreCritical() {
    List<String> critical = Repo.defaultPolicy().rules().stream().filter(RuleSpec::critical).map(RuleSpec::id).toList();
    assertEquals(List.of("courtesy", "no-policy-as-weapon"), critical);
  }

  @Test
  public void rulesApplyToTheChannelsOfPolicyMd() {
    for (RuleSpec rule : Repo.defaultPolicy().rules()) {
      Set<Channel> expected = switch (rule.id()) {
        case "greeting", "let-customer-finish", "closing-check" -> CONVERSATIONS;
        case "written-quality" -> EnumSet.of(Channel.EMAIL, Channel.LETTER);
        case "no-ignored-messages" -> EnumSet.of(Channel.EMAIL, Channel.VOICEMAIL);
        default -> EnumSet.allOf(Channel.class);
      };
      assertEquals(rule.id(), expected, rule.channels());
    }
  }

  @Test
  public void everyRuleNamesItsSeedAndHasAPositiveWeight() {
    for (RuleSpec rule : Repo.defaultPolicy().rules()) {
      assertTrue(rule.id(), !rule.seed().isBlank());
      assertTrue(rule.id(), rule.weight() > 0);
    }
  }

  @Test
  public void defaultPolicyCarriesTheLimitsAndNumbersOfPolicyMd() {
    Policy policy = Repo.defaultPolicy();
    RuleSpec prompt = policy.rule("prompt-answer").orElseThrow();
    assertEquals(java.time.Duration.ofSeconds(20), prompt.limits().get(Channel.PHONE));
    assertEquals(java.time.Duration.ofHours(4), prompt.limits().get(Channel.VOICEMAIL));
    assertEquals(3, policy.rule("escalation").orElseThrow().number("withinAgentTurns", 0));
    assertEquals(1, policy.rule("no-vague-promises").orElseThrow().number("graceMessages", 0));
  }

  @Test
  public void phrasesForALanguageWithoutALexiconAreRejected() {
    String yaml = String.join("\n",
        "id: phrases",
        "version: 1",
        "passMark: 50",
        "rules:",
        "  - id: thanks",
        "    kind: must-say",
        "    weight: 1",
        "    phrases:",
        "      xx: [\"anything\"]",
        "");
    InvalidFileException e = org.junit.Assert.assertThrows(InvalidFileException.class,
        () -> PolicyLoader.load(YamlFile.parse("phrases.yaml", yaml), Repo.scenarios().resolve("policies")));
    assertEquals(1, e.problems().size());
    assertTrue(e.getMessage(), e.getMessage().startsWith("phrases.yaml:9:7: no lexicon for language 'xx' (have: "));
  }
}
