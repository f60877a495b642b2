package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.testkit.TestRouteResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.Test;
import servicesim.scenario.workshop.Trainee;
import servicesim.scenario.workshop.Workshop;

public class SessionRoutesTest extends RouteTestBase {

  private String workshop(String mode) throws Exception {
    return t.node.workshops().create(new Workshop("sessions-" + mode, "Sessions", "default", mode,
        List.of(TestApi.SCENARIO), List.of(new Trainee("ana", "Ana", null, true), new Trainee("ben", "Ben", null, true)),
        "test", "sessions-" + mode)).workshopId();
  }

  private TestRouteResult start(String workshopId, String scenarioId, String token) {
    return run(json(HttpRequest.POST("/api/v1/sessions"), "{\"workshopId\":\"" + workshopId + "\",\"scenarioId\":\""
        + scenarioId + "\"}"), token);
  }

  private int status(TestRouteResult r) {
    return r.response().status().intValue();
  }

  @Test
  public void aTraineeReadsTheBriefAndWaitsForTheNextThingOnTheSimulatedClock() throws Exception {
    String w = workshop("practice");
    JsonNode mine = null;
    JsonNode brief = null;
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (brief == null && System.nanoTime() < deadline) {
      // the list comes from the read side: the new workshop shows once projected
      mine = body(run(HttpRequest.GET("/api/v1/sessions"), t.ben));
      for (JsonNode ws : mine.get("workshops")) {
        if (ws.get("workshopId").asText().equals(w)) brief = ws.get("sessions").get(0).get("brief");
      }
      if (brief == null) Thread.sleep(200);
    }
    assertTrue("a brief for the scenario: " + mine, brief != null && brief.get("rules").size() > 5);
    assertEquals("phone", brief.get("channel").asText());
    assertTrue(brief.toString(), brief.get("rules").toString().contains("\"id\":\"complaint-record\""));

    String id = body(start(w, TestApi.SCENARIO, t.ben)).get("sessionId").asText();
    JsonNode before = body(run(HttpRequest.GET("/api/v1/sessions/" + id), t.ben));
    assertEquals(1.0, before.get("state").get("timeScale").asDouble(), 0);
    java.time.Instant simulated = java.time.Instant.parse(before.get("state").get("simulatedNow").asText());
    // on the phone the caller waits for an answer: waiting skips to their nudge
    TestRouteResult waited = run(HttpRequest.POST("/api/v1/sessions/" + id + "/wait"), t.ben);
    assertEquals(waited.entityString(), 200, status(waited));
    JsonNode entry = null;
    for (JsonNode e : body(waited).get("transcript")) if (e.get("event").asText().equals("AgentWaited")) entry = e;
    assertTrue(waited.entityString(), entry != null && entry.get("until").asText().equals("customer"));
    java.time.Instant to = java.time.Instant.parse(entry.get("to").asText());
    assertTrue(to + " after " + simulated, to.isAfter(simulated.plusSeconds(5)));
    assertTrue(!java.time.Instant.parse(body(waited).get("state").get("simulatedNow").asText()).isBefore(to));
    assertEquals(404, status(run(HttpRequest.POST("/api/v1/sessions/nobody-s-session/wait"), t.ben)));
    assertEquals(403, status(run(HttpRequest.POST("/api/v1/sessions/" + id + "/wait"), t.ana)));
  }

  @Test
  public void aTraineePlaysALiveSessionAndSeesTheCustomersReplies() throws Exception {
    String w = workshop("practice");
    TestRouteResult started = start(w, TestApi.SCENARIO, t.ana);
    assertEquals(started.entityString(), 201, status(started));
    JsonNode s = body(started);
    String id = s.get("sessionId").asText();
    assertEquals("/api/v1/sessions/" + id, started.response().getHeader("Location").orElseThrow().value());
    assertEquals("wall", s.get("setup").get("clock").asText());
    assertEquals("Ana", s.get("setup").get("agentName").asText());
    assertEquals("SessionStarted", s.get("transcript").get(0).get("event").asText());
    // the start answers with the event it stored, exactly as the journal keeps it
    JsonNode kept = body(run(HttpRequest.GET("/api/v1/sessions/" + id), t.ana)).get("transcript").get(0);
    assertEquals(kept, s.get("transcript").get(0));
    TestRouteResult again = start(w, TestApi.SCENARIO, t.ana);
    assertEquals(200, status(again));
    assertEquals(kept, body(again).get("transcript").get(0));

    TestRouteResult said = run(json(HttpRequest.POST("/api/v1/sessions/" + id + "/messages"),
        "{\"text\":\"Thank you for calling Acme Electronics, this is Ana. How can I help you today?\"}"), t.ana);
    assertEquals(said.entityString(), 200, status(said));
    assertTrue(said.entityString().contains("AgentMessageSent"));

    JsonNode view = null;
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      view = body(run(HttpRequest.GET("/api/v1/sessions/" + id), t.ana));
      if (view.get("transcript").toString().contains("CustomerMessageSent")) break;
      Thread.sleep(200);
    }
    assertTrue("the customer answered: " + view, view.get("transcript").toString().contains("doesn't work"));

    TestRouteResult acted = run(json(HttpRequest.POST("/api/v1/sessions/" + id + "/actions"),
        "{\"type\":\"escalate\",\"fields\":{\"to\":\"team lead\"}}"), t.ana);
    assertEquals(acted.entityString(), 200, status(acted));
    assertTrue(acted.entityString(), acted.entityString().contains("AgentActionTaken"));
    assertEquals(422, status(run(json(HttpRequest.POST("/api/v1/sessions/" + id + "/actions"),
        "{\"type\":\"teleport\"}"), t.ana)));
    assertEquals(422, status(run(json(HttpRequest.POST("/api/v1/sessions/" + id + "/actions"),
        "{\"type\":\"escalate\",\"fields\":{\"colour\":\"red\"}}"), t.ana)));

    // score: not before the session is scored
    assertEquals(404, status(run(HttpRequest.GET("/api/v1/sessions/" + id + "/score"), t.ana)));

    TestRouteResult ended = run(HttpRequest.POST("/api/v1/sessions/" + id + "/end"), t.ana);
    assertEquals(ended.entityString(), 200, status(ended));
    assertTrue(body(ended).get("state").get("ended").asBoolean());
    assertEquals(409, status(run(json(HttpRequest.POST("/api/v1/sessions/" + id + "/messages"),
        "{\"text\":\"Hello?\"}"), t.ana)));
    assertEquals(409, status(run(HttpRequest.POST("/api/v1/sessions/" + id + "/end"), t.ana)));
    assertEquals(409, status(start(w, TestApi.SCENARIO, t.ana)));

    JsonNode score = null;
    long until = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < until) {
      TestRouteResult r = run(HttpRequest.GET("/api/v1/sessions/" + id + "/score"), t.ana);
      if (status(r) == 200) {
        score = body(r);
        break;
      }
      Thread.sleep(200);
    }
    assertTrue("scored", score != null);
    assertTrue(score.get("feedbackReleased").asBoolean());
    boolean evidence = false;
    for (JsonNode v : score.get("verdicts")) {
      for (JsonNode e : v.get("evidence")) evidence |= e.get("seqNr").asLong() > 0;
    }
    assertTrue("verdicts carry evidence seqNrs: " + score, evidence);
  }

  @Test
  public void startingIsCheckedAgainstTheWorkshop() throws Exception {
    String w = workshop("practice");
    assertEquals(404, status(start("nope-1", TestApi.SCENARIO, t.ana)));
    assertEquals(403, status(start(t.practice, TestApi.SCENARIO, t.ben)));
    TestRouteResult notPart = start(w, "another-scenario", t.ana);
    assertEquals(notPart.entityString(), 422, status(notPart));
    assertEquals(422, status(run(json(HttpRequest.POST("/api/v1/sessions"), "{\"workshopId\":\"" + w + "\"}"),
        t.ana)));
    TestRouteResult unknown = run(json(HttpRequest.POST("/api/v1/sessions"), "{\"workshop\":\"" + w + "\"}"), t.ana);
    assertEquals(400, status(unknown));
    assertTrue(unknown.entityString().contains("'workshop'"));
  }

  @Test
  public void messagesAreCheckedAndOnlyTheirOwnerMaySpeak() throws Exception {
    String w = workshop("practice");
    String id = body(start(w, TestApi.SCENARIO, t.ana)).get("sessionId").asText();
    String messages = "/api/v1/sessions/" + id + "/messages";
    TestRouteResult tooLong = run(json(HttpRequest.POST(messages), "{\"text\":\"" + "a".repeat(4001) + "\"}"), t.ana);
    assertEquals(422, status(tooLong));
    assertTrue(tooLong.entityString().contains("4000"));
    assertEquals(422, status(run(json(HttpRequest.POST(messages), "{\"subject\":\"x\"}"), t.ana)));
    assertEquals(400, status(run(json(HttpRequest.POST(messages), "{\"text\":\"hi\",\"tone\":\"warm\"}"), t.ana)));
    assertEquals(403, status(run(json(HttpRequest.POST(messages), "{\"text\":\"hi\"}"), t.ben)));
    assertEquals(403, status(run(HttpRequest.GET("/api/v1/sessions/" + id), t.ben)));
    assertEquals(403, status(run(HttpRequest.GET("/api/v1/sessions/" + id + "/score"), t.ben)));
    assertEquals(404, status(run(json(HttpRequest.POST("/api/v1/sessions/nope.ana.x/messages"), "{\"text\":\"hi\"}"),
        t.ana)));
    assertEquals(200, status(run(HttpRequest.GET("/api/v1/sessions/" + id), t.trainer)));
    // scripted sessions are not played over HTTP
    assertEquals(403, status(run(json(HttpRequest.POST("/api/v1/sessions/" + t.scriptedSession() + "/messages"),
        "{\"text\":\"hi\"}"), t.ana)));
  }

  @Test
  public void inAnAssessmentTraineesSeeTheirScoreOnlyOnceFeedbackIsReleased() throws Exception {
    String id = t.anaSession(t.assessment, true);
    TestRouteResult hidden = run(HttpRequest.GET("/api/v1/sessions/" + id + "/score"), t.ana);
    assertEquals(hidden.entityString(), 403, status(hidden));
    assertEquals(Problems.TYPE_PREFIX + "feedback-not-released", body(hidden).get("type").asText());
    assertTrue(body(hidden).get("detail").asText().startsWith("feedback not released"));
    TestRouteResult trainer = run(HttpRequest.GET("/api/v1/sessions/" + id + "/score"), t.trainer);
    assertEquals(200, status(trainer));
    assertEquals(200, status(run(HttpRequest.POST("/api/v1/workshops/" + t.assessment + "/release"), t.trainer)));
    TestRouteResult shown = run(HttpRequest.GET("/api/v1/sessions/" + id + "/score"), t.ana);
    assertEquals(shown.entityString(), 200, status(shown));
    assertTrue(body(shown).get("verdicts").size() > 5);
  }
}
