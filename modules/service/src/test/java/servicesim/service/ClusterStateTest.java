package servicesim.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import akka.actor.typed.javadsl.AskPattern;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.scenario.workshop.Trainee;
import servicesim.scenario.workshop.Workshop;
import servicesim.simulation.Rejection;
import servicesim.simulation.WorkshopEntity;

/**
 * Two nodes over one PostgreSQL database agree on what is cluster-wide: workshop ids are never given twice, and a
 * workshop's run is one run, recorded by the workshop, with the same status on every node.
 */
public class ClusterStateTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  private static String url;
  private static Node first;
  private static Node second;

  @BeforeClass
  public static void startTwoNodes() throws Exception {
    url = Databases.postgres();
    List<Node> nodes = ClusterTest.twoNodes(url);
    first = nodes.get(0);
    second = nodes.get(1);
  }

  @AfterClass
  public static void stop() {
    second.close();
    first.close();
  }

  private static Workshop definition(String id, int scripted, boolean live) {
    List<Trainee> trainees = new ArrayList<>();
    for (int i = 0; i < scripted; i++) trainees.add(new Trainee("t" + i, "T" + i, "by-the-book", false));
    if (live) trainees.add(new Trainee("ana", "Ana", null, true));
    return new Workshop(id, id, "default", Workshop.PRACTICE, List.of("refund-defective-unit"), List.copyOf(trainees),
        "test", id + "-sha");
  }

  @Test
  public void twoNodesCreatingWorkshopsFromOneFileAtOnceNeverGetTheSameId() throws Exception {
    Workshop definition = definition("both", 1, true);
    List<CompletableFuture<String>> created = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Node node = i % 2 == 0 ? first : second;
      created.add(CompletableFuture.supplyAsync(() -> {
        try {
          return node.workshops().create(definition).workshopId();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    Set<String> ids = new TreeSet<>();
    for (CompletableFuture<String> c : created) ids.add(c.get(2, TimeUnit.MINUTES));
    assertEquals(Set.of("both-1", "both-2", "both-3", "both-4", "both-5", "both-6"), ids);
  }

  @Test
  public void aWorkshopRunsOnceAtATimeAndEveryNodeSeesItsStatus() throws Exception {
    String id = first.workshops().create(definition("once", 12, true)).workshopId();
    Workshops.Plan plan = first.workshops().planOf(id).orElseThrow();
    assertTrue(first.workshops().startRun(plan, false).toCompletableFuture().get(1, TimeUnit.MINUTES).ok());

    WorkshopEntity.Reply again = second.workshops().startRun(second.workshops().planOf(id).orElseThrow(), false)
        .toCompletableFuture().get(1, TimeUnit.MINUTES);
    assertEquals(new WorkshopEntity.AlreadyRunning(id), again.rejected());
    assertEquals(Rejection.Kind.CONFLICT, again.rejected().kind());
    assertEquals("running", status(second, id).state());

    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (!"done".equals(status(second, id).state()) && System.nanoTime() < deadline) Thread.sleep(200);
    Workshops.RunStatus done = status(second, id);
    assertEquals(new Workshops.RunStatus("done", 12, 12, List.of(),
        akka.cluster.typed.Cluster.get(first.system()).selfMember().address().toString()), done);
    assertEquals(done, status(first, id));
    assertTrue(first.awaitCatchUp(Duration.ofMinutes(2), lag -> { }));
    assertEquals(Optional.of(done), second.workshops().runStatus(id));
    assertEquals(Optional.of(done), first.workshops().runStatus(id));
  }

  @Test
  public void aRunLeftByANodeThatIsGoneIsTakenOver() throws Exception {
    String id = first.workshops().create(definition("orphan", 2, true)).workshopId();
    String gone = "akka://servicesim@127.0.0.1:1#42";
    WorkshopEntity.Reply begun = AskPattern.<WorkshopEntity.Command, WorkshopEntity.Reply>ask(
            ClusterSharding.get(first.system()).entityRefFor(WorkshopEntity.ENTITY_KEY, id),
            r -> new WorkshopEntity.BeginRun(gone, 2, Instant.now(), r), Duration.ofSeconds(30),
            first.system().scheduler())
        .toCompletableFuture().get(1, TimeUnit.MINUTES);
    assertEquals(gone, begun.summary().run().runner());

    assertTrue(second.workshops().startRun(second.workshops().planOf(id).orElseThrow(), false)
        .toCompletableFuture().get(1, TimeUnit.MINUTES).ok());
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (!"done".equals(status(first, id).state()) && System.nanoTime() < deadline) Thread.sleep(200);
    assertEquals("done", status(first, id).state());
  }

  @Test
  public void aRunWhoseNodeIsDownedResumesByItselfOnAnotherNodeAndClosesTheWorkshop() throws Exception {
    Node third = ClusterTest.join(url, first);
    try {
      String id = first.workshops().create(definition("taken-over", 150, false)).workshopId();
      Workshops.Plan plan = third.workshops().planOf(id).orElseThrow();
      assertTrue(third.workshops().startRun(plan, true).toCompletableFuture().get(1, TimeUnit.MINUTES).ok());
      akka.cluster.Member gone = akka.cluster.typed.Cluster.get(third.system()).selfMember();
      akka.cluster.typed.Cluster.get(first.system()).manager().tell(new akka.cluster.typed.Down(gone.address()));
      assertTrue("the downed node stops", third.system().getWhenTerminated().toCompletableFuture()
          .get(1, TimeUnit.MINUTES) != null);

      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (!"done".equals(status(second, id).state()) && System.nanoTime() < deadline) Thread.sleep(200);
      Workshops.RunStatus done = status(second, id);
      String survivor = done.node();
      assertEquals("done", done.state());
      assertTrue(survivor, !survivor.equals(gone.address().toString()));
      assertEquals(done, status(first, id));
      assertTrue("the resumed run closes the workshop as the first run would have",
          second.workshops().get(id).closed());
      assertTrue(first.awaitCatchUp(Duration.ofMinutes(2), lag -> { }));
      try (java.sql.Connection c = first.database().dataSource().getConnection();
          java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM session_scores "
              + "WHERE session_id LIKE '" + id + ".%'), (SELECT COUNT(*) FROM event_journal WHERE persistence_id LIKE "
              + "'Session|" + id + ".%' AND event_ser_manifest LIKE '%SessionEnded')")) {
        rs.next();
        assertEquals("every session scored", 150, rs.getInt(1));
        assertEquals("every session ended once", 150, rs.getInt(2));
      }
    } finally {
      third.close();
    }
  }

  private static Workshops.RunStatus status(Node node, String workshopId) throws Exception {
    WorkshopEntity.Summary s = node.workshops().get(workshopId);
    return node.workshops().runStatus(workshopId, s.run()).orElseThrow();
  }
}
