package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.testkit.TestRouteResult;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;

public class WorkshopRoutesTest extends RouteTestBase {

  private static final String DEFINITION = """
      {"id": "json-def", "title": "From JSON", "mode": "practice", "scenarios": ["refund-defective-unit"],
       "trainees": [{"id": "sam", "name": "Sam", "agent": "by-the-book"}, {"id": "lee", "name": "Lee", "agent": "reactive"}]}
      """;

  private JsonNode post(String body, int status) throws Exception {
    TestRouteResult r = run(json(HttpRequest.POST("/api/v1/workshops"), body), t.trainer);
    assertEquals(r.entityString(), status, r.response().status().intValue());
    return body(r);
  }

  @Test
  public void aJsonDefinitionCreatesAWorkshopThatRunsInTheBackgroundAndIsScored() throws Exception {
    TestRouteResult created = run(json(HttpRequest.POST("/api/v1/workshops"), DEFINITION), t.trainer);
    assertEquals(created.entityString(), 201, created.response().status().intValue());
    JsonNode w = body(created);
    String id = w.get("workshopId").asText();
    assertTrue(id, id.startsWith("json-def-"));
    assertEquals("/api/v1/workshops/" + id, created.response().getHeader("Location").orElseThrow().value());
    assertEquals(2, w.get("sessions").size());
    assertEquals(2, w.get("trainees").size());

    JsonNode shown = body(run(HttpRequest.GET("/api/v1/workshops/" + id), t.trainer));
    assertEquals("From JSON", shown.get("definition").get("title").asText());

    TestRouteResult started = run(HttpRequest.POST("/api/v1/workshops/" + id + "/run"), t.trainer);
    assertEquals(started.entityString(), 202, started.response().status().intValue());
    assertEquals("/api/v1/workshops/" + id, started.response().getHeader("Location").orElseThrow().value());
    assertEquals(2, body(started).get("sessions").asInt());

    JsonNode board = null;
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      TestRouteResult r = run(HttpRequest.GET("/api/v1/workshops/" + id + "/scoreboard"), t.trainer);
      if (r.response().status().intValue() == 200) {
        board = body(r);
        if (board.get("sessions").size() == 2 && board.get("sessions").get(0).get("score").isObject()
            && board.get("sessions").get(1).get("score").isObject()) break;
      }
      Thread.sleep(200);
    }
    assertTrue(String.valueOf(board), board != null && board.get("sessions").size() == 2);
    assertTrue(board.toString(), board.get("kpis").isArray());
    JsonNode rules = board.get("sessions").get(0).get("score").get("verdicts");
    assertTrue(rules.toString(), rules.size() > 5);

    // a finished run closes the workshop: running it again is a conflict
    long until = System.nanoTime() + 30_000_000_000L;
    while (!body(run(HttpRequest.GET("/api/v1/workshops/" + id), t.trainer)).get("closed").asBoolean()
        && System.nanoTime() < until) {
      Thread.sleep(100);
    }
    assertEquals(409, run(HttpRequest.POST("/api/v1/workshops/" + id + "/run"), t.trainer).response().status()
        .intValue());
  }

  @Test
  public void aWorkshopFileByNameCreatesAWorkshopWithLiveTrainees() throws Exception {
    JsonNode w = post("{\"file\":\"live-demo\"}", 201);
    assertTrue(w.get("workshopId").asText().startsWith("live-demo-"));
    assertTrue(w.get("trainees").toString().contains("\"live\":true"));
  }

  @Test
  public void invalidDefinitionsAre422WithEveryProblemLocated() throws Exception {
    JsonNode p = post("{\"id\": \"bad\", \"scenarios\": [\"no-such-scenario\"], \"trainees\": [{\"id\": \"x\"}],"
        + " \"colour\": \"red\"}", 422);
    JsonNode errors = p.get("errors");
    assertTrue(p.toString(), errors.size() >= 3);
    String all = errors.toString();
    assertTrue(all, all.contains("no-such-scenario"));
    assertTrue(all, all.contains("colour"));
    assertTrue(all, errors.get(0).asText().matches("request body:\\d+:\\d+: .*"));
  }

  @Test
  public void fileRequestsAreCheckedAndMissingFilesAre404() throws Exception {
    post("{\"file\":\"nope\"}", 404);
    post("{\"file\":\"live-demo\",\"title\":\"x\"}", 400);
    post("{\"file\":\"../etc/passwd\"}", 422);
  }

  @Test
  public void unknownWorkshopsAre404Everywhere() throws Exception {
    for (String path : new String[] {"", "/scoreboard"}) {
      assertEquals(404, run(HttpRequest.GET("/api/v1/workshops/nope-1" + path), t.trainer).response().status()
          .intValue());
    }
    for (String path : new String[] {"/run", "/release"}) {
      assertEquals(404, run(HttpRequest.POST("/api/v1/workshops/nope-1" + path), t.trainer).response().status()
          .intValue());
    }
  }

  @Test
  public void releasingFeedbackIsRecorded() throws Exception {
    String id = post("{\"file\":\"live-demo\"}", 201).get("workshopId").asText();
    JsonNode released = body(run(HttpRequest.POST("/api/v1/workshops/" + id + "/release"), t.trainer));
    assertTrue(released.get("feedbackReleased").asBoolean());
  }
}
