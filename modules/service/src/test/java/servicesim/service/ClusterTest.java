package servicesim.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.cluster.MemberStatus;
import akka.cluster.typed.Cluster;
import akka.actor.testkit.typed.javadsl.LogCapturing;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.scenario.Scenario;
import servicesim.scenario.workshop.Trainee;
import servicesim.scenario.workshop.Workshop;

/**
 * Two nodes on loopback form one cluster over one PostgreSQL database: a workshop run from one node plays its sessions
 * on both (Cluster Sharding), the projections run once across the cluster, and every count matches the journal.
 */
public class ClusterTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  @Test
  public void twoNodesShareSessionsAndProjectionsOverOneDatabase() throws Exception {
    String url = Databases.postgres();
    int port1 = freePort();
    int port2 = freePort();
    String seed = "akka://servicesim@127.0.0.1:" + port1;
    Settings settings = Settings.of(ConfigFactory.load()).withDb(url, Databases.postgresUser(), "");
    try (Node first = Node.start(Node.Options.of(settings).withConfig(node(port1, seed)));
        Node second = Node.start(Node.Options.of(settings).withConfig(node(port2, seed)))) {
      awaitUp(first, 2);
      awaitUp(second, 2);

      Scenario scenario = first.library().get("refund-defective-unit").orElseThrow();
      List<Trainee> trainees = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        trainees.add(new Trainee("t" + i, "T" + i, new String[] {"by-the-book", "reactive", "policy-bound"}[i % 3], false));
      }
      Workshop workshop = new Workshop("cluster", "Cluster", "default", Workshop.PRACTICE, List.of(scenario.id()),
          List.copyOf(trainees), scenario.file(), scenario.sha256());
      Workshops.Plan plan = first.workshops().plan(workshop);
      Workshops.Result result = first.workshops().run(plan, p -> { }).toCompletableFuture().get(3, TimeUnit.MINUTES);
      assertEquals(List.of(), result.failures());
      assertTrue(first.awaitCatchUp(Duration.ofMinutes(2), lag -> { }));

      try (Connection c = first.database().dataSource().getConnection()) {
        assertEquals(count(c, "SELECT COUNT(*) FROM event_journal"), count(c, "SELECT COUNT(*) FROM audit_events"));
        assertEquals(24, count(c, "SELECT COUNT(*) FROM session_scores"));
        assertEquals(24, count(c, "SELECT SUM(sessions) FROM trainee_kpis"));
      }
      int onFirst = hostedSessions(first);
      int onSecond = hostedSessions(second);
      assertEquals(24, onFirst + onSecond);
      assertTrue("sessions on both nodes: " + onFirst + " and " + onSecond, onFirst > 0 && onSecond > 0);
      assertTrue(second.readSide().verifier().verifyAll(s -> { }).intact());
      Optional<Scoreboard> board = second.scoreboards().of(plan.workshopId());
      assertEquals(24, board.orElseThrow().sessions().size());
    }
  }

  /** Two nodes on loopback in one cluster over the database at {@code url}, both up. */
  static List<Node> twoNodes(String url) throws Exception {
    int port1 = freePort();
    int port2 = freePort();
    String seed = "akka://servicesim@127.0.0.1:" + port1;
    Settings settings = Settings.of(ConfigFactory.load()).withDb(url, Databases.postgresUser(), "");
    Node first = Node.start(Node.Options.of(settings).withConfig(node(port1, seed)));
    Node second = Node.start(Node.Options.of(settings).withConfig(node(port2, seed)));
    awaitUp(first, 2);
    awaitUp(second, 2);
    return List.of(first, second);
  }

  /** One more node joining the cluster of {@code member} over the database at {@code url}, up. */
  static Node join(String url, Node member) throws Exception {
    String seed = Cluster.get(member.system()).selfMember().address().toString();
    Settings settings = Settings.of(ConfigFactory.load()).withDb(url, Databases.postgresUser(), "");
    int members = Cluster.get(member.system()).state().members().size() + 1;
    Node node = Node.start(Node.Options.of(settings).withConfig(node(freePort(), seed)));
    awaitUp(node, members);
    awaitUp(member, members);
    return node;
  }

  private static Config node(int port, String seed) {
    return ConfigFactory.parseMap(Map.of(
        "akka.remote.artery.canonical.port", port,
        "akka.cluster.seed-nodes", List.of(seed),
        // a sharded session may live on either node: the test waits for both before running
        "akka.cluster.min-nr-of-members", 2));
  }

  /** How many session entities this node's shard region hosts. */
  static int hostedSessions(Node node) throws Exception {
    akka.cluster.sharding.typed.javadsl.ClusterSharding sharding =
        akka.cluster.sharding.typed.javadsl.ClusterSharding.get(node.system());
    akka.cluster.sharding.ShardRegion.CurrentShardRegionState state = akka.actor.typed.javadsl.AskPattern
        .<akka.cluster.sharding.typed.ClusterShardingQuery, akka.cluster.sharding.ShardRegion.CurrentShardRegionState>ask(
            sharding.shardState(), r -> new akka.cluster.sharding.typed.GetShardRegionState(
                servicesim.simulation.SessionEntity.ENTITY_KEY, r), Duration.ofSeconds(10), node.system().scheduler())
        .toCompletableFuture().get(15, TimeUnit.SECONDS);
    int entities = 0;
    for (akka.cluster.sharding.ShardRegion.ShardState shard : state.getShards()) entities += shard.getEntityIds().size();
    return entities;
  }

  static void awaitUp(Node node, int members) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    Cluster cluster = Cluster.get(node.system());
    while (System.nanoTime() < deadline) {
      long up = java.util.stream.StreamSupport.stream(cluster.state().getMembers().spliterator(), false)
          .filter(m -> m.status() == MemberStatus.up()).count();
      if (up >= members) return;
      Thread.sleep(100);
    }
    throw new AssertionError("the cluster did not form");
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static long count(Connection c, String sql) throws Exception {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
