package servicesim.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.readside.DatabaseWriters;
import servicesim.readside.NotifiedReadJournal;
import servicesim.scenario.Scenario;

/**
 * A node alone hears of its own writes: with the poll that would otherwise find new events pushed out to ten minutes,
 * its projections still score a whole run. It is the database's one registered writer while it runs.
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
}
