package servicesim.scenario.conversation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.transcript.SessionEvent;
import servicesim.scenario.Fixtures;
import servicesim.scenario.Scenario;

public class VirtualRunTest extends JUnitSuite {

  static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

  static VirtualRun.Result run(Scenario scenario, String agentKey) {
    var script = scenario.agent(agentKey).orElseThrow();
    Conversation c = new Conversation(scenario, Fixtures.policy(), Fixtures.setup(scenario, script.name()));
    return VirtualRun.run(c, new AgentReplay(c, script), START);
  }

  static String log(VirtualRun.Result r) {
    return r.events().stream().map(e -> Duration.between(START, e.at()).toSeconds() + "s " + e)
        .collect(Collectors.joining("\n"));
  }

  @Test
  public void byTheBookAgentLetsTheCustomerFinishAndEndsSatisfied() {
    VirtualRun.Result r = run(Fixtures.library("en/refund-defective-unit.yaml"), "by-the-book");
    String log = log(r);
    assertTrue(log, r.state().ended());
    assertEquals(log, "satisfied", r.state().customer().outcome());
    assertFalse(log, r.events().stream().anyMatch(e -> e instanceof SessionEvent.AgentMessageSent m && m.interruption()));
    assertTrue(log, r.state().questions().answered().contains("refund-timeline"));
    SessionEvent.AgentMessageSent first = (SessionEvent.AgentMessageSent) r.events().get(0);
    assertEquals(START.plusSeconds(4), first.at());
    assertTrue(log, first.acts().containsAll(List.of("own-name", "org-name", "offer-help")));
  }

  @Test
  public void reactiveAgentInterruptsAndLeavesTheQuestionOpen() {
    VirtualRun.Result r = run(Fixtures.library("en/refund-defective-unit.yaml"), "reactive");
    String log = log(r);
    assertTrue(log, r.events().stream().anyMatch(e -> e instanceof SessionEvent.AgentMessageSent m && m.interruption()));
    assertFalse(log, r.state().questions().answered().contains("refund-timeline"));
    assertTrue(log, r.events().stream().anyMatch(e -> e instanceof SessionEvent.CustomerMessageSent m
        && m.text().equals("Please, let me finish.")));
    assertTrue(log, List.of("unsatisfied", "hung-up").contains(r.state().customer().outcome()));
  }

  @Test
  public void policyBoundAgentProvokesTheScenarioReactionLine() {
    VirtualRun.Result r = run(Fixtures.library("en/refund-defective-unit.yaml"), "policy-bound");
    String log = log(r);
    assertTrue(log, r.events().stream().anyMatch(e -> e instanceof SessionEvent.CustomerMessageSent m
        && m.text().equals("So your policy matters more than your customer?")));
    assertTrue(log, r.events().stream().anyMatch(e -> e instanceof SessionEvent.CustomerMoodChanged c
        && c.cause().equals("policy-as-weapon") && c.moodAfter() == c.moodBefore() - 2));
  }

  @Test
  public void replayIsDeterministic() {
    Scenario s = Fixtures.library("en/refund-defective-unit.yaml");
    assertEquals(run(s, "by-the-book").events(), run(s, "by-the-book").events());
  }
}
