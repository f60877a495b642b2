package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import akka.http.javadsl.model.ContentType;
import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpCharsets;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.model.MediaTypes;
import akka.http.javadsl.testkit.TestRouteResult;
import com.pholser.junit.quickcheck.From;
import com.pholser.junit.quickcheck.Property;
import com.pholser.junit.quickcheck.runner.JUnitQuickcheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.runner.RunWith;
import servicesim.files.Home;

/**
 * Properties over the whole API: any JSON body to any endpoint that takes one, by any caller, and any scenario text to
 * validation, is answered within the route test's bounded wait with a 2xx or a 4xx problem — never a 5xx, never a stack
 * trace or a Java class name in the answer.
 */
@RunWith(JUnitQuickcheck.class)
public class HostileRequestFuzzTest extends RouteTestBase {

  private static final String[] JSON_ENDPOINTS = {"/api/v1/tokens", "/api/v1/workshops", "/api/v1/sessions",
      "/api/v1/sessions/%s/messages", "/api/v1/sessions/%s/actions", "/api/v1/audit/verify",
      "/api/v1/sessions/%s/review", "/api/v1/sessions/%s/review/reviewers", "/api/v1/sessions/%s/disputes",
      "/api/v1/sessions/%s/disputes/d1", "/api/v1/calibrations", "/api/v1/calibrations/cal-fuzz/verdicts"};

  private String caller(int which) {
    return switch (which) {
      case 0 -> t.admin;
      case 1 -> t.trainer;
      case 2 -> t.ana;
      case 3 -> t.auditor;
      default -> "ss_fuzzed";
    };
  }

  private void assertAnsweredWell(TestRouteResult r, String what) {
    int status = r.response().status().intValue();
    String body = r.entityString();
    assertTrue(what + " -> " + status + " " + body, status < 500);
    if (status >= 400) {
      assertEquals(what + " -> " + body, Problems.PROBLEM_JSON, r.response().entity().getContentType().mediaType());
    }
    assertFalse(what + " -> " + body, body.contains("Exception") || body.contains("\tat ")
        || body.matches("(?s).*\\b(java|scala|akka|com\\.fasterxml)\\.[a-z]+\\..*"));
  }

  @Property(trials = 200)
  public void anyJsonBodyToAnyEndpointIsA2xxOrA4xxProblem(@From(HostileJsonBodies.class) HostileJsonBodies.Request
      request) throws Exception {
    byte[] body = request.body();
    String session = t.anaSession(t.practice, false);
    String path = String.format(JSON_ENDPOINTS[request.endpoint() % JSON_ENDPOINTS.length], session);
    ContentType type = switch (request.charset() % 4) {
      case 0 -> ContentTypes.APPLICATION_JSON;
      case 1 -> ContentTypes.create(MediaTypes.TEXT_PLAIN, HttpCharsets.ISO_8859_1);
      case 2 -> ContentTypes.create(MediaTypes.APPLICATION_JSON);
      default -> ContentTypes.create(MediaTypes.TEXT_PLAIN, HttpCharsets.custom("x-fuzz"));
    };
    TestRouteResult r = run(HttpRequest.POST(path).withEntity(HttpEntities.create(type, body)),
        caller(request.caller() % 5));
    assertAnsweredWell(r, "POST " + path + " (" + body.length + " bytes)");
  }

  @Property(trials = 60)
  public void anyScenarioTextToValidationIsA2xxOrA4xxProblem(@From(HostileJsonBodies.class) HostileJsonBodies.Request
      request) throws Exception {
    byte[] noise = request.body();
    int edit = request.endpoint() % 7;
    String yaml = Files.readString(Home.library().resolve("en/refund-defective-unit.yaml"));
    String hostile = switch (edit) {
      case 0 -> "id: x\nfacts: &a [*a]\n";
      case 1 -> yaml.replaceFirst("mood: -1", "mood: !foo -1");
      case 2 -> yaml + "\nfacts: " + "[".repeat(5000);
      case 3 -> yaml.replaceFirst("when: agent.confirmed", "when: " + "agent.confirmed and ".repeat(20_000) + "?");
      case 4 -> new String(noise, StandardCharsets.ISO_8859_1);
      case 5 -> yaml.replaceFirst("customer:", "customer: &c\n  <<: *c");
      default -> yaml;
    };
    byte[] bytes = edit == 4 ? noise : hostile.getBytes(StandardCharsets.UTF_8);
    TestRouteResult r = run(HttpRequest.POST("/api/v1/scenarios/validate").withEntity(HttpEntities.create(
        ContentTypes.TEXT_PLAIN_UTF8, bytes)), t.trainer);
    assertAnsweredWell(r, "validate (" + edit + ")");
  }
}
