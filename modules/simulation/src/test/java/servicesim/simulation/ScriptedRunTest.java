package servicesim.simulation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import akka.actor.testkit.typed.javadsl.TestKitJunitResource;
import akka.actor.testkit.typed.javadsl.TestProbe;
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
}
