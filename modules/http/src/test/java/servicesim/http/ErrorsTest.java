package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpMethods;
import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.testkit.TestRouteResult;
import akka.stream.javadsl.Source;
import akka.util.ByteString;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;

/** Every error is problem+json, akka-http's own rejections included, and never shows a stack trace. */
public class ErrorsTest extends RouteTestBase {

  private JsonNode problem(TestRouteResult r, int status) throws Exception {
    assertEquals(r.entityString(), status, r.response().status().intValue());
    assertEquals(Problems.PROBLEM_JSON, r.response().entity().getContentType().mediaType());
    JsonNode p = body(r);
    for (String field : new String[] {"type", "title", "status", "detail", "instance"}) {
      assertTrue(field + " in " + p, p.hasNonNull(field));
    }
    assertEquals(status, p.get("status").asInt());
    return p;
  }

  @Test
  public void unknownPathIs404Problem() throws Exception {
    JsonNode p = problem(run(HttpRequest.GET("/api/v1/nothing-here"), t.trainer), 404);
    assertEquals("/api/v1/nothing-here", p.get("instance").asText());
    assertEquals("Not Found", p.get("title").asText());
    problem(run(HttpRequest.GET("/elsewhere"), null), 404);
  }

  @Test
  public void wrongMethodIs405WithAllow() throws Exception {
    TestRouteResult r = run(HttpRequest.create("/api/v1/workshops").withMethod(HttpMethods.DELETE), t.trainer);
    problem(r, 405);
    assertEquals("POST, GET", r.response().getHeader("Allow").orElseThrow().value());
    TestRouteResult health = run(HttpRequest.POST("/health"), null);
    problem(health, 405);
    assertEquals("GET", health.response().getHeader("Allow").orElseThrow().value());
  }

  @Test
  public void wrongContentTypeIs415() throws Exception {
    TestRouteResult r = run(HttpRequest.POST("/api/v1/tokens")
        .withEntity(HttpEntities.create(ContentTypes.TEXT_PLAIN_UTF8, "{\"role\":\"auditor\"}")), t.trainer);
    assertTrue(problem(r, 415).get("detail").asText().contains("application/json"));
  }

  @Test
  public void bodiesOverTheLimitAre413WhetherStrictOrStreamed() throws Exception {
    String big = "{\"role\":\"auditor\",\"trainee\":\"" + "x".repeat(70 * 1024) + "\"}";
    problem(run(json(HttpRequest.POST("/api/v1/tokens"), big), t.trainer), 413);
    HttpRequest streamed = HttpRequest.POST("/api/v1/tokens").withEntity(HttpEntities.createChunked(
        ContentTypes.APPLICATION_JSON, Source.from(java.util.List.of(ByteString.fromString(big.substring(0, 40000)),
            ByteString.fromString(big.substring(40000))))));
    problem(run(streamed, t.trainer), 413);
  }

  @Test
  public void malformedJsonIs400() throws Exception {
    JsonNode p = problem(run(json(HttpRequest.POST("/api/v1/tokens"), "{\"role\": "), t.trainer), 400);
    assertEquals(Problems.TYPE_PREFIX + "malformed-json", p.get("type").asText());
    problem(run(json(HttpRequest.POST("/api/v1/tokens"), ""), t.trainer), 400);
    problem(run(json(HttpRequest.POST("/api/v1/tokens"), "[1,2]"), t.trainer), 400);
  }

  @Test
  public void unknownJsonFieldsAreRejectedByName() throws Exception {
    JsonNode p = problem(run(json(HttpRequest.POST("/api/v1/tokens"), "{\"role\":\"auditor\",\"expires\":3}"),
        t.trainer), 400);
    assertTrue(p.toString(), p.get("detail").asText().contains("unknown field 'expires'"));
    assertEquals("expires", p.get("field").asText());
  }

  @Test
  public void idsThatCannotExistAre404() throws Exception {
    problem(run(HttpRequest.GET("/api/v1/workshops/no-such-workshop"), t.trainer), 404);
    problem(run(HttpRequest.GET("/api/v1/workshops/%3Cscript%3E"), t.trainer), 404);
    problem(run(HttpRequest.GET("/api/v1/sessions/no.such.session"), t.ana), 404);
  }

  @Test
  public void missingAndInvalidTokensAre401WithABearerChallenge() throws Exception {
    TestRouteResult none = run(HttpRequest.GET("/api/v1/scenarios"), null);
    problem(none, 401);
    assertEquals("Bearer realm=\"servicesim\"", none.response().getHeader("WWW-Authenticate").orElseThrow().value());
    TestRouteResult bad = run(HttpRequest.GET("/api/v1/scenarios"), "ss_forged");
    problem(bad, 401);
    assertTrue(bad.response().getHeader("WWW-Authenticate").orElseThrow().value().contains("invalid_token"));
    TestRouteResult basic = route.run(HttpRequest.GET("/api/v1/scenarios").addHeader(
        akka.http.javadsl.model.headers.RawHeader.create("Authorization", "Basic dTpw")));
    problem(basic, 401);
  }

  @Test
  public void unexpectedExceptionsAre500WithoutStackTraceOrMessage() throws Exception {
    HttpResponse r = t.api.response(new IllegalStateException("secret internals at servicesim.Foo"), "/api/v1/x");
    assertEquals(500, r.status().intValue());
    String text = ((akka.http.javadsl.model.HttpEntity.Strict) r.entity()).getData().utf8String();
    assertFalse(text, text.contains("secret"));
    assertFalse(text, text.contains("IllegalStateException"));
    assertEquals(Problems.PROBLEM_JSON, r.entity().getContentType().mediaType());
  }
}
