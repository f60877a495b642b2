package servicesim.simulation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import akka.actor.testkit.typed.javadsl.TestKitJunitResource;
import akka.persistence.testkit.javadsl.EventSourcedBehaviorTestKit;
import akka.serialization.jackson.JacksonObjectMapperProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.transcript.SessionEvent;

public class SessionEntityTest extends JUnitSuite {

  @ClassRule
  public static final TestKitJunitResource testKit = new TestKitJunitResource(
      ConfigFactory.parseResources("serialization.conf")
          .withFallback(EventSourcedBehaviorTestKit.config()));

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  private EventSourcedBehaviorTestKit<SessionEntity.Command, SessionEvent, SessionEntity.State> kit;

  @Before
  public void setUp() {
    kit = EventSourcedBehaviorTestKit.create(testKit.system(),
        SessionEntity.create("s-1", Fixtures.CATALOG, java.time.Clock.systemUTC(), new SessionEntity.Tags(4), testKit.system()));
  }

  private void start() {
    kit.<SessionEntity.Reply>runCommand(r -> new SessionEntity.Start(Fixtures.setup("s-1", "by-the-book"), Fixtures.T0, r));
  }

  @Test
  public void startRecordsTheSessionWithoutLookups() {
    var result = kit.<SessionEntity.Reply>runCommand(
        r -> new SessionEntity.Start(Fixtures.setup("s-1", "by-the-book"), Fixtures.T0, r));
    SessionEvent.SessionStarted e = result.eventOfType(SessionEvent.SessionStarted.class);
    assertEquals("refund-defective-unit", e.scenarioId());
    assertEquals("phone", e.channel());
    assertEquals("Maria Lopez", e.customerName());
    assertEquals(HashChain.GENESIS, e.prevHash());
    assertEquals(64, e.hash().length());
    assertTrue(result.reply().ok());
    assertEquals("the reply carries what the start stored", List.of(e), result.reply().stored());
    var again = kit.<SessionEntity.Reply>runCommand(
        r -> new SessionEntity.Start(Fixtures.setup("s-1", "by-the-book"), Fixtures.T0, r));
    assertEquals(List.of(), again.reply().stored());
  }

  @Test
  public void agentMessageIsJudgedByTheCustomerAndChained() {
    start();
    var result = kit.<SessionEntity.Reply>runCommand(r -> new SessionEntity.AgentSay(
        "Thank you for calling Acme Electronics, this is Sam. I'm so sorry to keep you waiting, how can I help?",
        null, Fixtures.T0.plusSeconds(4), r));
    List<SessionEvent> events = result.events();
    SessionEvent.AgentMessageSent said = (SessionEvent.AgentMessageSent) events.get(0);
    assertEquals(2, said.seqNr());
    assertTrue(said.acts().containsAll(List.of("own-name", "org-name", "offer-help", "apology")));
    SessionEvent.CustomerMoodChanged mood = (SessionEvent.CustomerMoodChanged) events.get(1);
    assertEquals("apology", mood.cause());
    assertEquals(-1, mood.moodBefore());
    assertEquals(0, mood.moodAfter());
    assertEquals(said.hash(), mood.prevHash());
    assertEquals(events, result.reply().stored());
  }

  @Test
  public void customerTurnHappensOnlyWhenDue() {
    start();
    kit.<SessionEntity.Reply>runCommand(r -> new SessionEntity.AgentSay(
        "Acme Electronics, Sam speaking, how can I help?", null, Fixtures.T0.plusSeconds(4), r));
    var early = kit.<SessionEntity.Reply>runCommand(
        r -> new SessionEntity.CustomerTurn(Fixtures.T0.plusSeconds(5), r));
    assertTrue(early.hasNoEvents());
    var due = kit.<SessionEntity.Reply>runCommand(
        r -> new SessionEntity.CustomerTurn(Fixtures.T0.plusSeconds(6), r));
    SessionEvent.CustomerMessageSent line = due.eventOfType(SessionEvent.CustomerMessageSent.class);
    assertEquals(0, line.line());
    assertEquals(false, line.turnComplete());
  }

  @Test
  public void theHashChainOfStoredEventsVerifies() {
    start();
    kit.<SessionEntity.Reply>runCommand(r -> new SessionEntity.AgentSay(
        "Acme Electronics, Sam speaking, how can I help?", null, Fixtures.T0.plusSeconds(4), r));
    kit.<SessionEntity.Reply>runCommand(r -> new SessionEntity.CustomerTurn(Fixtures.T0.plusSeconds(6), r));
    kit.<SessionEntity.Reply>runCommand(r -> new SessionEntity.AgentAct("resolve", Map.of("how", "refund"),
        Fixtures.T0.plusSeconds(9), r));
    ObjectMapper mapper = JacksonObjectMapperProvider.get(testKit.system()).getOrCreate("jackson-json", Optional.empty());
    HashChain chain = new HashChain(mapper);
    List<Map.Entry<Long, JsonNode>> stored = new ArrayList<>();
    for (Object e : kit.persistenceTestKit().persistedInStorage("Session|s-1")) {
      SessionEvent event = (SessionEvent) e;
      stored.add(Map.entry(event.seqNr(), mapper.valueToTree(event)));
    }
    assertTrue(chain.verify("Session|s-1", stored).intact());

    JsonNode altered = stored.get(1).getValue().deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) altered).put("text", "Acme, what now?");
    stored.set(1, Map.entry(2L, altered));
    HashChain.Check check = chain.verify("Session|s-1", stored);
    assertEquals(Long.valueOf(2), check.firstBrokenSeqNr());
  }

  @Test
  public void aRestartRecoversTheConversation() {
    start();
    kit.<SessionEntity.Reply>runCommand(r -> new SessionEntity.AgentSay(
        "Acme Electronics, Sam speaking, I'm sorry, how can I help?", null, Fixtures.T0.plusSeconds(4), r));
    SessionEntity.State before = kit.getState();
    kit.restart();
    assertEquals(before, kit.getState());
  }

  @Test
  public void anEndedSessionTakesNoMoreMessages() {
    start();
    kit.<SessionEntity.Reply>runCommand(r -> new SessionEntity.End("trainer", Fixtures.T0.plusSeconds(2), r));
    var result = kit.<SessionEntity.Reply>runCommand(
        r -> new SessionEntity.AgentSay("Hello?", null, Fixtures.T0.plusSeconds(3), r));
    assertTrue(result.hasNoEvents());
    assertEquals("session s-1 has ended", result.reply().rejected().message());
  }

  @Test
  public void unknownActionsAndMissingFieldsAreRejected() {
    start();
    var unknown = kit.<SessionEntity.Reply>runCommand(
        r -> new SessionEntity.AgentAct("bribe", Map.of(), Fixtures.T0.plusSeconds(3), r));
    assertTrue(unknown.reply().rejected().message().startsWith("unknown action 'bribe'"));
    var missing = kit.<SessionEntity.Reply>runCommand(
        r -> new SessionEntity.AgentAct("resolve", Map.of(), Fixtures.T0.plusSeconds(3), r));
    assertEquals("action 'resolve' needs the field 'how'", missing.reply().rejected().message());
  }
}
