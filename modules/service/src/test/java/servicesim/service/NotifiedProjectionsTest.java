package servicesim.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.readside.DatabaseWriters;
import servicesim.readside.NotifiedReadJournal;
import servicesim.scenario.Scenario;

/**
 * A node alone hears of its own writes: with the poll that would otherwise find new events pushed out to ten minutes,
 * its projections still score a whole run. It is the database's one registered writer while it runs. Its journal
 * commits several transactions at once, and still every event is projected once.
 */
public class NotifiedProjectionsTest extends JUnitSuite {

  @Test
  public void projectionsOfANodeAloneAreWokenByItsWritesNotByAPoll() throws Exception {
    Settings settings = Settings.of(ConfigFactory.load()).withDb(Databases.h2(), "", "");
    Node.Options options = Node.Options.of(settings)
        .withConfig(ConfigFactory.parseString("servicesim-notified-read-journal.poll-interval = 10m"));
    try (Node node = Node.start(options)) {
      assertEquals(NotifiedReadJournal.IDENTIFIER, NotifiedReadJournal.forProjections(node.system()));
      assertEquals(1, new DatabaseWriters(node.database().dataSource()).live().size());
      Workshops workshops = node.workshops();
      Scenario scenario = node.library().get(EndToEndContract.SCENARIO).orElseThrow();
      Workshops.Result result = workshops.run(workshops.plan(workshops.single(scenario, Optional.empty())), p -> { })
          .toCompletableFuture().get(2, TimeUnit.MINUTES);
      assertEquals(java.util.List.of(), result.failures());
      assertTrue("scored without a poll", node.awaitCatchUp(Duration.ofMinutes(2), lag -> { }));
      var policy = node.policies().defaultPolicy();
      assertEquals(scenario.agents().size(),
          node.readSide().scores().forWorkshop(result.workshopId(), policy.id(), policy.version()).size());
    }
  }

  @Test
  public void eventsCommittedByParallelTransactionsAreEachProjectedOnce() throws Exception {
    Settings settings = Settings.of(ConfigFactory.load()).withDb(Databases.h2(), "", "");
    Node.Options options = Node.Options.of(settings).withConfig(ConfigFactory.parseString(
        "servicesim-notified-read-journal.poll-interval = 10m\njdbc-journal.parallelism = 4"));
    try (Node node = Node.start(options)) {
      assertEquals(NotifiedReadJournal.IDENTIFIER, NotifiedReadJournal.forProjections(node.system()));
      Workshops workshops = node.workshops();
      // every scripted scenario of the library at once: sessions' writes overlap in several journal transactions
      List<CompletableFuture<Workshops.Result>> runs = new ArrayList<>();
      int sessions = 0;
      for (Scenario scenario : node.library().all()) {
        if (scenario.agents().isEmpty()) continue;
        sessions += scenario.agents().size();
        runs.add(workshops.run(workshops.plan(workshops.single(scenario, Optional.empty())), p -> { })
            .toCompletableFuture());
      }
      for (CompletableFuture<Workshops.Result> run : runs) {
        assertEquals(List.of(), run.get(5, TimeUnit.MINUTES).failures());
      }
      assertTrue("caught up without a poll", node.awaitCatchUp(Duration.ofMinutes(3), lag -> { }));
      DataSource db = node.database().dataSource();
      assertEquals("every stored event once in the audit trail", count(db, "SELECT COUNT(*) FROM event_journal"),
          count(db, "SELECT COUNT(*) FROM audit_events"));
      assertEquals("every session scored once", sessions, count(db, "SELECT COUNT(*) FROM session_scores"));
    }
  }

  private static long count(DataSource db, String sql) throws Exception {
    try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
