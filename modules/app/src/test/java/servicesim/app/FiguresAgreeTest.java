package servicesim.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.http.ScoreboardView;
import servicesim.policy.Goals;
import servicesim.readside.ScoreRepository;
import servicesim.readside.SessionRow;
import servicesim.readside.StoredScore;
import servicesim.readside.TraineeKpi;
import servicesim.readside.WorkshopRow;
import servicesim.service.Scoreboard;

/**
 * The terminal table, the HTML report and the API say the same of one workshop, because one computation makes each
 * figure: neutral customers are not counted among the unhappy, a KPI with nothing to measure is neither met nor
 * missed, and pass rates and bands come from the scoreboard.
 */
public class FiguresAgreeTest extends JUnitSuite {

  private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

  private static Scoreboard board(List<String> outcomes) {
    WorkshopRow w = new WorkshopRow("w-1", "w", "W", "default", 1, "practice", List.of("s"), AT, false, null,
        List.of(new WorkshopRow.Trainee("ana", "Ana", null, true)), List.of());
    List<SessionRow> sessions = new ArrayList<>();
    List<StoredScore> scores = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      String id = "w-1.ana.s" + i;
      sessions.add(new SessionRow(id, "w-1", "ana", "Ana", "s" + i, "S " + i, "phone", "en", "default", 1, null,
          "wall", AT, AT.plusSeconds(60), outcomes.get(i), "agent", 0, 9L));
      scores.add(new StoredScore(id, "default", 1, 10.0 * i + 5, i % 2 == 0, outcomes.get(i), List.of(), AT,
          List.of(new StoredScore.Verdict("greeting", i % 2 == 0 ? "pass" : "fail", false, 1, "", List.of()))));
    }
    TraineeKpi ana = new TraineeKpi("w-1", "ana", "default", 1, outcomes.size(), 2, 80, 0, 0, 1, 0, 0, 1);
    return Scoreboard.of(w, new Goals(Optional.of(0.9), Optional.of(0.5), Optional.of(0.75)), sessions, scores,
        List.of(ana), ana.plus(TraineeKpi.empty("w-1", "default", 1)),
        List.of(new ScoreRepository.RuleCount("ana", "greeting", 2, 2, 0)));
  }

  @Test
  public void neutralCustomersAreNotUnhappyInTheTableTheReportOrTheApi() throws Exception {
    Scoreboard b = board(List.of("satisfied", "neutral", "unsatisfied", "hung-up"));
    assertEquals(new Scoreboard.Reach(2, 18, 30, 26), b.reach());

    StringWriter table = new StringWriter();
    ScoreboardTable.print(new PrintWriter(table), b, null);
    assertTrue(table.toString(), table.toString().contains("2 unhappy customers may each tell 9–15 people (18–30 in all)"));
    String html = HtmlReport.render(b, null);
    assertTrue(html, html.contains("2 unhappy customers may each tell 9–15 people: 18–30 people in all"));
    ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule());
    JsonNode api = ScoreboardView.of(b, mapper);
    assertEquals(18, api.get("reach").get("low").asInt());
    assertEquals(30, api.get("reach").get("high").asInt());
  }

  @Test
  public void aKpiWithNothingToMeasureIsNeitherMetNorMissedAnywhere() throws Exception {
    Scoreboard b = board(List.of("satisfied", "neutral"));
    Scoreboard.Kpi answered = b.kpis().get(0);
    assertTrue(Double.isNaN(answered.share()));
    assertEquals(Optional.empty(), answered.met());
    StringWriter table = new StringWriter();
    ScoreboardTable.print(new PrintWriter(table), b, null);
    assertTrue(table.toString(), table.toString().matches("(?s).*answered within limit\\s+n/a\\s+90%\\s*\\n.*"));
    assertTrue(HtmlReport.render(b, null).contains("goal 90% · nothing to measure yet"));
    JsonNode api = ScoreboardView.of(b, new ObjectMapper().registerModule(new Jdk8Module())
        .registerModule(new JavaTimeModule()));
    JsonNode kpi = api.get("kpis").get(0);
    assertEquals("answeredWithinLimit", kpi.get("id").asText());
    assertTrue(kpi.toString(), kpi.get("share").isNull() && kpi.get("met").isNull());
    assertEquals(0.9, kpi.get("goal").asDouble(), 0);
    assertTrue(api.get("kpis").get(1).get("met").asBoolean());
    assertEquals(0.5, api.get("rules").get(0).get("passRate").asDouble(), 0);
    assertEquals(40.0, api.get("trainees").get(0).get("averageScore").asDouble(), 0);
    assertEquals(10, api.get("distribution").size());
    assertEquals(1, api.get("distribution").get(1).get("sessions").asInt());
  }
}
