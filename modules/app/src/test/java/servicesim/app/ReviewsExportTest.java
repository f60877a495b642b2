package servicesim.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.Home;
import servicesim.readside.StoredScore;
import servicesim.service.Node;
import servicesim.service.Settings;
import servicesim.simulation.ReviewEntity;

/** {@code reviews export --format acts-tsv}: reviewers' corrections as labelled lines that {@code detect --eval} reads. */
public class ReviewsExportTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  record Result(int exit, String out, String err) {}

  static Result cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  public void overriddenAndDisputedTextVerdictsBecomeLabelledLinesThatTheEvalScores() throws Exception {
    Path dir = Files.createTempDirectory("servicesim-reviews-");
    String db = "jdbc:h2:file:" + dir.resolve("db") + ";DATABASE_TO_LOWER=TRUE";
    Result run = cli("run", Home.library().resolve("en/refund-defective-unit.yaml").toString(), "--db", db,
        "--format", "json");
    assertEquals(run.err(), 0, run.exit());
    String policyBound = null;
    String byTheBook = null;
    for (JsonNode s : new ObjectMapper().readTree(run.out()).path("sessions")) {
      String id = s.path("sessionId").asText();
      if (id.contains("policy-bound")) policyBound = id;
      if (id.contains("by-the-book")) byTheBook = id;
    }

    ReviewEntity.Author trainer = new ReviewEntity.Author(ReviewEntity.TRAINER, "tok-trainer");
    String weaponLine;
    try (Node node = Node.start(Node.Options.of(Settings.of(ConfigFactory.load()).withDb(db, "", "")))) {
      StoredScore score = node.readSide().scores().get(policyBound, null, null).orElseThrow();
      StoredScore.Verdict weapon = score.verdicts().stream().filter(v -> v.ruleId().equals("no-policy-as-weapon"))
          .findFirst().orElseThrow();
      assertEquals("fail", weapon.verdict());
      weaponLine = weapon.evidence().get(0).text();
      node.reviews().override(policyBound, trainer, "no-policy-as-weapon", "pass", "she still helped")
          .toCompletableFuture().get(30, TimeUnit.SECONDS);
      // an open dispute leaves the greeting's acts unscored on its line
      String trainee = node.readSide().sessions().get(byTheBook).orElseThrow().traineeId();
      node.reviews().dispute(byTheBook, new ReviewEntity.Author(ReviewEntity.TRAINEE, trainee), "greeting", "fine")
          .toCompletableFuture().get(30, TimeUnit.SECONDS);
      // an override of an action rule makes no line
      node.reviews().override(policyBound, trainer, "complaint-record", "pass", "recorded on paper")
          .toCompletableFuture().get(30, TimeUnit.SECONDS);
      assertTrue(node.awaitCatchUp(Duration.ofMinutes(1), lag -> { }));
    }

    Path tsv = dir.resolve("reviewed.tsv");
    Result export = cli("reviews", "export", "--format", "acts-tsv", "--out", tsv.toString(), "--db", db);
    assertEquals(export.err(), 0, export.exit());
    List<String> lines = Files.readAllLines(tsv);
    assertEquals("lang\tagent_name\torganisation\ttext\tacts\tignore\tsource", lines.get(0));
    String weapon = lines.stream().filter(l -> l.endsWith("no-policy-as-weapon")).findFirst().orElseThrow();
    String[] cols = weapon.split("\t", -1);
    assertEquals("en", cols[0]);
    assertEquals("Acme Electronics", cols[2]);
    assertTrue(cols[3], cols[3].contains(weaponLine));
    assertEquals("", cols[4]);
    assertTrue(cols[6], cols[6].startsWith("review " + policyBound + "#"));
    String greeting = lines.stream().filter(l -> l.endsWith(" greeting")).findFirst().orElseThrow();
    assertTrue(greeting, greeting.split("\t", -1)[5].contains("own-name"));
    assertEquals("the header, the two lines the policy verdict turned on, the greeting", 4, lines.size());

    Result eval = cli("detect", "--eval", tsv.toString());
    assertEquals(eval.err(), 0, eval.exit());
    assertTrue(eval.out(), eval.out().contains("false policy-as-weapon"));
    assertEquals(2, cli("reviews", "export", "--format", "csv", "--db", db).exit());
  }
}
