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
import java.util.stream.Stream;
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
 * exercise every rule of the policy both ways on every channel. Every language's coverage is reported rule by rule;
 * the Hindi scenarios exercise every rule both ways that a Hindi session can be judged on.
 */
public class LibraryTest extends JUnitSuite {

  /** A Monday morning: promises such as "tomorrow by 5pm" are checked against this clock. */
  static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

  /** Rules that judge every session in which the agent spoke: they cannot be n/a in a scripted run. */
  static final Set<String> ALWAYS_APPLICABLE =
      Set.of("prompt-answer", "courtesy", "no-policy-as-weapon", "no-vague-promises");

  /** Rules a language's sessions cannot be judged on: written-quality needs a spelling checker, and Hindi has none. */
  static final Map<String, Set<String>> UNJUDGED =
      Map.of("hi", Set.of("written-quality"), "ur", Set.of("written-quality"));

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

  private static final RuleEngine ENGINE = new RuleEngine(Fixtures.policy(), new LanguageToolChecker());

  static synchronized List<Run> runs() {
    if (runs == null) runs = runsStartingAt(START);
    return runs;
  }

  /** Every scripted agent of every scenario, played from {@code start} and scored under the default policy. */
  static List<Run> runsStartingAt(Instant start) {
    Policy policy = Fixtures.policy();
    List<Run> out = new ArrayList<>();
    for (Scenario scenario : sorted(library().all())) {
      for (AgentScript agent : scenario.agents().values()) {
        Conversation conversation = new Conversation(scenario, policy, Fixtures.setup(scenario, agent.name()));
        VirtualRun.Result result = VirtualRun.run(conversation, new AgentReplay(conversation, agent), start);
        SessionScore score = ENGINE.score(Transcripts.of(scenario, result.started(), result.events()));
        out.add(new Run(scenario, agent, score));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Workshops start whenever the trainer runs them, so no verdict may depend on the hour or the weekday a run
   * starts: a promise "by 5pm tomorrow" made late in the day, or "by Friday" said on a Saturday, would.
   */
  @Test
  public void verdictsDoNotDependOnWhenARunStarts() {
    List<String> differ = new ArrayList<>();
    for (String start : List.of("2026-11-27T17:30:00Z", "2026-11-28T23:50:00Z", "2026-11-25T04:15:00Z")) {
      List<Run> later = runsStartingAt(Instant.parse(start));
      for (int i = 0; i < later.size(); i++) {
        Run base = runs().get(i);
        Run other = later.get(i);
        for (int r = 0; r < base.score().verdicts().size(); r++) {
          RuleVerdict a = base.score().verdicts().get(r);
          RuleVerdict b = other.score().verdicts().get(r);
          if (a.verdict() != b.verdict()) {
            differ.add(base.label() + " " + a.id() + ": " + a.verdict() + " from Mon 09:00, " + b.verdict() + " from "
                + start + " (" + b.explanation() + ")");
          }
        }
      }
    }
    assertTrue("verdicts that change with the start time:\n  " + String.join("\n  ", differ), differ.isEmpty());
  }

  private static List<Scenario> sorted(java.util.Collection<Scenario> scenarios) {
    return scenarios.stream().sorted((a, b) -> a.file().compareTo(b.file())).toList();
  }

  private static List<Run> english() {
    return inLanguage("en");
  }

  private static List<Run> inLanguage(String language) {
    return runs().stream().filter(r -> r.scenario().language().equals(language)).toList();
  }

  /** Per rule and verdict, the runs ("scenario / agent") that got it. */
  private static Map<String, Map<Verdict, List<String>>> coverage(List<Run> runs) {
    Map<String, Map<Verdict, List<String>>> out = new LinkedHashMap<>();
    for (String rule : ruleIds()) out.put(rule, new EnumMap<>(Verdict.class));
    for (Run run : runs) {
      for (RuleVerdict v : run.score().verdicts()) {
        Map<Verdict, List<String>> byVerdict = out.get(v.id());
        if (byVerdict != null) byVerdict.computeIfAbsent(v.verdict(), k -> new ArrayList<>()).add(run.label());
      }
    }
    return out;
  }

  /** A language's coverage, one line per rule: how many runs pass and fail it, and in which scenarios. */
  private static String coverageReport(String language, List<Run> runs) {
    StringBuilder out = new StringBuilder("rule coverage (" + language + ", "
        + runs.stream().map(r -> r.scenario().id()).distinct().count() + " scenarios, " + runs.size() + " runs)");
    coverage(runs).forEach((rule, byVerdict) -> {
      out.append("\n  ").append(rule).append(':');
      for (Verdict v : List.of(Verdict.PASS, Verdict.FAIL)) {
        List<String> labels = byVerdict.getOrDefault(v, List.of());
        Set<String> scenarios = new TreeSet<>();
        labels.forEach(l -> scenarios.add(l.substring(0, l.indexOf(" / "))));
        out.append(' ').append(v).append(' ').append(labels.size()).append(scenarios.isEmpty() ? "" : " " + scenarios)
            .append(';');
      }
    });
    return out.toString();
  }

  private static Set<String> languages() {
    return runs().stream().map(r -> r.scenario().language()).collect(Collectors.toCollection(TreeSet::new));
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
    Map<String, String> wrong = againstTheirKind(english());
    assertTrue("standard agents scoring against their kind: " + wrong, wrong.isEmpty());
  }

  /** by-the-book runs that fail, and reactive or policy-bound runs that pass. */
  private static Map<String, String> againstTheirKind(List<Run> runs) {
    Map<String, String> wrong = new LinkedHashMap<>();
    for (Run run : runs) {
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
    return wrong;
  }

  @Test
  public void everyLanguageReportsItsCoverageAndJudgesEverySessionRuleBothWays() {
    List<String> missing = new ArrayList<>();
    for (String language : languages()) {
      List<Run> runs = inLanguage(language);
      System.out.println(coverageReport(language, runs));
      Map<String, Map<Verdict, List<String>>> coverage = coverage(runs);
      for (String rule : ALWAYS_APPLICABLE) {
        for (Verdict v : List.of(Verdict.PASS, Verdict.FAIL)) {
          if (!coverage.get(rule).containsKey(v)) missing.add(language + ": " + rule + " is never " + v);
        }
      }
    }
    assertTrue("languages whose scenarios never pass or never fail a rule that judges every session:\n  "
        + String.join("\n  ", missing), missing.isEmpty());
  }

  @Test
  public void hindiScenariosExerciseEveryRuleTheyCanBeJudgedOnBothWays() {
    List<Run> hindi = inLanguage("hi");
    Map<String, Map<Verdict, List<String>>> coverage = coverage(hindi);
    List<String> missing = new ArrayList<>();
    for (String rule : ruleIds()) {
      Set<Verdict> verdicts = coverage.get(rule).keySet();
      if (UNJUDGED.get("hi").contains(rule)) {
        if (!verdicts.equals(Set.of(Verdict.NOT_APPLICABLE))) missing.add(rule + " is judged in Hindi: " + verdicts);
        continue;
      }
      List<Verdict> wanted = new ArrayList<>(List.of(Verdict.PASS, Verdict.FAIL));
      if (!ALWAYS_APPLICABLE.contains(rule)) wanted.add(Verdict.NOT_APPLICABLE);
      for (Verdict v : wanted) if (!verdicts.contains(v)) missing.add(rule + " is never " + v);
    }
    assertTrue("Hindi scenarios leave verdicts unexercised:\n  " + String.join("\n  ", missing) + "\n"
        + coverageReport("hi", hindi), missing.isEmpty());
  }

  @Test
  public void hindiScenariosSpreadOverChannelsWithTheStandardAgents() {
    List<Run> hindi = inLanguage("hi");
    Set<String> scenarios = hindi.stream().map(r -> r.scenario().id()).collect(Collectors.toCollection(TreeSet::new));
    assertTrue("only " + scenarios.size() + " Hindi scenarios", scenarios.size() >= 5);
    Set<Channel> channels = hindi.stream().map(r -> r.scenario().channel()).collect(Collectors.toSet());
    assertTrue("Hindi scenarios on only " + channels, channels.size() >= 4);
    List<String> lacking = new ArrayList<>();
    for (String id : scenarios) {
      Scenario s = library().get(id).orElseThrow();
      for (String agent : List.of("by-the-book", "reactive", "policy-bound")) {
        if (s.agent(agent).isEmpty()) lacking.add(id + " has no agent " + agent);
      }
    }
    assertTrue(String.join("; ", lacking), lacking.isEmpty());
    Map<String, String> wrong = againstTheirKind(hindi);
    assertTrue("standard agents scoring against their kind: " + wrong, wrong.isEmpty());
  }

  @Test
  public void hindiDemoWorkshopPlaysTheHindiScenariosWithThreeScriptedTrainees() throws Exception {
    Workshop demo = new WorkshopLoader(library().byId(), Set.of("default"))
        .load(Home.workshops().resolve("demo-hi.yaml"));
    assertEquals("default", demo.policy());
    assertEquals(Workshop.PRACTICE, demo.mode());
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    for (String id : demo.scenarios()) {
      Scenario s = library().get(id).orElseThrow();
      assertEquals(id + " is not a Hindi scenario", "hi", s.language());
      channels.add(s.channel());
    }
    assertTrue("channels " + channels, channels.size() >= 4);
    Map<String, String> agents = new TreeMap<>();
    demo.trainees().forEach(t -> agents.put(t.name(), t.agent()));
    assertEquals(Map.of("प्रिया", "by-the-book", "विकास", "reactive", "नीरज", "policy-bound"), agents);
    for (String id : demo.scenarios()) {
      Scenario s = library().get(id).orElseThrow();
      for (String agent : agents.values()) assertTrue(id + " has no agent " + agent, s.agent(agent).isPresent());
    }
  }

  @Test
  public void demoWorkshopSpreadsAcrossChannelsWithThreeScriptedTrainees() throws Exception {
    assertDemoWorkshop("demo.yaml", Map.of("sam", "by-the-book", "lee", "reactive", "pat", "policy-bound"));
  }

  // ---------------------------------------------------------------- Urdu

  @Test
  public void urduScenariosExerciseEveryRuleTheLanguageCanBeJudgedOnBothWays() {
    Map<String, Map<Verdict, List<String>>> seen = coverage(inLanguage("ur"));
    Set<String> unjudgeable = UNJUDGED.get("ur");
    List<String> missing = new ArrayList<>();
    for (String rule : ruleIds()) {
      if (unjudgeable.contains(rule)) continue;
      for (Verdict v : List.of(Verdict.PASS, Verdict.FAIL)) {
        if (!seen.get(rule).containsKey(v)) missing.add(rule + " is never " + v);
      }
    }
    assertTrue("Urdu scenarios leave verdicts unexercised:\n  " + String.join("\n  ", missing) + "\n"
        + coverageReport("ur", inLanguage("ur")), missing.isEmpty());
  }

  @Test
  public void urduScenariosCoverEveryChannel() {
    Set<String> absent = new TreeSet<>(Channel.ids());
    inLanguage("ur").forEach(r -> absent.remove(r.scenario().channel().id()));
    assertTrue("no Urdu scenario on " + absent, absent.isEmpty());
    long scenarios = inLanguage("ur").stream().map(r -> r.scenario().id()).distinct().count();
    assertTrue("only " + scenarios + " Urdu scenarios", scenarios >= 5);
  }

  @Test
  public void urduStandardAgentsPassOrFailAsTheirNamesSay() {
    List<Run> urdu = inLanguage("ur");
    for (String agent : List.of("by-the-book", "reactive", "policy-bound")) {
      List<String> without = urdu.stream().map(Run::scenario).distinct().filter(s -> s.agent(agent).isEmpty())
          .map(Scenario::id).toList();
      assertTrue("Urdu scenarios without a '" + agent + "' agent: " + without, without.isEmpty());
    }
    Map<String, String> wrong = againstTheirKind(urdu);
    assertTrue("standard agents scoring against their kind: " + wrong, wrong.isEmpty());
  }

  /** Urdu is written right to left in its own script: Latin letters only in order codes, emails and the like. */
  @Test
  public void urduLinesAreWrittenInUrduScript() {
    List<String> latin = new ArrayList<>();
    for (Scenario s : library().all()) {
      if (!s.language().equals("ur")) continue;
      Stream<String> customer = s.script().stream().flatMap(l -> Stream.of(l.say(), l.subject()));
      Stream<String> reactions = s.reactions().values().stream().map(ScenarioReaction::say);
      Stream<String> agents = s.agents().values().stream().flatMap(a -> a.steps().stream())
          .filter(AgentStep.Say.class::isInstance).map(AgentStep.Say.class::cast)
          .flatMap(say -> Stream.of(say.text(), say.subject()));
      Stream.of(customer, reactions, agents, Stream.of(s.title(), s.customer().name())).flatMap(x -> x)
          .filter(t -> t != null && !t.isBlank())
          .filter(t -> latinShare(t) > 0.1)
          .forEach(t -> latin.add(s.id() + ": " + t));
    }
    assertTrue("Urdu lines mostly in Latin letters:\n  " + String.join("\n  ", latin), latin.isEmpty());
  }

  /** The share of Latin letters among the letters of a text, leaving out words with digits or an @ (codes, emails). */
  private static double latinShare(String text) {
    String words = Stream.of(text.split("\\s+")).filter(w -> !w.matches(".*[\\d@].*"))
        .collect(Collectors.joining(" "));
    long letters = words.codePoints().filter(Character::isLetter).count();
    long latin = words.codePoints().filter(c -> Character.isLetter(c)
        && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
    return letters == 0 ? 0 : (double) latin / letters;
  }

  @Test
  public void urduDemoWorkshopSpreadsAcrossChannelsWithThreeScriptedTrainees() throws Exception {
    Workshop demo = assertDemoWorkshop("demo-ur.yaml",
        Map.of("sana", "by-the-book", "kamran", "reactive", "tariq", "policy-bound"));
    List<String> notUrdu = demo.scenarios().stream()
        .filter(id -> !library().get(id).orElseThrow().language().equals("ur")).toList();
    assertTrue("scenarios of the Urdu demo in another language: " + notUrdu, notUrdu.isEmpty());
    List<String> notUrduNames = demo.trainees().stream().map(t -> t.name()).filter(n -> latinShare(n) > 0).toList();
    assertTrue("trainees of the Urdu demo without an Urdu name: " + notUrduNames, notUrduNames.isEmpty());
  }

  private static Workshop assertDemoWorkshop(String file, Map<String, String> trainees) throws Exception {
    Workshop demo = new WorkshopLoader(library().byId(), Set.of("default"))
        .load(Home.workshops().resolve(file));
    assertEquals("default", demo.policy());
    assertEquals(Workshop.PRACTICE, demo.mode());
    assertTrue(demo.scenarios().size() >= 6 && demo.scenarios().size() <= 8);
    Set<Channel> channels = demo.scenarios().stream().map(id -> library().get(id).orElseThrow().channel())
        .collect(Collectors.toSet());
    assertTrue("channels " + channels, channels.size() >= 4);
    Map<String, String> agents = new TreeMap<>();
    demo.trainees().forEach(t -> agents.put(t.id(), t.agent()));
    assertEquals(trainees, agents);
    for (String id : demo.scenarios()) {
      Scenario s = library().get(id).orElseThrow();
      for (String agent : agents.values()) {
        assertTrue(id + " has no agent " + agent, s.agent(agent).isPresent());
      }
    }
    return demo;
  }

  @Test
  public void everyLanguageReportsTheRulesItsScenariosExerciseAndItsStandardAgentsBehave() {
    List<String> problems = new ArrayList<>();
    for (String language : languages()) {
      List<Run> runs = inLanguage(language);
      System.out.println(coverageReport(language, runs));
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
        + coverageReport("el", inLanguage("el")), missing.isEmpty());
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

  /** The rules that never get {@code verdict} in these runs. */
  private static List<String> never(Map<String, Map<Verdict, List<String>>> coverage, Verdict verdict) {
    return coverage.entrySet().stream().filter(e -> !e.getValue().containsKey(verdict)).map(Map.Entry::getKey).toList();
  }

}
