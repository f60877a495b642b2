package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.http.javadsl.model.HttpRequest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;

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
    t.anaSession(t.practice, true);
    String exam = t.anaSession(t.assessment, true);
    JsonNode own = body(run(HttpRequest.GET("/api/v1/trainees/ana/progress"), t.ana));
    boolean released = body(run(HttpRequest.GET("/api/v1/workshops/" + t.assessment), t.trainer))
        .get("feedbackReleased").asBoolean();
    for (JsonNode s : own.get("sessions")) {
      if (!s.get("sessionId").asText().equals(exam)) continue;
      assertEquals(released ? "scored" : "feedback-pending", s.get("status").asText());
      assertEquals(released, !s.get("score").isNull());
    }
    assertEquals(403, run(HttpRequest.GET("/api/v1/trainees/ana/progress"), t.ben).response().status().intValue());
    assertEquals(403, run(HttpRequest.GET("/api/v1/trainees/ana/progress"), t.auditor).response().status().intValue());
    assertEquals(404, run(HttpRequest.GET("/api/v1/trainees/nobody/progress"), t.trainer).response().status().intValue());
    assertEquals(400, run(HttpRequest.GET("/api/v1/trainees/ana/progress?last=0"), t.trainer).response().status()
        .intValue());
  }
}
