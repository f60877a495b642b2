package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.http.javadsl.model.HttpRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import servicesim.scenario.workshop.Trainee;
import servicesim.scenario.workshop.Workshop;

/** A trainee's progress across workshops, for trainers and for the trainee themself. */
public class ProgressRoutesTest extends RouteTestBase {

  @Test
  public void aTrainerReadsATraineesSessionsScoresTrendAndRecentPassRates() throws Exception {
    String practice = t.anaSession(t.practice, true);
    JsonNode p = body(run(HttpRequest.GET("/api/v1/trainees/ana/progress?last=5"), t.trainer));
    assertEquals("Ana", p.get("name").asText());
    assertEquals(5, p.get("last").asInt());
    JsonNode session = null;
    for (JsonNode s : p.get("sessions")) if (s.get("sessionId").asText().equals(practice)) session = s;
    assertTrue(p.toString(), session != null);
    assertEquals("scored", session.get("status").asText());
    assertEquals("Practice", session.get("workshopTitle").asText());
    JsonNode score = session.get("score");
    assertTrue(score.toString(), score.get("score").isNumber() && score.get("weakest").isArray());
    assertTrue(p.get("trend").size() >= 1);
    assertTrue(p.get("rules").size() > 10);
    for (JsonNode r : p.get("rules")) assertTrue(r.toString(), r.has("passRate"));
    assertTrue(p.get("summary").get("averageScore").isNumber());
  }

  @Test
  public void aTraineeReadsTheirOwnProgressOnlyWithoutUnreleasedScores() throws Exception {
    String exam = t.node.workshops().create(new Workshop("progress-exam", "Progress exam", "default",
        Workshop.ASSESSMENT, List.of(TestApi.SCENARIO), List.of(new Trainee("ana", "Ana", null, true)), "test",
        "progress-exam-sha")).workshopId();
    String session = t.anaSession(exam, true);
    assertTrue(t.node.awaitCatchUp(Duration.ofMinutes(1), lag -> { }));
    assertEquals("feedback-pending", sessionOf(body(run(HttpRequest.GET("/api/v1/trainees/ana/progress"), t.ana)),
        session).get("status").asText());
    assertTrue(sessionOf(body(run(HttpRequest.GET("/api/v1/trainees/ana/progress"), t.ana)), session).get("score")
        .isNull());
    assertEquals("scored", sessionOf(body(run(HttpRequest.GET("/api/v1/trainees/ana/progress"), t.trainer)), session)
        .get("status").asText());

    t.node.workshops().releaseFeedback(exam).toCompletableFuture().get(30, TimeUnit.SECONDS);
    assertTrue(t.node.awaitCatchUp(Duration.ofMinutes(1), lag -> { }));
    JsonNode released = sessionOf(body(run(HttpRequest.GET("/api/v1/trainees/ana/progress"), t.ana)), session);
    assertEquals("scored", released.get("status").asText());
    assertTrue(released.get("score").get("score").isNumber());

    assertEquals(403, run(HttpRequest.GET("/api/v1/trainees/ana/progress"), t.ben).response().status().intValue());
    assertEquals(403, run(HttpRequest.GET("/api/v1/trainees/ana/progress"), t.auditor).response().status().intValue());
    assertEquals(404, run(HttpRequest.GET("/api/v1/trainees/nobody/progress"), t.trainer).response().status().intValue());
    assertEquals(400, run(HttpRequest.GET("/api/v1/trainees/ana/progress?last=0"), t.trainer).response().status()
        .intValue());
  }

  private static JsonNode sessionOf(JsonNode progress, String sessionId) {
    for (JsonNode s : progress.get("sessions")) if (s.get("sessionId").asText().equals(sessionId)) return s;
    throw new AssertionError("no session " + sessionId + " in " + progress);
  }
}
