package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import akka.http.javadsl.model.AttributeKeys;
import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.model.RemoteAddress;
import akka.http.javadsl.testkit.TestRouteResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.Test;
import servicesim.readside.TokenRepository;

/**
 * Roles that hold: trainers mint reviewer tokens, and trainee tokens for a live trainee of an existing workshop,
 * bound to it; admins list tokens without their secrets and revoke them; expired and revoked tokens are refused; a client that keeps
 * presenting bad tokens is throttled; what auditors read is logged for admins.
 */
public class TokenLifecycleTest extends RouteTestBase {

  private TestRouteResult mint(String token, String body) {
    return run(json(HttpRequest.POST("/api/v1/tokens"), body), token);
  }

  private JsonNode status(TestRouteResult r, int status) throws Exception {
    assertEquals(r.entityString(), status, r.response().status().intValue());
    return body(r);
  }

  @Test
  public void aTrainerCannotMintAnyTokenButATraineeOrReviewerOne() throws Exception {
    for (String role : new String[] {"auditor", "admin", "trainer"}) {
      JsonNode p = status(mint(t.trainer, "{\"role\":\"" + role + "\"}"), 403);
      assertTrue(p.toString(), p.get("detail").asText().contains("a trainer creates trainee and reviewer tokens only"));
    }
    assertEquals("reviewer", status(mint(t.trainer, "{\"role\":\"reviewer\"}"), 201).get("role").asText());
    assertEquals("auditor", status(mint(t.admin, "{\"role\":\"auditor\"}"), 201).get("role").asText());
  }

  @Test
  public void traineeTokensAreForALiveTraineeOfAnExistingWorkshopOnly() throws Exception {
    String p = t.practice;
    assertTrue(status(mint(t.trainer, "{\"role\":\"trainee\",\"trainee\":\"ana\"}"), 422).get("detail").asText()
        .contains("needs 'trainee' and 'workshop'"));
    assertTrue(status(mint(t.trainer, "{\"role\":\"trainee\",\"trainee\":\"nobody\",\"workshop\":\"" + p + "\"}"), 422)
        .get("detail").asText().contains("'nobody' is not a trainee of workshop " + p));
    assertTrue(status(mint(t.trainer, "{\"role\":\"trainee\",\"trainee\":\"sam\",\"workshop\":\"" + p + "\"}"), 422)
        .get("detail").asText().contains("plays scripted"));
    assertTrue(status(mint(t.trainer, "{\"role\":\"trainee\",\"trainee\":\"ana\",\"workshop\":\"no-such-9\"}"), 422)
        .get("detail").asText().contains("there is no workshop 'no-such-9'"));
    JsonNode ok = status(mint(t.trainer, "{\"role\":\"trainee\",\"trainee\":\"ana\",\"workshop\":\"" + p + "\"}"), 201);
    assertEquals(p, ok.get("workshop").asText());
    assertEquals("no-store", mint(t.trainer, "{\"role\":\"trainee\",\"trainee\":\"ana\",\"workshop\":\"" + p + "\"}")
        .response().getHeader("Cache-Control").orElseThrow().value());
  }

  @Test
  public void aTraineeTokenPlaysOnlyInItsOwnWorkshop() throws Exception {
    String anaOfPractice = status(mint(t.trainer, "{\"role\":\"trainee\",\"trainee\":\"ana\",\"workshop\":\""
        + t.practice + "\"}"), 201).get("token").asText();
    // ana of the assessment is another person with the same id: this token does not play or read as her
    TestRouteResult start = run(json(HttpRequest.POST("/api/v1/sessions"), "{\"workshopId\":\"" + t.assessment
        + "\",\"scenarioId\":\"" + TestApi.SCENARIO + "\"}"), anaOfPractice);
    assertEquals(start.entityString(), 403, start.response().status().intValue());
    String assessed = t.anaSession(t.assessment, false);
    assertEquals(403, run(HttpRequest.GET("/api/v1/sessions/" + assessed), anaOfPractice).response().status()
        .intValue());
    assertEquals(403, run(json(HttpRequest.POST("/api/v1/sessions/" + assessed + "/messages"), "{\"text\":\"hi\"}"),
        anaOfPractice).response().status().intValue());
    JsonNode mine = status(run(HttpRequest.GET("/api/v1/sessions"), anaOfPractice), 200);
    assertEquals(1, mine.get("workshops").size());
    assertEquals(t.practice, mine.get("workshops").get(0).get("workshopId").asText());
    String practised = t.anaSession(t.practice, false);
    assertEquals(200, run(HttpRequest.GET("/api/v1/sessions/" + practised), anaOfPractice).response().status()
        .intValue());
    JsonNode me = status(run(HttpRequest.GET("/api/v1/me"), anaOfPractice), 200);
    assertEquals(t.practice, me.get("workshop").asText());
  }

  @Test
  public void adminsListTokensWithoutSecretsAndRevokeThemAtOnce() throws Exception {
    JsonNode created = status(mint(t.admin, "{\"role\":\"auditor\",\"expiresIn\":\"8h\"}"), 201);
    String secret = created.get("token").asText();
    String id = created.get("id").asText();
    assertEquals(200, run(HttpRequest.GET("/api/v1/audit/events?limit=1"), secret).response().status().intValue());

    TestRouteResult listed = run(HttpRequest.GET("/api/v1/tokens"), t.admin);
    String text = listed.entityString();
    assertFalse("the listing holds no secret", text.contains(secret));
    assertFalse(text.contains("token_hash"));
    JsonNode entry = null;
    for (JsonNode n : body(listed).get("tokens")) if (n.get("id").asText().equals(id)) entry = n;
    assertTrue(text, entry != null);
    assertEquals("auditor", entry.get("role").asText());
    assertFalse(entry.has("token"));
    assertTrue(entry.get("expiresAt").isTextual());
    assertTrue(entry.get("createdBy").asText().startsWith("admin "));

    JsonNode revoked = status(run(HttpRequest.DELETE("/api/v1/tokens/" + id), t.admin), 200);
    assertTrue(revoked.get("revokedAt").isTextual());
    TestRouteResult after = run(HttpRequest.GET("/api/v1/audit/events?limit=1"), secret);
    assertEquals(401, after.response().status().intValue());
    assertTrue(after.entityString(), body(after).get("detail").asText().contains("revoked"));
    assertEquals(404, run(HttpRequest.DELETE("/api/v1/tokens/tok-0000000000000000"), t.admin).response().status()
        .intValue());
  }

  @Test
  public void expiredTokensAreRefusedAndLifetimesAreChecked() throws Exception {
    TokenRepository tokens = t.node.readSide().tokens();
    String expired = tokens.create(new TokenRepository.Grant("auditor", null, null,
        Instant.parse("2020-01-01T00:00:00Z")), Instant.parse("2019-12-31T00:00:00Z"), "test").token();
    TestRouteResult r = run(HttpRequest.GET("/api/v1/audit/events?limit=1"), expired);
    assertEquals(401, r.response().status().intValue());
    assertTrue(body(r).get("detail").asText().contains("expired"));
    status(mint(t.admin, "{\"role\":\"auditor\",\"expiresIn\":\"soon\"}"), 422);
    status(mint(t.admin, "{\"role\":\"auditor\",\"expiresIn\":\"400d\"}"), 422);
  }

  @Test
  public void aClientPresentingBadTokensIsThrottledWith429AndRetryAfter() throws Exception {
    RemoteAddress attacker = RemoteAddress.create(InetAddress.getByName("10.11.12.13"));
    RemoteAddress bystander = RemoteAddress.create(InetAddress.getByName("10.11.12.14"));
    for (int i = 0; i < BadTokenThrottle.BURST; i++) {
      TestRouteResult r = run(HttpRequest.GET("/api/v1/me").addAttribute(AttributeKeys.remoteAddress, attacker),
          "ss_guess" + i);
      assertEquals(401, r.response().status().intValue());
    }
    TestRouteResult throttled = run(HttpRequest.GET("/api/v1/me").addAttribute(AttributeKeys.remoteAddress, attacker),
        "ss_guess-next");
    assertEquals(throttled.entityString(), 429, throttled.response().status().intValue());
    long retry = Long.parseLong(throttled.response().getHeader("Retry-After").orElseThrow().value());
    assertTrue("Retry-After " + retry, retry >= 1 && retry <= BadTokenThrottle.REFILL.toSeconds());
    assertEquals(Problems.PROBLEM_JSON, throttled.response().entity().getContentType().mediaType());
    // even a good token waits: a token guessed right would otherwise tell itself apart
    assertEquals(429, run(HttpRequest.GET("/api/v1/me").addAttribute(AttributeKeys.remoteAddress, attacker),
        t.trainer).response().status().intValue());
    assertEquals(200, run(HttpRequest.GET("/api/v1/me").addAttribute(AttributeKeys.remoteAddress, bystander),
        t.trainer).response().status().intValue());
  }

  @Test
  public void theThrottleRefillsOneAttemptPerPeriod() {
    BadTokenThrottle throttle = new BadTokenThrottle(3, Duration.ofSeconds(10));
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < 3; i++) throttle.failed("c", t0);
    assertEquals(Duration.ofSeconds(10), throttle.retryAfter("c", t0).orElseThrow());
    assertEquals(Duration.ofSeconds(4), throttle.retryAfter("c", t0.plusSeconds(6)).orElseThrow());
    assertTrue(throttle.retryAfter("c", t0.plusSeconds(10)).isEmpty());
    throttle.failed("c", t0.plusSeconds(10));
    assertTrue(throttle.retryAfter("c", t0.plusSeconds(10)).isPresent());
    assertTrue(throttle.retryAfter("other", t0).isEmpty());
  }

  @Test
  public void whatAuditorsReadIsLoggedForAdmins() throws Exception {
    JsonNode created = status(mint(t.admin, "{\"role\":\"auditor\"}"), 201);
    String auditor = created.get("token").asText();
    String id = created.get("id").asText();
    String query = "workshop=" + t.practice + "&limit=3";
    assertEquals(200, run(HttpRequest.GET("/api/v1/audit/events?" + query), auditor).response().status().intValue());
    assertEquals(404, run(HttpRequest.GET("/api/v1/audit/sessions/no-such/events"), auditor).response().status()
        .intValue());
    JsonNode log = null;
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      log = status(run(HttpRequest.GET("/api/v1/access-log?token=" + id), t.admin), 200).get("accesses");
      if (log.size() >= 2) break;
      Thread.sleep(100);
    }
    assertEquals(log.toString(), 2, log.size());
    assertEquals("/api/v1/audit/events", log.get(0).get("path").asText());
    assertEquals(query, log.get(0).get("query").asText());
    assertEquals(200, log.get(0).get("status").asInt());
    assertEquals("auditor", log.get(0).get("role").asText());
    assertTrue(log.get(0).get("at").isTextual());
    assertEquals(404, log.get(1).get("status").asInt());
    assertEquals(403, run(HttpRequest.GET("/api/v1/access-log"), auditor).response().status().intValue());
  }
}
