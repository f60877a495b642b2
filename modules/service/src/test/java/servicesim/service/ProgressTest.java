package servicesim.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.readside.SessionRow;
import servicesim.readside.StoredScore;
import servicesim.readside.WorkshopRow;

/** A trainee's progress across workshops, computed from the read models' rows. */
public class ProgressTest extends JUnitSuite {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  private static WorkshopRow workshop(String id, String mode, boolean released) {
    return new WorkshopRow(id, id, "Title of " + id, "default", 1, mode, List.of("s"), T0, released, null, List.of(),
        List.of());
  }

  private static SessionRow session(String workshop, String scenario, int hour, boolean ended) {
    Instant at = T0.plusSeconds(3600L * hour);
    return new SessionRow(workshop + ".ana." + scenario, workshop, "ana", "Ana", scenario, "Scenario " + scenario,
        "phone", "en", "default", 1, null, "wall", at, ended ? at.plusSeconds(60) : null, ended ? "satisfied" : null,
        ended ? "agent" : null, ended ? 1 : null, 9L);
  }

  private static StoredScore score(SessionRow s, double score, String... failed) {
    List<StoredScore.Verdict> verdicts = new ArrayList<>();
    verdicts.add(new StoredScore.Verdict("greeting", List.of(failed).contains("greeting") ? "fail" : "pass", false, 1,
        "", List.of()));
    verdicts.add(new StoredScore.Verdict("courtesy", List.of(failed).contains("courtesy") ? "fail" : "pass", true, 3,
        "", List.of()));
    verdicts.add(new StoredScore.Verdict("follow-up", List.of(failed).contains("follow-up") ? "fail" : "pass", false, 2,
        "", List.of()));
    verdicts.add(new StoredScore.Verdict("keep-informed", "n/a", false, 2, "", List.of()));
    return new StoredScore(s.sessionId(), "default", 1, score, score >= 70 && !List.of(failed).contains("courtesy"),
        "satisfied", List.of(failed).contains("courtesy") ? List.of("courtesy") : List.of(), s.endedAt(), verdicts);
  }

  @Test
  public void everySessionAcrossWorkshopsWithItsScoreWeakestRulesTrendAndRecentPassRates() {
    SessionRow a = session("mon-1", "a", 0, true);
    SessionRow b = session("tue-1", "b", 24, true);
    SessionRow c = session("wed-1", "c", 48, true);
    SessionRow live = session("wed-1", "d", 49, false);
    List<StoredScore> scores = List.of(score(a, 40, "greeting", "follow-up", "courtesy"), score(b, 75, "greeting"),
        score(c, 100));
    Map<String, WorkshopRow> workshops = Map.of("mon-1", workshop("mon-1", "practice", false),
        "tue-1", workshop("tue-1", "practice", false), "wed-1", workshop("wed-1", "practice", false));
    Progress p = Progress.of("ana", List.of(live, c, a, b), scores, workshops, 2, false);

    assertEquals("Ana", p.name());
    assertEquals(List.of("mon-1.ana.a", "tue-1.ana.b", "wed-1.ana.c", "wed-1.ana.d"),
        p.sessions().stream().map(Progress.Item::sessionId).toList());
    assertEquals("Title of tue-1", p.sessions().get(1).workshopTitle());
    assertEquals(List.of("courtesy", "follow-up", "greeting"), p.sessions().get(0).score().orElseThrow().weakest());
    assertEquals("running", p.sessions().get(3).status());
    assertEquals(Optional.empty(), p.sessions().get(3).score());
    assertEquals(List.of(40.0, 75.0, 100.0), p.trend().stream().map(Progress.Point::score).toList());

    // the last two scored sessions: greeting passed once in two, the others always, keep-informed never applied
    assertEquals(List.of("greeting", "courtesy", "follow-up", "keep-informed"),
        p.rules().stream().map(Scoreboard.RuleRate::ruleId).toList());
    assertEquals(0.5, p.rules().get(0).passRate(), 0);
    assertTrue(Double.isNaN(p.rules().get(3).passRate()));
    assertEquals(new Progress.Summary(4, 3, 2, Optional.of(215.0 / 3), Optional.of(87.5)), p.summary());
  }

  @Test
  public void aTraineeDoesNotSeeTheScoresOfAnAssessmentNotReleasedYet() {
    SessionRow practice = session("mon-1", "a", 0, true);
    SessionRow exam = session("exam-1", "b", 24, true);
    List<StoredScore> scores = List.of(score(practice, 80), score(exam, 30, "greeting"));
    Map<String, WorkshopRow> workshops = Map.of("mon-1", workshop("mon-1", "practice", false),
        "exam-1", workshop("exam-1", "assessment", false));
    Progress own = Progress.of("ana", List.of(practice, exam), scores, workshops, 10, true);
    assertEquals("feedback-pending", own.sessions().get(1).status());
    assertEquals(Optional.empty(), own.sessions().get(1).score());
    assertEquals(1, own.trend().size());
    assertEquals(1.0, own.rules().get(0).passRate(), 0);
    Progress notYetKnown = Progress.of("ana", List.of(practice, exam), scores, Map.of("mon-1", workshops.get("mon-1")),
        10, true);
    assertEquals("a workshop the read side has not seen yet holds its scores back", "feedback-pending",
        notYetKnown.sessions().get(1).status());
    Progress trainers = Progress.of("ana", List.of(practice, exam), scores, workshops, 10, false);
    assertEquals("scored", trainers.sessions().get(1).status());
    assertEquals(2, trainers.trend().size());
  }
}
