package servicesim.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.Home;

/** The command line as a user runs it: outputs, exit codes and messages, on a fresh H2 database. */
public class CliTest extends JUnitSuite {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static String db;
  private static Path dir;
  private static JsonNode firstRun;

  record Result(int exit, String out, String err) {}

  static Result cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(exit, out.toString(), err.toString());
  }

  @BeforeClass
  public static void runTheSeedScenarioOnce() throws Exception {
    dir = Files.createTempDirectory("servicesim-cli-");
    db = "jdbc:h2:file:" + dir.resolve("db") + ";DATABASE_TO_LOWER=TRUE";
    Result r = cli("run", scenario().toString(), "--db", db, "--format", "json", "--report", dir.resolve("report").toString());
    assertEquals(r.err(), 0, r.exit());
    firstRun = JSON.readTree(r.out());
  }

  private static Path scenario() {
    return Home.library().resolve("en/refund-defective-unit.yaml");
  }

  @Test
  public void runPrintsTheJsonContract() {
    JsonNode sessions = firstRun.path("sessions");
    assertEquals(3, sessions.size());
    for (JsonNode s : sessions) {
      for (String field : List.of("sessionId", "trainee", "scenario", "policy", "score", "passed", "outcome", "rules")) {
        assertTrue(field + " in " + s, s.has(field));
      }
      assertEquals("default", s.path("policy").path("id").asText());
      assertEquals(27, s.path("policy").path("version").asInt());
      assertEquals(22, s.path("rules").size());
      JsonNode rule = s.path("rules").get(0);
      for (String field : List.of("id", "verdict", "critical", "weight", "evidence", "explanation")) {
        assertTrue(field + " in " + rule, rule.has(field));
      }
    }
    JsonNode sam = sessions.findParents("trainee").stream().filter(n -> n.path("trainee").asText().equals("by-the-book"))
        .findFirst().orElseThrow();
    assertEquals(100.0, sam.path("score").asDouble(), 0.0);
    assertTrue(sam.path("rules").get(0).path("evidence").get(0).has("seqNr"));
  }

  @Test
  public void reportIsOneSelfContainedHtmlFile() throws Exception {
    Path report = dir.resolve("report").resolve("refund-defective-unit-1.html");
    String html = Files.readString(report);
    assertTrue(html.contains("Scoreboard"));
    assertTrue(html.contains("Pass rate per rule"));
    assertTrue(html.contains("weak links"));
    assertTrue(html.contains("<svg"));
    assertFalse("no outside resources", html.contains("src=\"http") || html.contains("href=\"http"));
  }

  @Test
  public void runningAgainKeepsTheFirstRunAndPlaysOneAgent() throws Exception {
    Result r = cli("run", scenario().toString(), "--db", db, "--agent", "reactive", "--format", "json");
    assertEquals(r.err(), 0, r.exit());
    JsonNode second = JSON.readTree(r.out());
    assertEquals(1, second.path("sessions").size());
    assertFalse(second.path("workshopId").asText().equals("refund-defective-unit-1"));
    Result table = cli("audit", "verify", "--db", db);
    assertEquals(table.err(), 0, table.exit());
    assertTrue(table.out(), table.out().startsWith("ok: "));
  }

  @Test
  public void tableOutputShowsScoreboardKpisAndOutcomes() {
    Result r = cli("run", scenario().toString(), "--db", db, "--agent", "by-the-book");
    assertEquals(r.err(), 0, r.exit());
    assertTrue(r.out(), r.out().contains("TRAINEE"));
    assertTrue(r.out(), r.out().contains("KPI"));
    assertTrue(r.out(), r.out().contains("Outcomes: satisfied 1"));
  }

  @Test
  public void exportStreamsNdjsonAndCsv() throws Exception {
    Path ndjson = dir.resolve("export.ndjson");
    Result r = cli("audit", "export", "--db", db, "--workshop", "refund-defective-unit-1", "-o", ndjson.toString());
    assertEquals(r.err(), 0, r.exit());
    List<String> lines = Files.readAllLines(ndjson);
    assertFalse(lines.isEmpty());
    for (String line : lines) assertTrue(JSON.readTree(line).has("event"));
    Path csv = dir.resolve("export.csv");
    r = cli("audit", "export", "--db", db, "--workshop", "refund-defective-unit-1", "--format", "csv", "-o", csv.toString());
    assertEquals(r.err(), 0, r.exit());
    assertTrue(Files.readString(csv).startsWith("\uFEFFordering,persistence_id,seq_nr,type"));
    assertEquals(1, cli("audit", "export", "--db", db, "--from", "yesterday").exit());
  }

  @Test
  public void rescoreUnderAnotherVersionKeepsBoth() throws Exception {
    Path policies = dir.resolve("policies");
    Files.createDirectories(policies);
    String text = Files.readString(Home.policies().resolve("default.yaml"))
        .replace("version: 27", "version: 28")
        .replace("lexicons: lexicons", "lexicons: " + Home.policies().resolve("lexicons"))
        .replaceFirst("(- id: greeting\\n    title: [^\\n]*\\n    weight: )1", "$140");
    Path v2 = policies.resolve("default.yaml");
    Files.writeString(v2, text);
    Result r = cli("rescore", "--policy", v2.toString(), "--db", db);
    assertEquals(r.err(), 0, r.exit());
    assertTrue(r.out(), r.out().contains("under default@28"));
    Result again = cli("rescore", "--policy", v2.toString(), "--db", db);
    assertTrue(again.out(), again.out().startsWith("Rescored 0 sessions"));
  }

  @Test
  public void validateReportsEveryLocatedProblemAndExitsOne() {
    Result ok = cli("validate", Home.scenarios().toString());
    assertEquals(ok.err(), 0, ok.exit());
    Path broken = Path.of("../scenario/src/test/resources/broken/scenarios/guards.yaml").toAbsolutePath().normalize();
    Result bad = cli("validate", broken.toString());
    assertEquals(1, bad.exit());
    assertTrue(bad.err(), bad.err().contains("guards.yaml:13:11: guard 'agent.apologizedd'"));
    assertTrue(bad.err(), bad.err().contains("4 problems found"));
    assertFalse(bad.err(), bad.err().contains("Exception"));
  }

  @Test
  public void detectPrintsActsAsJsonLines() throws Exception {
    Result r = cli("detect", "--lang", "en", "--agent-name", "Sam", "--organisation", "Acme Electronics",
        "This is Sam at Acme Electronics, how can I help?", "Calm down.");
    assertEquals(r.err(), 0, r.exit());
    String[] lines = r.out().trim().split("\n");
    assertEquals(2, lines.length);
    JsonNode first = JSON.readTree(lines[0]);
    assertEquals("own-name", first.path("acts").get(0).path("act").asText());
    assertEquals(8, first.path("acts").get(0).path("start").asInt());
    assertEquals("discourtesy", JSON.readTree(lines[1]).path("acts").get(0).path("act").asText());
    assertEquals(1, cli("detect", "--lang", "fr", "bonjour").exit());
  }

  @Test
  public void detectListsTheSentencesAnotherLanguageReadAlone() throws Exception {
    Result r = cli("detect", "--lang", "ur", "Shukriya, main check karti hun. Let us know if you need anything else.");
    assertEquals(r.err(), 0, r.exit());
    JsonNode line = JSON.readTree(r.out().trim());
    assertEquals(1, line.path("read-alone").size());
    assertEquals("en", line.path("read-alone").get(0).path("language").asText());
    assertEquals("Let us know if you need anything else", line.path("read-alone").get(0).path("sentence").asText());
    assertEquals(1, line.path("acts").size());
    assertEquals("anything-else", line.path("acts").get(0).path("act").asText());
  }

  @Test
  public void assessScoresTheSelfAssessment() throws Exception {
    Path ratings = Path.of("src/test/resources/cli/ratings.yaml").toAbsolutePath();
    Result r = cli("assess", ratings.toString(), "--format", "json");
    assertEquals(r.err(), 0, r.exit());
    JsonNode result = JSON.readTree(r.out());
    assertEquals(4.5, result.path("sections").path("culture").asDouble(), 1e-9);
    assertEquals(27.65, result.path("total").asDouble(), 0.01);
    assertEquals("adequate", result.path("band").asText());
  }

  @Test
  public void badInputGivesOneClearLineAndUsageErrorsExitTwo() {
    Result missing = cli("run", dir.resolve("nope.yaml").toString(), "--db", db);
    assertEquals(1, missing.exit());
    assertTrue(missing.err(), missing.err().trim().endsWith("no such file"));
    assertEquals(2, cli("run").exit());
    assertEquals(2, cli("frobnicate").exit());
    Result badDb = cli("audit", "verify", "--db", "jdbc:mysql://nowhere/x");
    assertEquals(1, badDb.exit());
    assertTrue(badDb.err(), badDb.err().startsWith("servicesim: "));
    assertEquals(1, badDb.err().trim().split("\n").length);
  }

  @Test
  public void tokensAreCreatedListedAndRevokedStraightOnTheDatabase() {
    Result created = cli("tokens", "create", "--role", "auditor", "--expires-in", "8h", "--db", db);
    assertEquals(created.err(), 0, created.exit());
    String[] idAndSecret = created.out().trim().split(" ");
    assertTrue(idAndSecret[0], idAndSecret[0].startsWith("tok-"));
    assertTrue(idAndSecret[1], idAndSecret[1].startsWith("ss_"));
    Result listed = cli("tokens", "list", "--db", db);
    assertEquals(listed.err(), 0, listed.exit());
    assertTrue(listed.out(), listed.out().contains(idAndSecret[0] + " auditor"));
    assertFalse("never a secret", listed.out().contains(idAndSecret[1]));
    Result revoked = cli("tokens", "revoke", idAndSecret[0], "--db", db);
    assertEquals(revoked.err(), 0, revoked.exit());
    String row = cli("tokens", "list", "--db", db).out().lines().filter(l -> l.startsWith(idAndSecret[0])).findFirst()
        .orElseThrow();
    assertTrue(row, row.matches(".*auditor .* \\d{4}-\\d\\d-\\d\\dT.*Z .*\\d{4}-.*"));

    // a scripted trainee, an unknown workshop, a role that does not exist: one clear line, exit 1
    String workshop = firstRun.path("sessions").get(0).path("sessionId").asText().split("\\.")[0];
    Result scripted = cli("tokens", "create", "--role", "trainee", "--trainee", "by-the-book", "--workshop", workshop,
        "--db", db);
    assertEquals(1, scripted.exit());
    assertTrue(scripted.err(), scripted.err().contains("is not a live trainee of workshop " + workshop));
    assertEquals(1, cli("tokens", "create", "--role", "trainee", "--trainee", "ana", "--workshop", "nope-1", "--db",
        db).exit());
    assertEquals(1, cli("tokens", "create", "--role", "root", "--db", db).exit());
    assertEquals(1, cli("tokens", "revoke", "tok-0000000000000000", "--db", db).exit());
  }

  @Test
  public void validateNamesHostileFilesProblemsWithoutATrace() throws Exception {
    Path recursive = Files.writeString(dir.resolve("recursive.yaml"), "id: x\nfacts: &a [*a]\n");
    Result r = cli("validate", recursive.toString());
    assertEquals(1, r.exit());
    assertEquals(recursive + ":2:12: the alias *a is inside the node it names: it would contain itself without end\n"
        + "1 problem found", r.err().trim());
    Path huge = dir.resolve("huge.yaml");
    Files.write(huge, new byte[20 * 1024 * 1024]);
    Result big = cli("validate", huge.toString());
    assertEquals(1, big.exit());
    assertTrue(big.err(), big.err().startsWith(huge + ":1:1: the file is 20971520 bytes; files are limited to"));
    Path tagged = Files.writeString(dir.resolve("tagged.yaml"), Files.readString(scenario())
        .replaceFirst("mood: -1", "mood: !foo -1"));
    Result tag = cli("validate", tagged.toString());
    assertEquals(1, tag.exit());
    assertTrue(tag.err(), tag.err().contains("the tag '!foo' is not allowed"));
    assertFalse(tag.err(), tag.err().contains("Exception"));
  }

  @Test
  public void everyCommandAnswersHelp() {
    for (String[] command : List.of(new String[] {"run"}, new String[] {"serve"}, new String[] {"validate"},
        new String[] {"rescore"}, new String[] {"audit"}, new String[] {"audit", "verify"},
        new String[] {"audit", "checkpoint"}, new String[] {"audit", "export"}, new String[] {"tokens"}, new String[] {"tokens", "list"},
        new String[] {"tokens", "create"}, new String[] {"tokens", "revoke"}, new String[] {"assess"},
        new String[] {"detect"}, new String[] {"bench"})) {
      String[] args = java.util.Arrays.copyOf(command, command.length + 1);
      args[command.length] = "--help";
      Result r = cli(args);
      String name = String.join(" ", command);
      assertEquals(name + ": " + r.err(), 0, r.exit());
      assertTrue(name + ": " + r.out(), r.out().startsWith("Usage: servicesim " + name));
      assertTrue(name + ": " + r.out(), r.out().contains("--help"));
    }
  }

  @Test
  public void aCheckpointProvesTheJournalUntilAMiddleRowIsDeleted() throws Exception {
    Path folder = dir.resolve("ledger");
    String url = "jdbc:h2:file:" + folder.resolve("db") + ";DATABASE_TO_LOWER=TRUE";
    Result run = cli("run", scenario().toString(), "--db", url, "--agent", "reactive", "--format", "json");
    assertEquals(run.err(), 0, run.exit());
    Path checkpoint = dir.resolve("checkpoint.json");
    Result made = cli("audit", "checkpoint", "--out", checkpoint.toString(), "--db", url);
    assertEquals(made.err(), 0, made.exit());
    assertTrue(made.out(), made.out().contains("public key") && made.out().contains("root hash"));
    assertTrue(made.err(), made.err().contains("Created the ledger signing key"));
    Path key = folder.resolve("ledger-key");
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(key)));
    Result proven = cli("audit", "verify", "--checkpoint", checkpoint.toString(), "--db", url);
    assertEquals(proven.err(), 0, proven.exit());
    assertTrue(proven.out(), proven.out().startsWith("ok: 1 session") && proven.out().contains("signature valid"));

    try (var c = java.sql.DriverManager.getConnection(url); var st = c.createStatement()) {
      assertEquals(1, st.executeUpdate("DELETE FROM event_journal WHERE persistence_id LIKE 'Session|%' AND "
          + "sequence_number = 5"));
    }
    Result tampered = cli("audit", "verify", "--checkpoint", checkpoint.toString(), "--db", url);
    assertEquals(tampered.out() + tampered.err(), 1, tampered.exit());
    assertTrue(tampered.err(), tampered.err().contains("event 5: journal: event 5 is missing"));
    assertTrue(tampered.err(), tampered.err().contains("event 5: audit trail: event 5 (journal position"));
    assertTrue(tampered.err(), tampered.err().contains("fewer than the"));
    assertFalse(tampered.err(), tampered.err().contains("Exception") || tampered.err().contains("out of bounds"));
    Result plain = cli("audit", "verify", "--db", url);
    assertEquals(1, plain.exit());
    assertEquals(1, cli("audit", "verify", "--checkpoint", dir.resolve("none.json").toString(), "--db", url).exit());
  }

  @Test
  public void aPlainH2UrlWorksForEveryCommand() throws Exception {
    String plain = "jdbc:h2:file:" + dir.resolve("plain").resolve("db");
    Result run = cli("run", scenario().toString(), "--db", plain, "--agent", "by-the-book", "--format", "json");
    assertEquals(run.err(), 0, run.exit());
    assertEquals(1, JSON.readTree(run.out()).path("sessions").size());
    Result verify = cli("audit", "verify", "--db", plain);
    assertEquals(verify.err(), 0, verify.exit());
    assertTrue(verify.out(), verify.out().startsWith("ok: 1 session"));
    Path out = dir.resolve("plain.ndjson");
    Result export = cli("audit", "export", "--db", plain, "-o", out.toString());
    assertEquals(export.err(), 0, export.exit());
    assertFalse(Files.readAllLines(out).isEmpty());
  }

  @Test
  public void compactingShrinksTheFileAndKeepsEveryEvent() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("compact").resolve("db");
    for (String agent : List.of("by-the-book", "reactive", "policy-bound")) {
      Result run = cli("run", scenario().toString(), "--db", url, "--agent", agent, "--format", "json");
      assertEquals(run.err(), 0, run.exit());
    }
    Path file = dir.resolve("compact").resolve("db.mv.db");
    long before = Files.size(file);
    Result compact = cli("db", "compact", "--db", url);
    assertEquals(compact.err(), 0, compact.exit());
    assertTrue(compact.out(), compact.out().startsWith("Compacted: "));
    assertTrue(before + " -> " + Files.size(file), Files.size(file) < before);
    Result verify = cli("audit", "verify", "--db", url);
    assertEquals(verify.err(), 0, verify.exit());
    assertTrue(verify.out(), verify.out().startsWith("ok: 3 sessions"));
    Result none = cli("db", "compact", "--db", "jdbc:h2:file:" + dir.resolve("nothing-here").resolve("db"));
    assertEquals(1, none.exit());
    assertTrue(none.err(), none.err().contains("there is no database at"));
  }

  @Test
  public void aDatabaseMadeWithoutLowerCaseNamesIsNamedWithItsFixInOneLine() throws Exception {
    Path file = dir.resolve("upper").resolve("db");
    try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + file); var st = c.createStatement()) {
      st.execute("CREATE TABLE event_tag (event_id BIGINT)");
    }
    Result r = cli("audit", "verify", "--db", "jdbc:h2:file:" + file);
    assertEquals(1, r.exit());
    assertEquals(r.err(), 1, r.err().trim().split("\n").length);
    assertTrue(r.err(), r.err().contains("without lower-case names") && r.err().contains("delete it"));
  }

  @Test
  public void progressOffATerminalIsALinePerTenthAndTheTerminalShowsNoEventText() {
    Result r = cli("run", scenario().toString(), "--db", db, "--agent", "reactive");
    assertEquals(r.err(), 0, r.exit());
    for (String line : r.err().split("\n")) {
      assertFalse("no bar redrawn in place: " + line, line.contains("\r") || line.contains("[="));
      assertFalse("no stack trace: " + line, line.startsWith("\tat ") || line.contains("Exception"));
    }
    assertFalse("no transcript on the terminal", r.err().contains("compatible"));
  }

  @Test
  public void theLaunchersStartTrainingPlaysThenServesAndStops() throws Exception {
    String own = "jdbc:h2:file:" + dir.resolve("prepare-starts").resolve("db");
    Result r = cli("prepare-starts", scenario().toString(), "--db", own);
    assertEquals(r.err(), 0, r.exit());
    Result verify = cli("audit", "verify", "--db", own);
    assertEquals(verify.err(), 0, verify.exit());
    assertTrue(verify.out(), verify.out().startsWith("ok: "));
    assertFalse("hidden from help", cli("help").out().contains("prepare-starts"));
  }
}
