package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.testkit.TestRouteResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import servicesim.scenario.workshop.Trainee;
import servicesim.scenario.workshop.Workshop;

/** Reviews, disputes and calibrations over HTTP: each status a route answers, and the score with both verdicts. */
public class ReviewRoutesTest extends RouteTestBase {

  private int status(TestRouteResult r) {
    return r.response().status().intValue();
  }

  private TestRouteResult post(String path, String body, String token) {
    return run(json(HttpRequest.POST(path), body), token);
  }

  private JsonNode reviewerToken() throws Exception {
    TestRouteResult r = post("/api/v1/tokens", "{\"role\":\"reviewer\"}", t.trainer);
    assertEquals(r.entityString(), 201, status(r));
    return body(r);
  }

  private JsonNode verdictOf(JsonNode score, String rule) {
    for (JsonNode v : score.get("verdicts")) if (v.get("ruleId").asText().equals(rule)) return v;
    throw new AssertionError("no verdict of " + rule + " in " + score);
  }

  private void caughtUp() throws Exception {
    assertTrue(t.node.awaitCatchUp(Duration.ofMinutes(1), lag -> { }));
  }

  @Test
  public void aTrainerOverridesAVerdictAndTheScoreShowsBothVerdicts() throws Exception {
    String sam = t.scriptedSession();
    String review = "/api/v1/sessions/" + sam + "/review";
    JsonNode before = body(run(HttpRequest.GET("/api/v1/sessions/" + sam + "/score"), t.trainer));
    String rule = "offer-compensation";
    String machine = verdictOf(before, rule).get("machineVerdict").asText();
    String flipped = machine.equals("pass") ? "fail" : "pass";
    TestRouteResult done = post(review, "{\"rule\":\"" + rule + "\",\"verdict\":\"" + flipped + "\",\"reason\":"
        + "\"checked the recording\"}", t.trainer);
    assertEquals(done.entityString(), 200, status(done));
    JsonNode after = body(done);
    JsonNode o = after.get("overrides").get(after.get("overrides").size() - 1);
    assertEquals(rule, o.get("rule").asText());
    assertEquals(machine, o.get("machineVerdict").asText());
    assertEquals(flipped, o.get("verdict").asText());
    caughtUp();
    JsonNode score = body(run(HttpRequest.GET("/api/v1/sessions/" + sam + "/score"), t.trainer));
    JsonNode v = verdictOf(score, rule);
    assertEquals(flipped, v.get("verdict").asText());
    assertEquals(machine, v.get("machineVerdict").asText());
    assertEquals("checked the recording", v.get("override").get("reason").asText());
    assertTrue(score.get("overridden").asInt() >= 1);
    JsonNode board = body(run(HttpRequest.GET("/api/v1/workshops/" + t.practice + "/scoreboard"), t.trainer));
    assertTrue(board.get("overridden").get("verdicts").asInt() >= 1);

    assertEquals(422, status(post(review, "{\"rule\":\"" + rule + "\",\"verdict\":\"maybe\",\"reason\":\"x\"}",
        t.trainer)));
    assertEquals(422, status(post(review, "{\"rule\":\"smile\",\"verdict\":\"pass\",\"reason\":\"x\"}", t.trainer)));
    assertEquals(422, status(post(review, "{\"rule\":\"" + rule + "\",\"verdict\":\"pass\"}", t.trainer)));
    assertEquals(400, status(post(review, "{\"rule\":\"" + rule + "\",\"colour\":\"red\"}", t.trainer)));
    assertEquals(403, status(post(review, "{\"rule\":\"" + rule + "\",\"verdict\":\"pass\",\"reason\":\"x\"}",
        t.auditor)));
    assertEquals(404, status(post("/api/v1/sessions/nobody.x.y/review", "{\"seqNr\":1,\"comment\":\"hi\"}",
        t.trainer)));
    TestRouteResult comment = post(review, "{\"seqNr\":2,\"comment\":\"Say the company's name first.\"}", t.trainer);
    assertEquals(200, status(comment));
    assertTrue(body(comment).get("comments").size() >= 1);
    assertEquals(200, status(run(HttpRequest.GET(review), t.auditor)));
  }

  @Test
  public void overridesWaitForTheScoreAndReviewersNeedAnInvitation() throws Exception {
    String fresh = t.node.workshops().create(new Workshop("review-running", "Running", "default", Workshop.PRACTICE,
        List.of(TestApi.SCENARIO), List.of(new Trainee("ana", "Ana", null, true)), "test", "review-running-sha"))
        .workshopId();
    String running = t.anaSession(fresh, false);
    caughtUp();
    assertEquals(409, status(post("/api/v1/sessions/" + running + "/review", "{\"rule\":\"greeting\",\"verdict\":"
        + "\"pass\",\"reason\":\"x\"}", t.trainer)));

    JsonNode rev = reviewerToken();
    String sam = t.scriptedSession();
    String review = "/api/v1/sessions/" + sam + "/review";
    String override = "{\"rule\":\"greeting\",\"verdict\":\"pass\",\"reason\":\"fine\"}";
    assertEquals(403, status(post(review, override, rev.get("token").asText())));
    assertEquals(403, status(run(HttpRequest.GET("/api/v1/sessions/" + sam + "/score"), rev.get("token").asText())));
    assertEquals(403, status(post(review + "/reviewers", "{\"reviewer\":\"" + rev.get("id").asText() + "\"}",
        rev.get("token").asText())));
    TestRouteResult invited = post(review + "/reviewers", "{\"reviewer\":\"" + rev.get("id").asText() + "\"}",
        t.trainer);
    assertEquals(invited.entityString(), 200, status(invited));
    caughtUp();
    assertEquals(200, status(post(review, override, rev.get("token").asText())));
    assertEquals(200, status(run(HttpRequest.GET("/api/v1/sessions/" + sam + "/score"), rev.get("token").asText())));
    assertEquals(200, status(run(HttpRequest.GET("/api/v1/sessions/" + sam), rev.get("token").asText())));
  }

  @Test
  public void aTraineeDisputesTheTrainerDecidesAndTheTraineeSeesTheOutcome() throws Exception {
    String ana = t.anaSession(t.practice, true);
    String disputes = "/api/v1/sessions/" + ana + "/disputes";
    JsonNode score = body(run(HttpRequest.GET("/api/v1/sessions/" + ana + "/score"), t.ana));
    String rule = null;
    for (JsonNode v : score.get("verdicts")) {
      if (v.get("verdict").asText().equals("fail") && !v.get("critical").asBoolean() && !v.has("override")) {
        rule = v.get("ruleId").asText();
        break;
      }
    }
    assertTrue(score.toString(), rule != null);
    assertEquals(403, status(post(disputes, "{\"rule\":\"" + rule + "\",\"message\":\"mine\"}", t.ben)));
    assertEquals(403, status(post(disputes, "{\"rule\":\"" + rule + "\",\"message\":\"mine\"}", t.trainer)));
    TestRouteResult opened = post(disputes, "{\"rule\":\"" + rule + "\",\"message\":\"I did that\"}", t.ana);
    assertEquals(opened.entityString(), 201, status(opened));
    String id = body(opened).get("disputeId").asText();
    assertEquals("open", body(opened).get("status").asText());
    assertEquals(409, status(post(disputes, "{\"rule\":\"" + rule + "\",\"message\":\"again\"}", t.ana)));
    caughtUp();
    JsonNode open = body(run(HttpRequest.GET("/api/v1/disputes?status=open"), t.trainer));
    assertTrue(open.toString(), open.get("disputes").toString().contains(ana));
    assertEquals(403, status(run(HttpRequest.GET("/api/v1/disputes"), t.ana)));
    assertEquals(400, status(run(HttpRequest.GET("/api/v1/disputes?status=maybe"), t.trainer)));

    assertEquals(403, status(post(disputes + "/" + id, "{\"accept\":true,\"reason\":\"yes\"}", t.ana)));
    assertEquals(404, status(post(disputes + "/d99", "{\"accept\":true,\"reason\":\"yes\"}", t.trainer)));
    TestRouteResult accepted = post(disputes + "/" + id, "{\"accept\":true,\"reason\":\"Right, it was there.\"}",
        t.trainer);
    assertEquals(accepted.entityString(), 200, status(accepted));
    assertEquals("accepted", body(accepted).get("status").asText());
    assertEquals(409, status(post(disputes + "/" + id, "{\"accept\":false,\"reason\":\"no\"}", t.trainer)));
    caughtUp();
    JsonNode review = body(run(HttpRequest.GET("/api/v1/sessions/" + ana + "/review"), t.ana));
    JsonNode dispute = review.get("disputes").get(review.get("disputes").size() - 1);
    assertEquals("Right, it was there.", dispute.get("decision").get("reason").asText());
    JsonNode rescored = body(run(HttpRequest.GET("/api/v1/sessions/" + ana + "/score"), t.ana));
    assertEquals("pass", verdictOf(rescored, rule).get("verdict").asText());
    assertEquals("fail", verdictOf(rescored, rule).get("machineVerdict").asText());
    assertEquals(403, status(run(HttpRequest.GET("/api/v1/sessions/" + ana + "/review"), t.ben)));
  }

  @Test
  public void inAnAssessmentDisputesOpenOnceFeedbackIsReleased() throws Exception {
    String exam = t.node.workshops().create(new Workshop("review-exam", "Review exam", "default",
        Workshop.ASSESSMENT, List.of(TestApi.SCENARIO), List.of(new Trainee("ana", "Ana", null, true)), "test",
        "review-exam-sha")).workshopId();
    String session = t.anaSession(exam, true);
    String body = "{\"rule\":\"greeting\",\"message\":\"I greeted\"}";
    TestRouteResult hidden = post("/api/v1/sessions/" + session + "/disputes", body, t.ana);
    assertEquals(hidden.entityString(), 403, status(hidden));
    assertEquals(403, status(run(HttpRequest.GET("/api/v1/sessions/" + session + "/review"), t.ana)));
    t.node.workshops().releaseFeedback(exam).toCompletableFuture().get(30, TimeUnit.SECONDS);
    assertEquals(201, status(post("/api/v1/sessions/" + session + "/disputes", body, t.ana)));
  }

  @Test
  public void twoReviewersCalibrateBlindAndTheResultGivesKappaPerRule() throws Exception {
    JsonNode ann = reviewerToken();
    JsonNode bob = reviewerToken();
    JsonNode cyd = reviewerToken();
    String s1 = t.scriptedSession();
    String s2 = t.anaSession(t.practice, true);
    TestRouteResult created = post("/api/v1/calibrations", "{\"title\":\"Week 1\",\"sessions\":[\"" + s1 + "\",\""
        + s2 + "\"],\"reviewers\":[\"" + ann.get("id").asText() + "\",\"" + bob.get("id").asText() + "\"]}",
        t.trainer);
    assertEquals(created.entityString(), 201, status(created));
    JsonNode cal = body(created);
    String path = "/api/v1/calibrations/" + cal.get("calibrationId").asText();
    List<String> rules = new java.util.ArrayList<>();
    cal.get("rules").forEach(r -> rules.add(r.asText()));
    assertTrue(rules.contains("greeting") && rules.contains("apologize"));

    // greeting: both say s1 pass, s2 fail (kappa 1); apologize: they disagree on both (kappa -1); the rest all pass
    scoreAll(path, ann, s1, rules, "greeting", "pass", "apologize", "pass");
    scoreAll(path, ann, s2, rules, "greeting", "fail", "apologize", "fail");
    JsonNode blind = body(run(HttpRequest.GET(path), ann.get("token").asText()));
    assertTrue(blind.get("result").isNull());
    assertTrue(blind.get("ratings") == null || blind.get("ratings").isNull());
    assertEquals(2, blind.get("mine").size());
    assertEquals(403, status(run(HttpRequest.GET("/api/v1/sessions/" + s1 + "/score"), ann.get("token").asText())));
    assertEquals(200, status(run(HttpRequest.GET("/api/v1/sessions/" + s1), ann.get("token").asText())));
    assertEquals(403, status(run(HttpRequest.GET(path), cyd.get("token").asText())));
    assertEquals(403, status(post(path + "/verdicts", "{\"sessionId\":\"" + s1 + "\",\"verdicts\":{}}",
        cyd.get("token").asText())));
    assertEquals(409, status(post(path + "/verdicts", verdicts(s1, rules, "greeting", "pass", "apologize", "pass"),
        ann.get("token").asText())));
    assertEquals(422, status(post(path + "/verdicts", "{\"sessionId\":\"" + s1 + "\",\"verdicts\":{\"greeting\":"
        + "\"pass\"}}", bob.get("token").asText())));
    scoreAll(path, bob, s1, rules, "greeting", "pass", "apologize", "fail");
    JsonNode done = scoreAll(path, bob, s2, rules, "greeting", "fail", "apologize", "pass");

    assertTrue(done.get("complete").asBoolean());
    JsonNode result = done.get("result");
    assertEquals("cohen", result.get("method").asText());
    JsonNode greeting = rule(result, "greeting");
    assertEquals(1.0, greeting.get("kappa").asDouble(), 1e-9);
    assertEquals(1.0, greeting.get("agreement").asDouble(), 1e-9);
    JsonNode apologize = rule(result, "apologize");
    assertEquals(-1.0, apologize.get("kappa").asDouble(), 1e-9);
    assertEquals(0.0, apologize.get("agreement").asDouble(), 1e-9);
    String other = rules.stream().filter(r -> !r.equals("greeting") && !r.equals("apologize")).findFirst()
        .orElseThrow();
    assertTrue(rule(result, other).get("kappa").isNull());
    double n = 2.0 * rules.size();
    double po = (n - 2) / n;
    double pe = Math.pow((n - 2) / n, 2) + Math.pow(2 / n, 2);
    assertEquals((po - pe) / (1 - pe), result.get("overall").get("kappa").asDouble(), 1e-4);
    assertEquals(2, result.get("splits").size());
    assertEquals(200, status(run(HttpRequest.GET("/api/v1/calibrations"), ann.get("token").asText())));
    assertEquals(1, body(run(HttpRequest.GET("/api/v1/calibrations"), cyd.get("token").asText())).get("calibrations")
        .size() == 0 ? 1 : 0);
    assertEquals(403, status(run(HttpRequest.GET(path), t.ana)));
    assertEquals(404, status(run(HttpRequest.GET("/api/v1/calibrations/cal-nothing"), t.trainer)));
    assertEquals(422, status(post("/api/v1/calibrations", "{\"sessions\":[\"" + s1 + "\"],\"reviewers\":[\"one\"]}",
        t.trainer)));
    assertEquals(422, status(post("/api/v1/calibrations", "{\"sessions\":[\"none.x.y\"],\"reviewers\":[\"a\",\"b\"]}",
        t.trainer)));
    assertEquals(403, status(post("/api/v1/calibrations", "{\"sessions\":[],\"reviewers\":[]}", t.ana)));
  }

  private static JsonNode rule(JsonNode result, String id) {
    for (JsonNode r : result.get("rules")) if (r.get("ruleId").asText().equals(id)) return r;
    throw new AssertionError("no rule " + id + " in " + result);
  }

  private static String verdicts(String session, List<String> rules, String... special) {
    StringBuilder b = new StringBuilder("{\"sessionId\":\"" + session + "\",\"verdicts\":{");
    for (int i = 0; i < rules.size(); i++) {
      String v = "pass";
      for (int k = 0; k < special.length; k += 2) if (special[k].equals(rules.get(i))) v = special[k + 1];
      b.append(i == 0 ? "" : ",").append('"').append(rules.get(i)).append("\":\"").append(v).append('"');
    }
    return b.append("}}").toString();
  }

  private JsonNode scoreAll(String path, JsonNode reviewer, String session, List<String> rules, String... special)
      throws Exception {
    TestRouteResult r = post(path + "/verdicts", verdicts(session, rules, special), reviewer.get("token").asText());
    assertEquals(r.entityString(), 200, status(r));
    return body(r);
  }
}
