package servicesim.scenario;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.Home;
import servicesim.files.InvalidFileException;
import servicesim.policy.Channel;
import servicesim.policy.Policy;
import servicesim.policy.RuleSpec;
import servicesim.policy.rules.RuleEngine;
import servicesim.policy.rules.RuleVerdict;
import servicesim.policy.rules.Verdict;
import servicesim.policy.scoring.SessionScore;
import servicesim.policy.writing.LanguageToolChecker;
import servicesim.scenario.conversation.AgentReplay;
import servicesim.scenario.conversation.Conversation;
import servicesim.scenario.conversation.Transcripts;
import servicesim.scenario.conversation.VirtualRun;
import servicesim.scenario.workshop.Workshop;
import servicesim.scenario.workshop.WorkshopLoader;

/**
 * The scenario library as a whole: every scripted agent of every scenario, run in virtual time and scored under the
 * default policy, gets exactly the verdicts its {@code expect} block lists, and the English scenarios together
 * exercise every rule of the policy both ways on every channel. Every language's scenarios are reported rule by rule
 * (which rules they exercise with pass and with fail); the Greek ones are held to every rule both ways too.
 */
public class LibraryTest extends JUnitSuite {

  /** A Monday morning: promises such as "tomorrow by 5pm" are checked against this clock. */
  static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

  /** Rules that judge every session in which the agent spoke: they cannot be n/a in a scripted run. */
  static final Set<String> ALWAYS_APPLICABLE =
      Set.of("prompt-answer", "courtesy", "no-policy-as-weapon", "no-vague-promises");

  /** One scripted agent's run of one scenario. */
  record Run(Scenario scenario, AgentScript agent, SessionScore score) {
    String label() {
      return scenario.id() + " / " + agent.key();
    }
  }

  private static ScenarioLibrary library;
  private static List<Run> runs;

  static synchronized ScenarioLibrary library() {
    if (library == null) {
      try {
        library = ScenarioLibrary.load(Home.library(), Fixtures.loader());
      } catch (InvalidFileException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
    return library;
  }

  static synchronized List<Run> runs() {
    if (runs == null) {
      Policy policy = Fixtures.policy();
      RuleEngine engine = new RuleEngine(policy, new LanguageToolChecker());
      List<Run> out = new ArrayList<>();
      for (Scenario scenario : sorted(library().all())) {
        for (AgentScript agent : scenario.agents().values()) {
          Conversation conversation = new Conversation(scenario, policy, agent.name());
          VirtualRun.Result result = VirtualRun.run(conversation, new AgentReplay(conversation, agent), START);
          String sessionId = scenario.id() + "/" + agent.key();
          SessionScore score = engine.score(Transcripts.of(sessionId, scenario, agent.name(), START,
              Transcripts.numbered(result.events(), 2)));
          out.add(new Run(scenario, agent, score));
        }
      }
      runs = List.copyOf(out);
    }
    return runs;
  }

  private static List<Scenario> sorted(java.util.Collection<Scenario> scenarios) {
    return scenarios.stream().sorted((a, b) -> a.file().compareTo(b.file())).toList();
  }

  private static List<Run> english() {
    return runs().stream().filter(r -> r.scenario().language().equals("en")).toList();
  }

  private static List<Run> inLanguage(String language) {
    return runs().stream().filter(r -> r.scenario().language().equals(language)).toList();
  }

  /** The languages of the library, in order. */
  private static Set<String> languages() {
    return runs().stream().map(r -> r.scenario().language()).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Per rule, the scenario/agent labels that got each verdict, in the order of the policy's rules. */
  private static Map<String, Map<Verdict, List<String>>> coverage(List<Run> runs) {
    Map<String, Map<Verdict, List<String>>> out = new LinkedHashMap<>();
    for (String rule : ruleIds()) out.put(rule, new EnumMap<>(Verdict.class));
    for (Run run : runs) {
      for (RuleVerdict v : run.score().verdicts()) {
        out.computeIfAbsent(v.id(), k -> new EnumMap<>(Verdict.class))
            .computeIfAbsent(v.verdict(), k -> new ArrayList<>()).add(run.label());
      }
    }
    return out;
  }

  /** The rules that never get {@code verdict} in these runs. */
  private static List<String> never(Map<String, Map<Verdict, List<String>>> coverage, Verdict verdict) {
    return coverage.entrySet().stream().filter(e -> !e.getValue().containsKey(verdict)).map(Map.Entry::getKey).toList();
  }

  /** What one language's scenarios exercise: channels, then each rule with the runs that pass and fail it. */
  private static String coverageReport(String language) {
    List<Run> runs = inLanguage(language);
    Map<String, Map<Verdict, List<String>>> coverage = coverage(runs);
    StringBuilder out = new StringBuilder();
    long scenarios = runs.stream().map(r -> r.scenario().id()).distinct().count();
    Set<String> channels = runs.stream().map(r -> r.scenario().channel().id()).collect(Collectors.toCollection(TreeSet::new));
    out.append("language ").append(language).append(": ").append(scenarios).append(" scenarios, ").append(runs.size())
        .append(" scripted agents, channels ").append(channels).append('\n');
    for (var e : coverage.entrySet()) {
      out.append("  ").append(e.getKey()).append(": pass ").append(count(e.getValue(), Verdict.PASS))
          .append(", fail ").append(count(e.getValue(), Verdict.FAIL))
          .append(", n/a ").append(count(e.getValue(), Verdict.NOT_APPLICABLE)).append('\n');
    }
    out.append("  never pass: ").append(never(coverage, Verdict.PASS)).append('\n');
    out.append("  never fail: ").append(never(coverage, Verdict.FAIL)).append('\n');
    return out.toString();
  }

  /** How many runs got {@code verdict}, and by which agents: "9 (by-the-book 4, policy-bound 4, slow-responder 1)". */
  private static String count(Map<Verdict, List<String>> byVerdict, Verdict verdict) {
    List<String> labels = byVerdict.getOrDefault(verdict, List.of());
    if (labels.isEmpty()) return "-";
    if (verdict == Verdict.NOT_APPLICABLE) return String.valueOf(labels.size());
    Map<String, Integer> byAgent = new TreeMap<>();
    labels.forEach(l -> byAgent.merge(l.substring(l.indexOf(" / ") + 3), 1, Integer::sum));
    return labels.size() + " (" + byAgent.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ")) + ")";
  }

  private static List<String> ruleIds() {
    return Fixtures.policy().rules().stream().map(RuleSpec::id).toList();
  }

  @Test
  public void everyScriptedAgentGetsExactlyTheVerdictsItExpects() {
    List<String> mismatches = new ArrayList<>();
    for (Run run : runs()) {
      for (String rule : ruleIds()) {
        Verdict expected = run.agent().expect().get(rule);
        RuleVerdict actual = run.score().verdict(rule).orElseThrow();
        if (expected == null) {
          mismatches.add(run.label() + ": " + rule + ": no expected verdict (actual " + actual.verdict() + ": "
              + actual.explanation() + ")");
        } else if (expected != actual.verdict()) {
          mismatches.add(run.label() + ": " + rule + ": expected " + expected + ", actual " + actual.verdict() + ": "
              + actual.explanation());
        }
      }
    }
    if (!mismatches.isEmpty()) {
      org.junit.Assert.fail("verdicts that differ from the scenarios' expect blocks: " + mismatches.size() + " in "
          + scenarios(mismatches) + "\n  " + String.join("\n  ", mismatches));
    }
  }

  private static String scenarios(List<String> mismatches) {
    long n = mismatches.stream().map(m -> m.substring(0, m.indexOf(" / "))).distinct().count();
    return n == 1 ? "1 scenario" : n + " scenarios";
  }

  @Test
  public void englishScenariosExerciseEveryRuleBothWays() {
    Map<String, Set<Verdict>> seen = new TreeMap<>();
    for (Run run : english()) {
      for (RuleVerdict v : run.score().verdicts()) seen.computeIfAbsent(v.id(), k -> EnumSet.noneOf(Verdict.class)).add(v.verdict());
    }
    List<String> missing = new ArrayList<>();
    for (String rule : ruleIds()) {
      Set<Verdict> verdicts = seen.getOrDefault(rule, Set.of());
      List<Verdict> wanted = new ArrayList<>(List.of(Verdict.PASS, Verdict.FAIL));
      if (!ALWAYS_APPLICABLE.contains(rule)) wanted.add(Verdict.NOT_APPLICABLE);
      for (Verdict v : wanted) if (!verdicts.contains(v)) missing.add(rule + " is never " + v);
    }
    assertTrue("English scenarios leave verdicts unexercised:\n  " + String.join("\n  ", missing), missing.isEmpty());
  }

  @Test
  public void englishScenariosCoverEveryChannel() {
    Set<Channel> channels = english().stream().map(r -> r.scenario().channel()).collect(Collectors.toSet());
    Set<String> absent = new TreeSet<>(Channel.ids());
    channels.forEach(c -> absent.remove(c.id()));
    assertTrue("no English scenario on " + absent, absent.isEmpty());
    long scenarios = english().stream().map(r -> r.scenario().id()).distinct().count();
    assertTrue("only " + scenarios + " English scenarios", scenarios >= 16);
  }

  @Test
  public void everyScenarioHasAtLeastTwoScriptedAgents() {
    List<String> thin = library().all().stream().filter(s -> s.agents().size() < 2)
        .map(s -> s.id() + " (" + s.agents().size() + ")").sorted().toList();
    assertTrue("scenarios with fewer than two scripted agents: " + thin, thin.isEmpty());
  }

  @Test
  public void theStandardAgentsPassOrFailAsTheirNamesSay() {
    Map<String, String> wrong = new LinkedHashMap<>();
    for (Run run : english()) {
      boolean passed = run.score().passed();
      switch (run.agent().key()) {
        case "by-the-book" -> {
          if (!passed) wrong.put(run.label(), "fails (" + run.score().score() + ")");
        }
        case "reactive", "policy-bound" -> {
          if (passed) wrong.put(run.label(), "passes (" + run.score().score() + ")");
        }
        default -> { }
      }
    }
    assertTrue("standard agents scoring against their kind: " + wrong, wrong.isEmpty());
  }

  @Test
  public void demoWorkshopSpreadsAcrossChannelsWithThreeScriptedTrainees() throws Exception {
    Workshop demo = new WorkshopLoader(library().byId(), Set.of("default"))
        .load(Home.workshops().resolve("demo.yaml"));
    assertEquals("default", demo.policy());
    assertEquals(Workshop.PRACTICE, demo.mode());
    assertTrue(demo.scenarios().size() >= 6 && demo.scenarios().size() <= 8);
    Set<Channel> channels = demo.scenarios().stream().map(id -> library().get(id).orElseThrow().channel())
        .collect(Collectors.toSet());
    assertTrue("channels " + channels, channels.size() >= 4);
    Map<String, String> agents = new TreeMap<>();
    demo.trainees().forEach(t -> agents.put(t.id(), t.agent()));
    assertEquals(Map.of("sam", "by-the-book", "lee", "reactive", "pat", "policy-bound"), agents);
    for (String id : demo.scenarios()) {
      Scenario s = library().get(id).orElseThrow();
      for (String agent : agents.values()) {
        assertTrue(id + " has no agent " + agent, s.agent(agent).isPresent());
      }
    }
  }

  @Test
  public void everyLanguageReportsTheRulesItsScenariosExerciseAndItsStandardAgentsBehave() {
    List<String> problems = new ArrayList<>();
    for (String language : languages()) {
      System.out.print(coverageReport(language));
      List<Run> runs = inLanguage(language);
      long scenarios = runs.stream().map(r -> r.scenario().id()).distinct().count();
      Set<Channel> channels = runs.stream().map(r -> r.scenario().channel()).collect(Collectors.toSet());
      if (scenarios < 5) problems.add(language + ": only " + scenarios + " scenarios (at least 5)");
      if (channels.size() < 4) problems.add(language + ": only " + channels.size() + " channels " + channels + " (at least 4)");
      for (Run run : runs) {
        switch (run.agent().key()) {
          case "by-the-book" -> {
            List<String> failed = run.score().verdicts().stream().filter(v -> v.verdict() == Verdict.FAIL)
                .map(RuleVerdict::id).toList();
            if (!run.score().passed() || !failed.isEmpty()) {
              problems.add(run.label() + ": by-the-book scores " + run.score().score() + ", fails " + failed);
            }
          }
          case "reactive", "policy-bound" -> {
            if (run.score().passed()) problems.add(run.label() + ": passes (" + run.score().score() + ")");
          }
          default -> { }
        }
      }
      for (String standard : List.of("by-the-book", "reactive", "policy-bound")) {
        List<String> lacking = runs.stream().map(Run::scenario).distinct()
            .filter(s -> s.agent(standard).isEmpty()).map(Scenario::id).sorted().toList();
        if (!lacking.isEmpty()) problems.add(language + ": no " + standard + " agent in " + lacking);
      }
    }
    assertTrue("scenario languages that fall short:\n  " + String.join("\n  ", problems), problems.isEmpty());
  }

  @Test
  public void greekScenariosExerciseEveryRuleBothWays() {
    Map<String, Map<Verdict, List<String>>> coverage = coverage(inLanguage("el"));
    List<String> missing = new ArrayList<>();
    never(coverage, Verdict.PASS).forEach(rule -> missing.add(rule + " is never " + Verdict.PASS));
    never(coverage, Verdict.FAIL).forEach(rule -> missing.add(rule + " is never " + Verdict.FAIL));
    assertTrue("Greek scenarios leave verdicts unexercised:\n  " + String.join("\n  ", missing) + "\n"
        + coverageReport("el"), missing.isEmpty());
  }

  @Test
  public void greekDemoWorkshopSpreadsAcrossChannelsWithThreeGreekTrainees() throws Exception {
    Workshop demo = new WorkshopLoader(library().byId(), Set.of("default"))
        .load(Home.workshops().resolve("demo-el.yaml"));
    assertEquals("default", demo.policy());
    assertEquals(Workshop.PRACTICE, demo.mode());
    Set<Channel> channels = new TreeSet<>();
    for (String id : demo.scenarios()) {
      Scenario s = library().get(id).orElseThrow();
      assertEquals(id + " is not a Greek scenario", "el", s.language());
      channels.add(s.channel());
    }
    assertTrue("channels " + channels, channels.size() >= 4);
    Map<String, String> agents = new TreeMap<>();
    demo.trainees().forEach(t -> agents.put(t.agent(), t.name()));
    assertEquals(Set.of("by-the-book", "reactive", "policy-bound"), agents.keySet());
    agents.values().forEach(name -> assertTrue(name + " is not a Greek name", name.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.GREEK)));
    for (String id : demo.scenarios()) {
      for (String agent : agents.keySet()) {
        assertTrue(id + " has no agent " + agent, library().get(id).orElseThrow().agent(agent).isPresent());
      }
    }
  }
}
