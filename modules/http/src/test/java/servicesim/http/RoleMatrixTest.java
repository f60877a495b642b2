package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.testkit.TestRouteResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.Test;

/**
 * Every endpoint against every kind of caller: no token, a bad token, a trainer, a trainee (ana, who owns the
 * sessions used here), another trainee (ben), an auditor and an admin. Allowed callers get the endpoint's success status, the
 * others 403, and callers without a valid token 401 with {@code WWW-Authenticate: Bearer}.
 */
public class RoleMatrixTest extends RouteTestBase {

  enum Caller { NONE, BAD, ADMIN, TRAINER, TRAINEE, OTHER_TRAINEE, AUDITOR, REVIEWER }

  private record Endpoint(String name, Supplier<HttpRequest> request, Map<Caller, Integer> expected) {}

  private static Map<Caller, Integer> only(int status, Caller... allowed) {
    Map<Caller, Integer> m = new LinkedHashMap<>();
    for (Caller c : Caller.values()) m.put(c, c == Caller.NONE || c == Caller.BAD ? 401 : 403);
    for (Caller c : allowed) m.put(c, status);
    return m;
  }

  private static Map<Caller, Integer> everyone(int status) {
    Map<Caller, Integer> m = new LinkedHashMap<>();
    for (Caller c : Caller.values()) m.put(c, status);
    return m;
  }

  private String token(Caller c) {
    return switch (c) {
      case NONE -> null;
      case BAD -> "ss_not-a-token-we-issued";
      case ADMIN -> t.admin;
      case TRAINER -> t.trainer;
      case TRAINEE -> t.ana;
      case OTHER_TRAINEE -> t.ben;
      case AUDITOR -> t.auditor;
      case REVIEWER -> reviewer.token();
    };
  }

  /** A reviewer invited to the scored session and calibrating with it. */
  private servicesim.readside.TokenRepository.Created reviewer;

  @Test
  public void everyEndpointAnswersEveryCallerWith401Or403OrItsSuccessStatus() throws Exception {
    reviewer = t.node.readSide().tokens().create(new servicesim.readside.TokenRepository.Grant("reviewer", null, null,
        null), java.time.Instant.parse("2026-01-01T00:00:00Z"), "test");
    String fresh = t.node.workshops().create(new servicesim.scenario.workshop.Workshop("matrix", "Matrix", "default",
        "practice", List.of(TestApi.SCENARIO), List.of(new servicesim.scenario.workshop.Trainee("ana", "Ana", null,
        true)), "test", "matrix-sha")).workshopId();
    String scored = t.anaSession(t.practice, true);
    String running = t.anaSession(fresh, false);
    String yaml = java.nio.file.Files.readString(servicesim.files.Home.library().resolve("en/refund-defective-unit.yaml"));
    String session = "/api/v1/sessions/" + running;
    String sam = t.scriptedSession();
    servicesim.simulation.ReviewEntity.Author trainerAuthor = new servicesim.simulation.ReviewEntity.Author("trainer",
        "tok-matrix");
    t.node.reviews().invite(scored, trainerAuthor, reviewer.id()).toCompletableFuture().get(30,
        java.util.concurrent.TimeUnit.SECONDS);
    String calibration = t.node.reviews().createCalibration("Matrix", List.of(sam, scored), List.of(reviewer.id(),
        "tok-matrix"), trainerAuthor).toCompletableFuture().get(30, java.util.concurrent.TimeUnit.SECONDS)
        .calibrationId();
    assertTrue(t.node.awaitCatchUp(java.time.Duration.ofMinutes(1), lag -> { }));
    String review = "/api/v1/sessions/" + scored + "/review";
    String ruleVerdicts = ruleVerdicts(sam);
    servicesim.readside.TokenRepository.Created revocable = t.node.readSide().tokens().create(
        new servicesim.readside.TokenRepository.Grant("auditor", null, null, null), java.time.Instant.parse("2026-01-01T00:00:00Z"), "test");

    List<Endpoint> endpoints = List.of(
        new Endpoint("GET /health", () -> HttpRequest.GET("/health"), everyone(200)),
        new Endpoint("GET /ready", () -> HttpRequest.GET("/ready"), everyone(200)),
        new Endpoint("GET /api/v1/openapi.yaml", () -> HttpRequest.GET("/api/v1/openapi.yaml"), everyone(200)),
        new Endpoint("GET / (web UI)", () -> HttpRequest.GET("/"), everyone(200)),
        new Endpoint("GET /ui/js/main.js", () -> HttpRequest.GET("/ui/js/main.js"), everyone(200)),
        new Endpoint("GET /me", () -> HttpRequest.GET("/api/v1/me"), only(200, Caller.ADMIN, Caller.TRAINER,
            Caller.TRAINEE, Caller.OTHER_TRAINEE, Caller.AUDITOR, Caller.REVIEWER)),
        new Endpoint("GET /workshops", () -> HttpRequest.GET("/api/v1/workshops"), only(200, Caller.TRAINER,
            Caller.AUDITOR)),
        new Endpoint("GET /workshops/{id}/stream", () -> HttpRequest.GET("/api/v1/workshops/" + t.practice
            + "/stream?limit=1"), only(200, Caller.TRAINER)),
        new Endpoint("GET /sessions", () -> HttpRequest.GET("/api/v1/sessions"),
            only(200, Caller.TRAINEE, Caller.OTHER_TRAINEE)),
        new Endpoint("GET /sessions/{id}/stream", () -> HttpRequest.GET("/api/v1/sessions/" + scored + "/stream"),
            only(200, Caller.TRAINEE, Caller.TRAINER)),
        new Endpoint("POST /workshops", () -> json(HttpRequest.POST("/api/v1/workshops"), "{\"file\":\"live-demo\"}"),
            only(201, Caller.TRAINER)),
        new Endpoint("GET /workshops/{id}", () -> HttpRequest.GET("/api/v1/workshops/" + t.practice),
            only(200, Caller.TRAINER)),
        new Endpoint("GET /workshops/{id}/scoreboard", () -> HttpRequest.GET("/api/v1/workshops/" + t.practice
            + "/scoreboard"), only(200, Caller.TRAINER, Caller.AUDITOR)),
        new Endpoint("POST /workshops/{id}/run", () -> HttpRequest.POST("/api/v1/workshops/" + fresh + "/run"),
            only(202, Caller.TRAINER)),
        new Endpoint("POST /workshops/{id}/release", () -> HttpRequest.POST("/api/v1/workshops/" + fresh
            + "/release"), only(200, Caller.TRAINER)),
        new Endpoint("GET /scenarios", () -> HttpRequest.GET("/api/v1/scenarios"), only(200, Caller.TRAINER)),
        new Endpoint("GET /scenarios/{id}", () -> HttpRequest.GET("/api/v1/scenarios/" + TestApi.SCENARIO),
            only(200, Caller.TRAINER)),
        new Endpoint("POST /scenarios/validate", () -> HttpRequest.POST("/api/v1/scenarios/validate")
            .withEntity(HttpEntities.create(ContentTypes.TEXT_PLAIN_UTF8, yaml)), only(200, Caller.TRAINER)),
        new Endpoint("GET /policies", () -> HttpRequest.GET("/api/v1/policies"), only(200, Caller.ADMIN,
            Caller.TRAINER, Caller.TRAINEE, Caller.OTHER_TRAINEE, Caller.AUDITOR, Caller.REVIEWER)),
        new Endpoint("GET /policies/{id}", () -> HttpRequest.GET("/api/v1/policies/default?lang=ur"),
            only(200, Caller.ADMIN, Caller.TRAINER, Caller.TRAINEE, Caller.OTHER_TRAINEE, Caller.AUDITOR,
                Caller.REVIEWER)),
        new Endpoint("GET /catalogue", () -> HttpRequest.GET("/api/v1/catalogue"), only(200, Caller.ADMIN,
            Caller.TRAINER, Caller.TRAINEE, Caller.OTHER_TRAINEE, Caller.AUDITOR, Caller.REVIEWER)),
        new Endpoint("GET /trainees/{id}/progress", () -> HttpRequest.GET("/api/v1/trainees/ana/progress"),
            only(200, Caller.TRAINER, Caller.TRAINEE)),
        new Endpoint("POST /tokens", () -> json(HttpRequest.POST("/api/v1/tokens"),
            "{\"role\":\"trainee\",\"trainee\":\"ana\",\"workshop\":\"" + fresh + "\"}"),
            only(201, Caller.ADMIN, Caller.TRAINER)),
        new Endpoint("GET /tokens", () -> HttpRequest.GET("/api/v1/tokens"), only(200, Caller.ADMIN)),
        new Endpoint("DELETE /tokens/{id}", () -> HttpRequest.DELETE("/api/v1/tokens/" + revocable.id()),
            only(200, Caller.ADMIN)),
        new Endpoint("GET /access-log", () -> HttpRequest.GET("/api/v1/access-log?limit=5"), only(200, Caller.ADMIN)),
        new Endpoint("POST /sessions", () -> json(HttpRequest.POST("/api/v1/sessions"),
            "{\"workshopId\":\"" + fresh + "\",\"scenarioId\":\"" + TestApi.SCENARIO + "\"}"),
            only(200, Caller.TRAINEE)),
        new Endpoint("GET /sessions/{id}", () -> HttpRequest.GET(session), only(200, Caller.TRAINEE, Caller.TRAINER)),
        new Endpoint("POST /sessions/{id}/messages", () -> json(HttpRequest.POST(session + "/messages"),
            "{\"text\":\"Thank you for calling Acme Electronics, this is Ana. How can I help?\"}"),
            only(200, Caller.TRAINEE)),
        new Endpoint("POST /sessions/{id}/actions", () -> json(HttpRequest.POST(session + "/actions"),
            "{\"type\":\"status-update\",\"fields\":{\"text\":\"Looking into it\"}}"), only(200, Caller.TRAINEE)),
        new Endpoint("POST /sessions/{id}/wait", () -> HttpRequest.POST(session + "/wait"), only(200, Caller.TRAINEE)),
        new Endpoint("POST /sessions/{id}/end", () -> HttpRequest.POST(session + "/end"), only(200, Caller.TRAINEE)),
        new Endpoint("GET /sessions/{id}/score", () -> HttpRequest.GET("/api/v1/sessions/" + scored + "/score"),
            only(200, Caller.TRAINEE, Caller.TRAINER, Caller.AUDITOR, Caller.REVIEWER)),
        new Endpoint("GET /sessions/{id} (a reviewer's calibration session)", () -> HttpRequest.GET(
            "/api/v1/sessions/" + scored), only(200, Caller.TRAINEE, Caller.TRAINER, Caller.REVIEWER)),
        new Endpoint("GET /sessions/{id}/review", () -> HttpRequest.GET(review), only(200, Caller.TRAINEE,
            Caller.TRAINER, Caller.AUDITOR, Caller.REVIEWER)),
        new Endpoint("POST /sessions/{id}/review", () -> json(HttpRequest.POST(review),
            "{\"seqNr\":1,\"comment\":\"Well opened.\"}"), only(200, Caller.TRAINER, Caller.REVIEWER)),
        new Endpoint("POST /sessions/{id}/review/reviewers", () -> json(HttpRequest.POST(review + "/reviewers"),
            "{\"reviewer\":\"" + reviewer.id() + "\"}"), only(200, Caller.TRAINER)),
        new Endpoint("POST /sessions/{id}/disputes", () -> json(HttpRequest.POST("/api/v1/sessions/" + scored
            + "/disputes"), "{\"rule\":\"no-such-rule\",\"message\":\"x\"}"), only(422, Caller.TRAINEE)),
        new Endpoint("POST /sessions/{id}/disputes/{disputeId}", () -> json(HttpRequest.POST("/api/v1/sessions/"
            + scored + "/disputes/d999"), "{\"accept\":false,\"reason\":\"x\"}"),
            only(404, Caller.TRAINER, Caller.REVIEWER)),
        new Endpoint("GET /disputes", () -> HttpRequest.GET("/api/v1/disputes"), only(200, Caller.TRAINER)),
        new Endpoint("POST /calibrations", () -> json(HttpRequest.POST("/api/v1/calibrations"),
            "{\"sessions\":[\"" + sam + "\"],\"reviewers\":[\"a\",\"b\"]}"), only(201, Caller.TRAINER)),
        new Endpoint("GET /calibrations", () -> HttpRequest.GET("/api/v1/calibrations"), only(200, Caller.TRAINER,
            Caller.REVIEWER)),
        new Endpoint("GET /calibrations/{id}", () -> HttpRequest.GET("/api/v1/calibrations/" + calibration),
            only(200, Caller.TRAINER, Caller.REVIEWER)),
        new Endpoint("POST /calibrations/{id}/verdicts", () -> json(HttpRequest.POST("/api/v1/calibrations/"
            + calibration + "/verdicts"), ruleVerdicts), scoring()),
        new Endpoint("GET /audit/events", () -> HttpRequest.GET("/api/v1/audit/events?limit=5"),
            only(200, Caller.AUDITOR)),
        new Endpoint("GET /audit/events/count", () -> HttpRequest.GET("/api/v1/audit/events/count?type="
            + "AgentMessageSent"), only(200, Caller.AUDITOR)),
        new Endpoint("GET /audit/sessions/{id}/events", () -> HttpRequest.GET("/api/v1/audit/sessions/"
            + t.scriptedSession() + "/events"), only(200, Caller.AUDITOR)),
        new Endpoint("GET /audit/sessions/{id}/verify", () -> HttpRequest.GET("/api/v1/audit/sessions/"
            + t.scriptedSession() + "/verify"), only(200, Caller.AUDITOR)),
        new Endpoint("GET /audit/export", () -> HttpRequest.GET("/api/v1/audit/export?format=csv&session="
            + t.scriptedSession()), only(200, Caller.AUDITOR)),
        new Endpoint("GET /audit/stream", () -> HttpRequest.GET("/api/v1/audit/stream?after=0&limit=2"),
            only(200, Caller.AUDITOR)),
        new Endpoint("POST /audit/verify", () -> HttpRequest.POST("/api/v1/audit/verify"), only(200, Caller.AUDITOR)),
        new Endpoint("GET /audit/sessions/{id}/proof", () -> HttpRequest.GET("/api/v1/audit/sessions/"
            + t.scriptedSession() + "/proof"), only(200, Caller.AUDITOR)),
        new Endpoint("GET /audit/key", () -> HttpRequest.GET("/api/v1/audit/key"), only(200, Caller.AUDITOR,
            Caller.ADMIN)));

    List<String> wrong = new ArrayList<>();
    for (Endpoint e : endpoints) {
      for (Caller c : Caller.values()) {
        TestRouteResult r = run(e.request().get(), token(c));
        int status = r.response().status().intValue();
        int expected = e.expected().get(c);
        if (status != expected) {
          wrong.add(e.name() + " as " + c + ": " + status + " (expected " + expected + ") " + r.entityString());
          continue;
        }
        if (status == 401) {
          assertTrue(e.name(), r.response().getHeader("WWW-Authenticate").orElseThrow().value().startsWith("Bearer"));
        }
        if (status >= 400) {
          assertEquals(e.name() + " as " + c, Problems.PROBLEM_JSON, r.response().entity().getContentType().mediaType());
        }
      }
    }
    assertEquals(String.join("\n", wrong), List.of(), wrong);
  }

  /** Only the calibration's reviewers score it: the trainer's own token is not one of this calibration's. */
  private static Map<Caller, Integer> scoring() {
    Map<Caller, Integer> m = only(422, Caller.REVIEWER);
    m.put(Caller.TRAINER, 403);
    return m;
  }

  /** A verdict for a rule the calibration does not judge: every role that may score gets as far as the check. */
  private static String ruleVerdicts(String session) {
    return "{\"sessionId\":\"" + session + "\",\"verdicts\":{\"no-such-rule\":\"pass\"}}";
  }
}
