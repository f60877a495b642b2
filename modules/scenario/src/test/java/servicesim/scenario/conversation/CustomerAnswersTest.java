package servicesim.scenario.conversation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.SessionEvent;
import servicesim.scenario.Fixtures;
import servicesim.scenario.Scenario;

/** The customer answers what they are asked, and waits while a promise holds: the pure conversation decides. */
public class CustomerAnswersTest extends JUnitSuite {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  private static final String PHONE = """
      id: phone-details
      title: Phone
      language: en
      channel: phone
      organisation: Acme Electronics
      facts: {complaint: true}
      customer:
        name: Maria Lopez
        phone: "+1 555 0100"
        address: "12 Elm Street, Springfield"
        knows:
          reference: "A-10442"
          purchasedOn: {value: "last Tuesday", askedBy: ["when did you buy"]}
        prefers: "A replacement, please."
      script:
        - say: "Hi. The unit I ordered doesn't work."
        - say: "Fine. Thanks."
      """;

  private static Conversation conversation(String yaml) {
    Scenario s = Fixtures.parse(yaml);
    return new Conversation(s, Fixtures.policy(), Fixtures.setup(s, "Sam"));
  }

  private static SessionEvent.CustomerMessageSent nextLine(Conversation c, ConversationState s) {
    return (SessionEvent.CustomerMessageSent) c.nextCustomerMove(s).orElseThrow().events().get(0);
  }

  private static ConversationState say(Conversation c, ConversationState s, String text, Instant at) {
    return c.applyAll(s, c.agentSays(s, text, null, at));
  }

  /** The greeting and the customer's opening line. */
  private static ConversationState opened(Conversation c) {
    ConversationState s = say(c, c.start(T0), "Thank you for calling Acme Electronics, this is Sam. How can I help?",
        T0.plusSeconds(3));
    return c.applyAll(s, c.nextCustomerMove(s).orElseThrow().events());
  }

  @Test
  public void askedForTheirDetailsTheCustomerGivesThemBeforeTheNextScriptLine() {
    Conversation c = conversation(PHONE);
    ConversationState s = opened(c);
    List<SessionEvent> said = c.agentSays(s, "Could I have your name, your phone number and your address, please?",
        null, T0.plusSeconds(10));
    assertEquals(List.of("name", "phone", "address"), ((SessionEvent.AgentMessageSent) said.get(0)).asked());
    s = c.applyAll(s, said);
    SessionEvent.CustomerMessageSent answer = nextLine(c, s);
    assertEquals(SessionEvent.CustomerMessageSent.ANSWER, answer.kind());
    assertEquals("My name is Maria Lopez. My number is +1 555 0100. My address is 12 Elm Street, Springfield.",
        answer.text());
    assertTrue(answer.turnComplete());
    assertEquals(Map.of("name", "Maria Lopez", "phone", "+1 555 0100", "address", "12 Elm Street, Springfield"),
        answer.details());
    s = c.applyAll(s, List.of(answer));
    assertEquals("having answered, the customer goes on with what they came to say", "Fine. Thanks.",
        nextLine(c, s).text());
  }

  @Test
  public void whatTheyKnowAndPreferIsAnsweredAndWhatTheyDoNotKnowIsSaidSo() {
    Conversation c = conversation(PHONE);
    ConversationState s = say(c, opened(c), "Do you have the order number? And when did you buy it?", T0.plusSeconds(10));
    assertEquals("It's A-10442. It's last Tuesday.", nextLine(c, s).text());
    s = say(c, opened(c), "What's your email address?", T0.plusSeconds(10));
    assertEquals("Sorry, I don't know that.", nextLine(c, s).text());
    s = say(c, opened(c), "How would you like us to put this right?", T0.plusSeconds(10));
    assertEquals("A replacement, please.", nextLine(c, s).text());
  }

  @Test
  public void eachLanguageAnswersInItsOwnWords() {
    String ur = PHONE.replace("language: en", "language: ur").replace("Maria Lopez", "ثنا ملک");
    Conversation c = conversation(ur);
    ConversationState s = say(c, c.start(T0), "aap ka naam kya hai?", T0.plusSeconds(3));
    assertEquals("میرا نام ثنا ملک ہے۔", nextLine(c, s).text());
    Conversation el = conversation(PHONE.replace("language: en", "language: el"));
    s = say(el, el.start(T0), "Το τηλέφωνό σας παρακαλώ;", T0.plusSeconds(3));
    assertEquals("Το τηλέφωνό μου είναι +1 555 0100.", nextLine(el, s).text());
    Conversation hi = conversation(PHONE.replace("language: en", "language: hi"));
    s = say(hi, hi.start(T0), "aapka pata kya hai?", T0.plusSeconds(3));
    assertEquals("मेरा पता 12 Elm Street, Springfield है।", nextLine(hi, s).text());
  }

  private static final String MULTI_STAGE = """
      id: chat-multi-stage
      title: Chat repair
      language: en
      channel: chat
      organisation: Fibrelink
      facts: {complaint: true, resolution: {takes: 3d, updateEvery: 1d}}
      customer: {name: Ann Bell, mood: 0, patience: 2, nudgeAfter: 5m, maxNudges: 1}
      script:
        - say: "My internet keeps dropping."
        - say: "OK, thanks."
      """;

  @Test
  public void aPromisedTimeIsWaitingNotSilenceUntilItPasses() {
    Conversation c = conversation(MULTI_STAGE.replace(", resolution: {takes: 3d, updateEvery: 1d}", ""));
    ConversationState s = c.applyAll(c.start(T0), c.nextCustomerMove(c.start(T0)).orElseThrow().events());
    Instant said = T0.plusSeconds(30);
    s = say(c, s, "I'm sorry. A technician will call you within 24 hours.", said);
    s = c.applyAll(s, c.nextCustomerMove(s).orElseThrow().events()); // "OK, thanks."
    Conversation.Move next = c.nextCustomerMove(s).orElseThrow();
    assertEquals(Conversation.Move.Kind.SILENCE, next.kind());
    assertEquals("the customer nudges only once the promise is broken", said.plus(Duration.ofHours(24))
        .plus(Duration.ofMinutes(5)), next.at());
  }

  @Test
  public void aMultiStageRepairKeptUpToDateIsNoSilenceAndAMissedUpdateIs() {
    Conversation c = conversation(MULTI_STAGE);
    ConversationState s = c.applyAll(c.start(T0), c.nextCustomerMove(c.start(T0)).orElseThrow().events());
    s = say(c, s, "I'm sorry, we are on it and I will keep you posted.", T0.plusSeconds(30));
    s = c.applyAll(s, c.nextCustomerMove(s).orElseThrow().events()); // "OK, thanks."
    Instant update = T0.plus(Duration.ofHours(20));
    s = c.applyAll(s, c.agentActs(s, ActionType.STATUS_UPDATE, Map.of("text", "engineer booked"), update));
    Conversation.Move next = c.nextCustomerMove(s).orElseThrow();
    assertEquals(update.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(5)), next.at());
    s = c.applyAll(s, c.agentActs(s, ActionType.RESOLVE, Map.of("how", "fixed"), update.plusSeconds(60)));
    assertEquals("once resolved, silence is silence again", Conversation.Move.Kind.SILENCE,
        c.nextCustomerMove(s).orElseThrow().kind());
    assertTrue(c.nextCustomerMove(s).orElseThrow().at().isBefore(update.plus(Duration.ofHours(1))));
  }

  @Test
  public void waitingSkipsToTheCustomersNextMoveOrShortlyBeforeAPromisedTime() {
    String email = MULTI_STAGE.replace("channel: chat", "channel: email")
        .replace("  - say: \"OK, thanks.\"", "  - say: \"OK, thanks.\"\n    after: 2h");
    Conversation c = conversation(email);
    ConversationState s = c.applyAll(c.start(T0), c.nextCustomerMove(c.start(T0)).orElseThrow().events());
    Instant said = T0.plus(Duration.ofHours(1));
    s = say(c, s, "I'm sorry. A technician will visit within 24 hours.", said);
    SessionEvent.AgentWaited waited = c.waitFor(s, said.plusSeconds(5)).orElseThrow();
    assertEquals("customer", waited.until());
    assertEquals(said.plus(Duration.ofHours(2)), waited.to());
    s = c.apply(s, waited);
    assertEquals(Duration.between(said.plusSeconds(5), said.plus(Duration.ofHours(2))), s.waiting().skipped());
    assertEquals("the simulated clock moves on by what was skipped", said.plus(Duration.ofHours(2)).plusSeconds(10),
        s.simulatedAt(said.plusSeconds(15), 1));
    s = c.applyAll(s, c.nextCustomerMove(s).orElseThrow().events()); // "OK, thanks."
    SessionEvent.AgentWaited untilPromise = c.waitFor(s, said.plus(Duration.ofHours(2))).orElseThrow();
    assertEquals("promise", untilPromise.until());
    assertEquals(said.plus(Duration.ofHours(24)).minus(Conversation.PROMISE_MARGIN), untilPromise.to());
  }

  @Test
  public void aLiveClockRunsAtItsTimeScale() {
    Conversation c = conversation(PHONE);
    ConversationState s = c.start(T0);
    assertEquals(T0.plus(Duration.ofHours(1)), s.simulatedAt(T0.plusSeconds(10), 360));
    assertEquals(T0.plusSeconds(10), s.simulatedAt(T0.plusSeconds(10), 1));
  }
}
