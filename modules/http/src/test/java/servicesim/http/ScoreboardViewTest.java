package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.Goals;
import servicesim.readside.SessionRow;
import servicesim.readside.StoredScore;
import servicesim.readside.TraineeKpi;
import servicesim.readside.WorkshopRow;
import servicesim.service.Scoreboard;

/** The scoreboard as CSV: for a spreadsheet, filtered as the scoreboard's filters choose. */
public class ScoreboardViewTest extends JUnitSuite {

  private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

  private static Scoreboard board() {
    WorkshopRow w = new WorkshopRow("w-1", "w", "W", "default", 1, "practice", List.of("a", "b"), AT, false, null,
        List.of(), List.of());
    List<SessionRow> sessions = new ArrayList<>();
    List<StoredScore> scores = new ArrayList<>();
    String[][] rows = {{"sam", "a", "pass"}, {"pat", "a", "critical"}, {"pat", "b", "fail"}, {"lee", "b", "running"}};
    for (String[] r : rows) {
      String id = "w-1." + r[0] + "." + r[1];
      boolean running = r[2].equals("running");
      sessions.add(new SessionRow(id, "w-1", r[0], r[0].toUpperCase(), r[1], "ثنا, \"quoted\" " + r[1], "phone", "ur",
          "default", 1, null, "virtual", AT, running ? null : AT.plusSeconds(60), running ? null : "neutral", "agent",
          0, 9L));
      if (running) continue;
      scores.add(new StoredScore(id, "default", 1, r[2].equals("pass") ? 100 : 20, r[2].equals("pass"), "neutral",
          r[2].equals("critical") ? List.of("courtesy") : List.of(), AT, List.of(
              new StoredScore.Verdict("courtesy", r[2].equals("critical") ? "fail" : "pass", true, 3, "", List.of()),
              new StoredScore.Verdict("greeting", r[2].equals("pass") ? "pass" : "fail", false, 1, "", List.of()))));
    }
    return Scoreboard.of(w, Goals.NONE, sessions, scores, List.of(), TraineeKpi.empty("w-1", "default", 1), List.of());
  }

  @Test
  public void everySessionIsARowWithItsScoreResultAndFailedRules() {
    String csv = ScoreboardView.csv(board(), new ScoreboardView.Filter(null, null, null, null));
    assertTrue(csv.startsWith("\uFEFFsession_id,workshop_id,trainee_id,trainee,scenario_id,scenario,channel,language,"
        + "status,score,result,outcome,critical_failures,failed_rules,started_at,ended_at\r\n"));
    String[] lines = csv.split("\r\n");
    assertEquals(5, lines.length);
    assertTrue(lines[2], lines[2].startsWith("w-1.pat.a,w-1,pat,PAT,a,\"ثنا, \"\"quoted\"\" a\",phone,ur,scored,20.0,"
        + "critical,neutral,courtesy,courtesy;greeting,2026-11-23T09:00:00Z,2026-11-23T09:01:00Z"));
    assertTrue(lines[4], lines[4].startsWith("w-1.lee.b,w-1,lee,LEE,b,\"ثنا, \"\"quoted\"\" b\",phone,ur,running,,unscored,,,,"));
  }

  @Test
  public void filtersKeepTheSessionsTheScoreboardShows() {
    assertEquals(2, rows(new ScoreboardView.Filter("pat", null, null, null)));
    assertEquals(2, rows(new ScoreboardView.Filter(null, null, null, "fail")));
    assertEquals(1, rows(new ScoreboardView.Filter(null, null, null, "critical")));
    assertEquals(1, rows(new ScoreboardView.Filter(null, "b", null, "unscored")));
    assertEquals(0, rows(new ScoreboardView.Filter(null, null, "chat", null)));
    assertEquals(Optional.of("pass"), Optional.of(ScoreboardView.result(board().sessions().get(0))));
  }

  private static int rows(ScoreboardView.Filter f) {
    return ScoreboardView.csv(board(), f).split("\r\n").length - 1;
  }
}
