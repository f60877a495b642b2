package servicesim.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;

/** A small benchmark run produces every figure of the table and the JSON (their values are the benchmark's business). */
public class BenchTest extends JUnitSuite {

  @Test
  public void aSmallRunProducesEveryFigure() throws Exception {
    Path dir = Files.createTempDirectory("servicesim-bench-test-");
    Path json = dir.resolve("bench.json");
    CliTest.Result r = CliTest.cli("bench", "--sessions", "6", "--events-per-session", "12", "--db",
        "jdbc:h2:file:" + dir.resolve("db") + ";DATABASE_TO_LOWER=TRUE", "--json", json.toString());
    assertEquals(r.err(), 0, r.exit());
    JsonNode figures = new ObjectMapper().readTree(Files.readString(json)).path("figures");
    List<String> names = new ArrayList<>();
    for (JsonNode f : figures) {
      names.add(f.path("name").asText());
      assertTrue(f + " has a value", f.path("value").isNumber() && f.path("value").asDouble() >= 0);
    }
    for (String expected : List.of("baseline: batch insert", "baseline: sequential scan", "ingest",
        "projection catch-up", "rescore", "export (NDJSON over HTTP)", "retained heap growth while exporting",
        "disk per event, as written", "disk per event after db compact")) {
      assertTrue(expected + " in " + names, names.contains(expected));
    }
    assertEquals(4, names.stream().filter(n -> n.startsWith("audit page by")).count());
    JsonNode ingest = figures.findParents("name").stream().filter(f -> f.path("name").asText().equals("ingest"))
        .findFirst().orElseThrow();
    assertTrue("ingest is compared with the insert baseline", ingest.path("ratio").isNumber());
    assertTrue(r.out(), r.out().contains("FIGURE"));
  }
}
