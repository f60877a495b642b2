package servicesim.simulation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import akka.actor.testkit.typed.javadsl.TestKitJunitResource;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.Behavior;
import akka.actor.typed.RecipientRef;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.typed.Cluster;
import akka.cluster.typed.Join;
import akka.persistence.testkit.PersistenceTestKitPlugin;
import akka.persistence.testkit.PersistenceTestKitSnapshotPlugin;
import akka.persistence.testkit.javadsl.PersistenceTestKit;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.scenario.conversation.AgentReplay;
import servicesim.scenario.conversation.Conversation;
import servicesim.policy.transcript.SessionEvent;
import servicesim.scenario.conversation.VirtualRun;

/** A scripted run through sharded entities, actors and a journal persists exactly the pure reference run. */
public class ScriptedRunTest extends JUnitSuite {

  @ClassRule
  public static final TestKitJunitResource testKit = new TestKitJunitResource(
      ConfigFactory.parseResources("serialization.conf")
          .withFallback(ConfigFactory.parseResources("cluster.conf"))
          .withFallback(PersistenceTestKitPlugin.getInstance().config())
          .withFallback(PersistenceTestKitSnapshotPlugin.config())
          .withFallback(ConfigFactory.load()).resolve());

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  @BeforeClass
  public static void formCluster() {
    Cluster cluster = Cluster.get(testKit.system());
    cluster.manager().tell(Join.create(cluster.selfMember().address()));
    SessionEntity.init(testKit.system(), Fixtures.CATALOG, java.time.Clock.systemUTC(), new SessionEntity.Tags(4));
  }

  @Test
  public void everyAgentOfTheSeedScenarioPersistsTheReferenceRun() {
    List<WorkshopRunner.Job> jobs = new ArrayList<>();
    for (String agent : List.of("by-the-book", "reactive", "policy-bound")) {
      var script = Fixtures.REFUND.agent(agent).orElseThrow();
      Conversation c = new Conversation(Fixtures.REFUND, Fixtures.POLICY, Fixtures.setup("run-1." + agent, agent));
      jobs.add(new WorkshopRunner.Job(Fixtures.T0, c, script));
    }
    TestProbe<WorkshopRunner.Progress> progress = testKit.createTestProbe();
    TestProbe<WorkshopRunner.Completed> done = testKit.createTestProbe();
    testKit.spawn(WorkshopRunner.create()).tell(new WorkshopRunner.Run(jobs, 2, progress.getRef(), done.getRef()));
    WorkshopRunner.Completed completed = done.receiveMessage(Duration.ofSeconds(30));
    assertEquals(3, completed.results().size());
    completed.results().forEach(r -> assertNull(r.sessionId() + ": " + r.failure(), r.failure()));

    PersistenceTestKit journal = PersistenceTestKit.create(testKit.system());
    for (WorkshopRunner.Job job : jobs) {
      VirtualRun.Result reference = VirtualRun.run(job.conversation(), new AgentReplay(job.conversation(), job.script()),
          Fixtures.T0);
      List<SessionEvent> persisted = new ArrayList<>();
      List<Object> stored = journal.persistedInStorage("Session|" + job.setup().sessionId());
      for (Object e : stored.subList(1, stored.size())) {
        SessionEvent event = (SessionEvent) e;
        persisted.add(event.chained(event.seqNr(), null, null));
      }
      assertEquals(job.setup().sessionId(), reference.events(), persisted);
    }
  }

  /**
   * Stands between a driver and its session like a cluster in trouble: loses every third message on the way, and every
   * seventh holds everything after it for a while before passing it on in order (as a shard being handed over does).
   */
  private static Behavior<Object> unreliable(RecipientRef<SessionEntity.Command> session) {
    Object release = "release";
    int[] count = {0};
    return Behaviors.withStash(1000, stash -> Behaviors.withTimers(timers -> {
      class Link {
        Behavior<Object> passing() {
          return Behaviors.receive(Object.class).onAnyMessage(cmd -> {
            count[0]++;
            if (count[0] % 3 == 0) return Behaviors.same();
            session.tell((SessionEntity.Command) cmd);
            if (count[0] % 7 != 0) return Behaviors.same();
            timers.startSingleTimer(release, Duration.ofMillis(400));
            return holding();
          }).build();
        }

        Behavior<Object> holding() {
          return Behaviors.receive(Object.class).onAnyMessage(cmd -> {
            if (cmd == release) return stash.unstashAll(passing());
            stash.stash(cmd);
            return Behaviors.same();
          }).build();
        }
      }
      return new Link().passing();
    }));
  }

  @Test
  public void aDriverWhoseCommandsAreLostOrHeldStillPersistsTheReferenceRunOnce() {
    var script = Fixtures.REFUND.agent("by-the-book").orElseThrow();
    Conversation c = new Conversation(Fixtures.REFUND, Fixtures.POLICY, Fixtures.setup("lossy-1.by-the-book",
        "by-the-book"));
    WorkshopRunner.Job job = new WorkshopRunner.Job(Fixtures.T0, c, script);
    RecipientRef<SessionEntity.Command> entity = ClusterSharding.get(testKit.system())
        .entityRefFor(SessionEntity.ENTITY_KEY, job.setup().sessionId());
    TestProbe<ScriptedSession.Finished> done = testKit.createTestProbe();
    testKit.spawn(ScriptedSession.create(job, testKit.spawn(unreliable(entity)).narrow(), done.getRef(),
        Duration.ofMillis(150)));
    ScriptedSession.Finished finished = done.receiveMessage(Duration.ofSeconds(60));
    assertNull(finished.failure(), finished.failure());

    VirtualRun.Result reference = VirtualRun.run(c, new AgentReplay(c, script), Fixtures.T0);
    List<Object> stored = PersistenceTestKit.create(testKit.system()).persistedInStorage("Session|" + job.setup().sessionId());
    List<SessionEvent> persisted = new ArrayList<>();
    for (Object e : stored.subList(1, stored.size())) {
      SessionEvent event = (SessionEvent) e;
      persisted.add(event.chained(event.seqNr(), null, null));
    }
    assertEquals(reference.events(), persisted);
  }

  @Test
  public void aRunsDeadlineGrowsWithItsSize() {
    assertEquals(Duration.ofMinutes(5).plusSeconds(5), WorkshopRunner.deadline(20));
    assertEquals(Duration.ofMinutes(5).plusSeconds(2500), WorkshopRunner.deadline(10_000));
  }
}
