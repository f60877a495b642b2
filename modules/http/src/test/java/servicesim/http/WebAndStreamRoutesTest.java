package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.model.headers.RawHeader;
import akka.http.javadsl.testkit.TestRouteResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import servicesim.scenario.workshop.Trainee;
import servicesim.scenario.workshop.Workshop;

/**
 * The web UI's files (content types, caching, the content security policy, WebJars) and the endpoints added for it:
 * who a token is, the trainer's workshop list, the trainee's sessions, and the session and workshop event streams.
 */
public class WebAndStreamRoutesTest extends RouteTestBase {

  private static String header(TestRouteResult r, String name) {
    return r.response().getHeader(name).map(h -> h.value()).orElse("");
  }

  @Test
  public void theIndexIsServedRevalidatedAndConfinedToThisServer() {
    TestRouteResult r = run(HttpRequest.GET("/"), null);
    assertEquals(200, r.response().status().intValue());
    assertEquals("text/html", r.response().entity().getContentType().mediaType().toString());
    assertTrue(r.entityString().contains("<script type=\"module\" src=\"/ui/js/main.js\"></script>"));
    assertEquals("no-cache", header(r, "Cache-Control"));
    assertTrue(header(r, "Content-Security-Policy").startsWith("default-src 'self'"));
    assertEquals("nosniff", header(r, "X-Content-Type-Options"));
    assertFalse(header(r, "Last-Modified").isEmpty());
  }

  @Test
  public void modulesStylesAndIconsHaveTheirContentTypes() {
    for (String[] f : new String[][] {{"/ui/js/main.js", "javascript"}, {"/ui/js/trainee.js", "javascript"},
        {"/ui/app.css", "text/css"}, {"/ui/favicon.svg", "image/svg+xml"}, {"/favicon.ico", "image/svg+xml"}}) {
      TestRouteResult r = run(HttpRequest.GET(f[0]), null);
      assertEquals(f[0], 200, r.response().status().intValue());
      assertTrue(f[0] + ": " + r.response().entity().getContentType(),
          r.response().entity().getContentType().toString().contains(f[1]));
    }
  }

  @Test
  public void everyScriptAndStyleThePageLoadsComesFromThisServer() {
    String index = run(HttpRequest.GET("/"), null).entityString();
    List<String> refs = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(index);
    while (m.find()) refs.add(m.group(1));
    assertTrue(refs.toString(), refs.size() >= 4);
    for (String ref : refs) {
      if (ref.startsWith("#")) continue;
      assertTrue(ref, ref.startsWith("/"));
      assertEquals(ref, 200, run(HttpRequest.GET(ref), null).response().status().intValue());
    }
  }

  @Test
  public void chartJsComesFromItsWebJarAndMayBeCachedForAYear() {
    TestRouteResult r = run(HttpRequest.GET("/webjars/chart.js/4.5.1/dist/chart.umd.min.js"), null);
    assertEquals(200, r.response().status().intValue());
    assertTrue(header(r, "Cache-Control"), header(r, "Cache-Control").contains("max-age=31536000"));
    assertTrue(header(r, "Cache-Control").contains("immutable"));
  }

  @Test
  public void aMissingFileIsANotFoundProblem() {
    TestRouteResult r = run(HttpRequest.GET("/ui/js/nothing-here.js"), null);
    assertEquals(404, r.response().status().intValue());
    assertEquals(Problems.PROBLEM_JSON, r.response().entity().getContentType().mediaType());
    assertEquals(404, run(HttpRequest.GET("/webjars/nothing/1/x.js"), null).response().status().intValue());
    assertEquals(405, run(HttpRequest.POST("/"), null).response().status().intValue());
  }

  @Test
  public void meTellsATokenItsRoleAndTraineeId() throws Exception {
    JsonNode trainee = body(run(HttpRequest.GET("/api/v1/me"), t.ana));
    assertEquals("trainee", trainee.get("role").asText());
    assertEquals("ana", trainee.get("trainee").asText());
    JsonNode auditor = body(run(HttpRequest.GET("/api/v1/me"), t.auditor));
    assertEquals("auditor", auditor.get("role").asText());
    assertTrue(auditor.get("trainee").isNull());
    assertEquals(401, run(HttpRequest.GET("/api/v1/me"), "ss_nope").response().status().intValue());
  }

  @Test
  public void trainersListTheWorkshopsAndTheWorkshopFiles() throws Exception {
    JsonNode list = body(run(HttpRequest.GET("/api/v1/workshops"), t.trainer));
    List<String> ids = new ArrayList<>();
    list.get("workshops").forEach(w -> ids.add(w.get("workshopId").asText()));
    assertTrue(ids.toString(), ids.containsAll(List.of(t.practice, t.assessment)));
    JsonNode practice = null;
    for (JsonNode w : list.get("workshops")) if (w.get("workshopId").asText().equals(t.practice)) practice = w;
    assertEquals("practice", practice.get("mode").asText());
    assertEquals(2, practice.get("trainees").size());
    assertEquals("live-demo", list.get("files").get(0).asText());
  }

  @Test
  public void aTraineeListsOnlyTheWorkshopsTheyPlayLive() throws Exception {
    JsonNode ana = body(run(HttpRequest.GET("/api/v1/sessions"), t.ana));
    assertEquals("ana", ana.get("traineeId").asText());
    List<String> anas = new ArrayList<>();
    ana.get("workshops").forEach(w -> anas.add(w.get("workshopId").asText()));
    assertTrue(anas.toString(), anas.containsAll(List.of(t.practice, t.assessment)));
    JsonNode first = ana.get("workshops").get(0).get("sessions").get(0);
    assertEquals(TestApi.SCENARIO, first.get("scenarioId").asText());
    assertEquals("phone", first.get("channel").asText());
    assertEquals("en", first.get("language").asText());
    JsonNode ben = body(run(HttpRequest.GET("/api/v1/sessions"), t.ben));
    List<String> bens = new ArrayList<>();
    ben.get("workshops").forEach(w -> bens.add(w.get("workshopId").asText()));
    assertTrue(bens.toString(), bens.contains(t.assessment));
    assertFalse(bens.toString(), bens.contains(t.practice));
  }

  @Test
  public void aSessionStreamSendsEveryEventThenTheStateThenTheScoreAndEnds() throws Exception {
    String id = t.anaSession(t.practice, true);
    String stream = run(HttpRequest.GET("/api/v1/sessions/" + id + "/stream"), t.ana).entityString();
    assertTrue(stream, stream.contains("event:event\nid:1\n"));
    assertTrue(stream, stream.contains("\"event\":\"SessionStarted\""));
    assertTrue(stream, stream.contains("event:state"));
    assertTrue(stream, stream.contains("\"event\":\"SessionEnded\""));
    assertTrue(stream, stream.contains("event:scored"));
    assertTrue(stream, stream.contains("\"feedbackReleased\":true"));
    assertTrue(stream, stream.contains("\"score\":"));
    assertTrue(stream, stream.indexOf("event:scored") > stream.lastIndexOf("event:state"));

    // resuming after the second event sends neither of the first two again
    String resumed = run(HttpRequest.GET("/api/v1/sessions/" + id + "/stream")
        .addHeader(RawHeader.create("Last-Event-ID", "2")), t.ana).entityString();
    assertFalse(resumed, resumed.contains("\"event\":\"SessionStarted\""));
    assertTrue(resumed, resumed.contains("id:3\n"));
  }

  @Test
  public void inAnAssessmentTheTraineesStreamSaysScoredWithoutTheScore() throws Exception {
    String exam = t.node.workshops().create(new Workshop("stream-exam", "Stream exam", "default", Workshop.ASSESSMENT,
        List.of(TestApi.SCENARIO), List.of(new Trainee("ana", "Ana", null, true)), "test", "stream-exam-sha"))
        .workshopId();
    String id = t.anaSession(exam, true);
    String forAna = run(HttpRequest.GET("/api/v1/sessions/" + id + "/stream"), t.ana).entityString();
    assertTrue(forAna, forAna.contains("event:scored"));
    assertTrue(forAna, forAna.contains("\"feedbackReleased\":false"));
    assertFalse(forAna, forAna.contains("\"score\":"));
    String forTrainer = run(HttpRequest.GET("/api/v1/sessions/" + id + "/stream"), t.trainer).entityString();
    assertTrue(forTrainer, forTrainer.contains("\"score\":"));
    assertEquals(403, run(HttpRequest.GET("/api/v1/sessions/" + id + "/stream"), t.ben).response().status().intValue());
  }

  @Test
  public void aWorkshopStreamSendsItsScoreboardAndItsActivity() throws Exception {
    String stream = run(HttpRequest.GET("/api/v1/workshops/" + t.practice + "/stream?after=0&limit=5"), t.trainer)
        .entityString();
    assertTrue(stream, stream.contains("event:activity"));
    assertTrue(stream, stream.contains("\"workshopId\":\"" + t.practice + "\""));
    String board = run(HttpRequest.GET("/api/v1/workshops/" + t.practice + "/stream?limit=1"), t.trainer)
        .entityString();
    assertTrue(board, board.contains("event:scoreboard"));
    assertFalse(board, board.contains("event:activity"));
    assertTrue(board, board.contains("\"kpis\""));
    assertEquals(404, run(HttpRequest.GET("/api/v1/workshops/nope-1/stream"), t.trainer).response().status().intValue());
  }
}
