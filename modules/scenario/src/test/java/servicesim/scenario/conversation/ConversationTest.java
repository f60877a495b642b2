package servicesim.scenario.conversation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.SessionEvent;
import servicesim.scenario.Fixtures;
import servicesim.scenario.Scenario;

public class ConversationTest extends JUnitSuite {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  private static final String CHAT = """
      id: chat-basic
      title: Chat
      language: en
      channel: chat
      organisation: Acme Electronics
      facts: {complaint: true}
      customer: {name: Ann Bell, mood: 0, patience: 1, nudgeAfter: 60s, maxNudges: 1}
      script:
        - say: "My order is late."
        - say: "It was due yesterday."
          part: true
        - say: "Thanks."
          when: agent.apologized
        - say: "Hmm."
          when: not agent.apologized
      """;

  private static Conversation conversation(String yaml) {
    Scenario s = Fixtures.parse(yaml);
    return new Conversation(s, Fixtures.policy(), Fixtures.setup(s, "Sam"));
  }

  private static ConversationState step(Conversation c, ConversationState s) {
    Conversation.Move m = c.nextCustomerMove(s).orElseThrow();
    return c.applyAll(s, m.events());
  }

  @Test
  public void customerOpensChatAndContinuesTheirTurnBeforeWaiting() {
    Conversation c = conversation(CHAT);
    ConversationState s = c.start(T0);
    Conversation.Move first = c.nextCustomerMove(s).orElseThrow();
    assertEquals(T0.plusSeconds(2), first.at());
    SessionEvent.CustomerMessageSent m = (SessionEvent.CustomerMessageSent) first.events().get(0);
    assertFalse("a part follows, so the turn is not complete", m.turnComplete());
    s = c.applyAll(s, first.events());
    assertTrue(s.script().midTurn());
    s = step(c, s);
    assertFalse(s.script().midTurn());
    assertTrue(s.floor().awaitingAgent());
  }

  @Test
  public void silenceLeadsToANudgeThenAHangUp() {
    Conversation c = conversation(CHAT);
    ConversationState s = step(c, step(c, c.start(T0)));
    Conversation.Move nudge = c.nextCustomerMove(s).orElseThrow();
    assertEquals(Conversation.Move.Kind.SILENCE, nudge.kind());
    assertEquals(T0.plusSeconds(4 + 60), nudge.at());
    assertTrue(nudge.events().get(0) instanceof SessionEvent.CustomerNudged);
    assertTrue("the silence reaction lowers the mood", nudge.events().stream()
        .anyMatch(e -> e instanceof SessionEvent.CustomerMoodChanged mc && mc.cause().equals("silence")));
    s = c.applyAll(s, nudge.events());
    Conversation.Move hangUp = c.nextCustomerMove(s).orElseThrow();
    assertEquals(T0.plusSeconds(4 + 120), hangUp.at());
    s = c.applyAll(s, hangUp.events());
    assertTrue(s.ended());
    assertEquals("hung-up", s.customer().outcome());
  }

  @Test
  public void aScenariosSilenceLineIsTheNudgeAndIsNotSaidAgain() {
    Conversation c = conversation(CHAT + """
        reactions:
          silence: {mood: -1, say: "Is anyone reading this?"}
        """);
    ConversationState s = step(c, step(c, c.start(T0)));
    Conversation.Move nudge = c.nextCustomerMove(s).orElseThrow();
    assertEquals("Is anyone reading this?", ((SessionEvent.CustomerNudged) nudge.events().get(0)).text());
    s = c.applyAll(s, nudge.events());
    assertEquals(List.of(), s.script().pending());
    assertEquals(Conversation.Move.Kind.SILENCE, c.nextCustomerMove(s).orElseThrow().kind());
  }

  @Test
  public void patienceLostAtANudgeHangsUpAfterTheNudge() {
    Conversation c = conversation(CHAT.replace("maxNudges: 1", "maxNudges: 3") + """
        reactions:
          silence: {mood: -1, patience: -2}
        """);
    ConversationState s = step(c, step(c, c.start(T0)));
    Conversation.Move nudge = c.nextCustomerMove(s).orElseThrow();
    s = c.applyAll(s, nudge.events());
    Conversation.Move leave = c.nextCustomerMove(s).orElseThrow();
    assertTrue(leave.events().get(0) instanceof SessionEvent.CustomerHungUp h && h.reason().equals("patience"));
    assertTrue("hangs up at " + leave.at() + ", before the nudge at " + nudge.at(), leave.at().isAfter(nudge.at()));
  }

  @Test
  public void anAgentReplyResetsTheSilenceClockAndGuardsPickTheLine() {
    Conversation c = conversation(CHAT);
    ConversationState s = step(c, step(c, c.start(T0)));
    s = c.applyAll(s, c.agentSays(s, "I'm sorry about the delay.", null, T0.plusSeconds(30)));
    Conversation.Move next = c.nextCustomerMove(s).orElseThrow();
    assertEquals(T0.plusSeconds(32), next.at());
    assertEquals("Thanks.", ((SessionEvent.CustomerMessageSent) next.events().get(0)).text());
  }

  @Test
  public void speakingDuringAMultiPartTurnIsAnInterruption() {
    Conversation c = conversation(CHAT);
    ConversationState s = step(c, c.start(T0));
    List<SessionEvent> events = c.agentSays(s, "Okay.", null, T0.plusSeconds(3));
    assertTrue(((SessionEvent.AgentMessageSent) events.get(0)).interruption());
    s = c.applyAll(s, events);
    assertTrue(s.agent().interrupted());
    Conversation.Move protest = c.nextCustomerMove(s).orElseThrow();
    SessionEvent.CustomerMessageSent m = (SessionEvent.CustomerMessageSent) protest.events().get(0);
    assertEquals("reaction", m.kind());
    assertFalse("the customer still has a part to say", m.turnComplete());
  }

  @Test
  public void unhelpfulRepliesExhaustPatienceAndTheCustomerHangsUp() {
    Conversation c = conversation(CHAT);
    ConversationState s = step(c, step(c, c.start(T0)));
    s = c.applyAll(s, c.agentSays(s, "We'll look into it.", null, T0.plusSeconds(10)));
    assertEquals(0, s.customer().patience());
    s = c.applyAll(s, c.agentSays(s, "Someone will get back to you soon.", null, T0.plusSeconds(12)));
    assertEquals(-1, s.customer().patience());
    Conversation.Move leave = c.nextCustomerMove(s).orElseThrow();
    assertTrue(leave.events().get(0) instanceof SessionEvent.CustomerHungUp h && h.reason().equals("patience"));
    assertEquals("hung-up", ((SessionEvent.SessionEnded) leave.events().get(1)).outcome());
  }

  @Test
  public void positiveReactionsCountOnceNegativeOnesEveryTime() {
    Conversation c = conversation(CHAT);
    ConversationState s = step(c, step(c, c.start(T0)));
    s = c.applyAll(s, c.agentSays(s, "I'm sorry.", null, T0.plusSeconds(5)));
    int afterFirst = s.customer().mood();
    s = c.applyAll(s, c.agentSays(s, "Really, I'm so sorry.", null, T0.plusSeconds(6)));
    assertEquals(afterFirst, s.customer().mood());
    s = c.applyAll(s, c.agentSays(s, "Sorry, it's company policy.", null, T0.plusSeconds(7)));
    s = c.applyAll(s, c.agentSays(s, "Company policy, I said.", null, T0.plusSeconds(8)));
    assertEquals(afterFirst - 4, s.customer().mood());
  }

  @Test
  public void proactiveCustomerGetsInTouchLateUnlessContactedFirst() {
    String yaml = """
        id: outage
        title: Outage
        language: en
        channel: phone
        organisation: Acme Telecom
        facts: {proactive: {alertAt: 0s, customerContactsAt: 2h, alert: "Outage in Springfield"}}
        customer: {name: Bo Diaz}
        script:
          - say: "Oh, thanks for letting me know."
            when: agent.contacted-first
          - say: "My TV has been out for two hours!"
            when: not agent.contacted-first
        """;
    Conversation c = conversation(yaml);
    ConversationState s = c.start(T0);
    Conversation.Move late = c.nextCustomerMove(s).orElseThrow();
    assertEquals(T0.plus(Duration.ofHours(2)).plusSeconds(2), late.at());
    assertEquals("My TV has been out for two hours!",
        ((SessionEvent.CustomerMessageSent) late.events().get(0)).text());

    s = c.applyAll(s, c.agentActs(s, ActionType.CONTACT_CUSTOMER, Map.of("text", "Outage notice"), T0.plusSeconds(600)));
    assertTrue(s.agent().contactedFirst());
    Conversation.Move early = c.nextCustomerMove(s).orElseThrow();
    assertEquals(T0.plusSeconds(602), early.at());
    assertEquals("Oh, thanks for letting me know.", ((SessionEvent.CustomerMessageSent) early.events().get(0)).text());
  }

  @Test
  public void voicemailWaitsForTheCallbackThenForTheAgentsGreeting() {
    String yaml = """
        id: vm
        title: Voicemail
        language: en
        channel: voicemail
        organisation: Acme Electronics
        customer: {name: Cy Park, nudgeAfter: 24h, maxNudges: 1}
        script:
          - say: "Hi, it's Cy Park, please call me back about my order."
          - say: "Hello? Oh, thanks for calling back."
        """;
    Conversation c = conversation(yaml);
    ConversationState s = step(c, c.start(T0));
    assertTrue(s.floor().awaitingAgent());
    s = c.applyAll(s, c.agentActs(s, ActionType.CALLBACK, Map.of(), T0.plus(Duration.ofHours(1))));
    assertEquals(Optional.empty(), c.nextCustomerMove(s));
    s = c.applyAll(s, c.agentSays(s, "Hi Cy, it's Sam from Acme Electronics returning your call.", null,
        T0.plus(Duration.ofHours(1)).plusSeconds(5)));
    SessionEvent.CustomerMessageSent reply =
        (SessionEvent.CustomerMessageSent) c.nextCustomerMove(s).orElseThrow().events().get(0);
    assertEquals("Hello? Oh, thanks for calling back.", reply.text());
  }

  @Test
  public void questionsAreAnsweredByPhrasesOrActs() {
    String yaml = """
        id: q
        title: Questions
        language: en
        channel: email
        organisation: Acme Electronics
        customer: {name: Di Vo}
        script:
          - say: "When does my refund arrive, and can I keep the old unit?"
            asks: [refund-when, keep-unit]
          - say: "Thanks."
        questions:
          refund-when: {answeredBy: ["act:concrete-timeline"]}
          keep-unit: {answeredBy: ["keep the old unit", "keep it"]}
        """;
    Conversation c = conversation(yaml);
    ConversationState s = step(c, c.start(T0));
    List<SessionEvent> reply = c.agentSays(s, "Your refund arrives within 3 business days.", null, T0.plusSeconds(3600));
    SessionEvent.AgentMessageSent m = (SessionEvent.AgentMessageSent) reply.get(0);
    assertEquals(List.of("refund-when"), m.answered());
    assertEquals(List.of("keep-unit"), m.unanswered());
    s = c.applyAll(s, reply);
    s = c.applyAll(s, c.agentSays(s, "And yes, you can keep it.", null, T0.plusSeconds(3700)));
    assertTrue(s.questions().answered().containsAll(List.of("refund-when", "keep-unit")));
  }

  @Test
  public void aScenarioGivesItsOwnHangUpLine() {
    String yaml = CHAT.replace("script:", "reactions:\n  hang-up: {say: \"I'll write to your head office instead.\"}\nscript:");
    Conversation c = conversation(yaml);
    ConversationState s = step(c, step(c, c.start(T0)));
    s = c.applyAll(s, c.nextCustomerMove(s).orElseThrow().events());
    SessionEvent.CustomerHungUp h = (SessionEvent.CustomerHungUp) c.nextCustomerMove(s).orElseThrow().events().get(0);
    assertEquals("I'll write to your head office instead.", h.text());
  }

  @Test
  public void aPromiseThatComesWithATimeDoesNotUpsetTheCustomer() {
    Conversation c = conversation(CHAT);
    ConversationState s = step(c, step(c, c.start(T0)));
    ConversationState redeemed = c.applyAll(s, c.agentSays(s, "We'll get back to you by 5pm tomorrow.", null,
        T0.plusSeconds(10)));
    assertEquals(1, redeemed.customer().patience());
    ConversationState vague = c.applyAll(s, c.agentSays(s, "We'll get back to you.", null, T0.plusSeconds(10)));
    assertEquals(0, vague.customer().patience());
  }
}
