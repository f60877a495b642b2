package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.testkit.TestRouteResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import org.junit.Test;
import servicesim.files.Home;

public class ScenarioPolicyRoutesTest extends RouteTestBase {

  private TestRouteResult validate(String yaml) {
    return run(HttpRequest.POST("/api/v1/scenarios/validate")
        .withEntity(HttpEntities.create(ContentTypes.TEXT_PLAIN_UTF8, yaml)), t.trainer);
  }

  @Test
  public void scenariosAreListedAndShown() throws Exception {
    JsonNode list = body(run(HttpRequest.GET("/api/v1/scenarios"), t.trainer));
    assertTrue(list.toString(), list.toString().contains(TestApi.SCENARIO));
    JsonNode s = body(run(HttpRequest.GET("/api/v1/scenarios/" + TestApi.SCENARIO), t.trainer));
    assertEquals("phone", s.get("channel").asText());
    assertEquals("Maria Lopez", s.get("customer").get("name").asText());
    assertEquals("Sam", s.get("agents").get("by-the-book").asText());
    assertTrue(s.get("script").size() > 3);
    assertEquals(404, run(HttpRequest.GET("/api/v1/scenarios/no-such"), t.trainer).response().status().intValue());
  }

  @Test
  public void aValidScenarioValidates() throws Exception {
    String yaml = Files.readString(Home.library().resolve("en/refund-defective-unit.yaml"));
    TestRouteResult r = validate(yaml);
    assertEquals(r.entityString(), 200, r.response().status().intValue());
    assertTrue(body(r).get("valid").asBoolean());
  }

  @Test
  public void anInvalidScenarioIs422ListingEveryProblemWithItsPlace() throws Exception {
    String yaml = "id: Bad Id\ntitle: x\nlanguage: xx\nchannel: fax\norganisation: Acme\n";
    TestRouteResult r = validate(yaml);
    assertEquals(r.entityString(), 422, r.response().status().intValue());
    assertEquals(Problems.PROBLEM_JSON, r.response().entity().getContentType().mediaType());
    JsonNode errors = body(r).get("errors");
    assertTrue(errors.toString(), errors.size() >= 3);
    for (JsonNode e : errors) assertTrue(e.asText(), e.asText().matches("scenario\\.yaml:\\d+:\\d+: .+"));
    TestRouteResult syntax = validate("id: [unclosed\n");
    assertEquals(422, syntax.response().status().intValue());
  }

  @Test
  public void validationTakesYamlUpToItsOwnLimit() throws Exception {
    TestRouteResult json = run(HttpRequest.POST("/api/v1/scenarios/validate")
        .withEntity(HttpEntities.create(ContentTypes.APPLICATION_JSON, "{}")), t.trainer);
    assertEquals(415, json.response().status().intValue());
    TestRouteResult big = validate("# " + "x".repeat(1024 * 1024 + 10));
    assertEquals(413, big.response().status().intValue());
    TestRouteResult biggerThanJsonLimit = validate("# " + "x".repeat(100 * 1024) + "\nid: x\n");
    assertEquals(422, biggerThanJsonLimit.response().status().intValue());
  }

  @Test
  public void policiesAreListedAndShownWithTheirRules() throws Exception {
    JsonNode list = body(run(HttpRequest.GET("/api/v1/policies"), t.trainer));
    assertEquals("default", list.get(0).get("id").asText());
    JsonNode p = body(run(HttpRequest.GET("/api/v1/policies/default"), t.trainer));
    assertTrue(p.get("rules").size() > 10);
    assertTrue(p.get("rules").get(0).has("weight"));
    assertEquals(404, run(HttpRequest.GET("/api/v1/policies/none"), t.trainer).response().status().intValue());
  }

  @Test
  public void aPolicyNamesEveryRuleAndActInTheLanguageAskedForKeepingTheIds() throws Exception {
    JsonNode en = body(run(HttpRequest.GET("/api/v1/policies/default"), t.ana));
    assertEquals("en", en.get("language").asText());
    JsonNode rule = en.get("rules").get(3);
    assertEquals("no-policy-as-weapon", rule.get("id").asText());
    assertEquals("No hiding behind policy", rule.get("title").asText());
    assertEquals("en", rule.get("lang").asText());
    assertTrue(rule.get("description").asText().length() > 20);
    assertEquals(17, en.get("acts").size());
    JsonNode ur = body(run(HttpRequest.GET("/api/v1/policies/default?lang=ur"), t.auditor));
    JsonNode urRule = ur.get("rules").get(3);
    assertEquals("no-policy-as-weapon", urRule.get("id").asText());
    assertEquals("ur", urRule.get("lang").asText());
    assertEquals(rule.get("translations").get("ur").get("title").asText(), urRule.get("title").asText());
    for (JsonNode r : ur.get("rules")) assertEquals(r.get("id").asText(), "ur", r.get("lang").asText());
    for (JsonNode a : ur.get("acts")) assertEquals(a.get("id").asText(), "ur", a.get("lang").asText());
    JsonNode sw = body(run(HttpRequest.GET("/api/v1/policies/default?lang=sw"), t.trainer));
    assertEquals("No hiding behind policy", sw.get("rules").get(3).get("title").asText());
    assertEquals(400, run(HttpRequest.GET("/api/v1/policies/default?lang=Urdu!"), t.trainer).response().status()
        .intValue());
  }

  @Test
  public void theCatalogueListsEveryActionWithEveryFieldAndEveryEventType() throws Exception {
    JsonNode c = body(run(HttpRequest.GET("/api/v1/catalogue"), t.ana));
    java.util.List<String> types = new java.util.ArrayList<>();
    for (JsonNode a : c.get("actions")) {
      types.add(a.get("type").asText());
      servicesim.policy.transcript.ActionType type = servicesim.policy.transcript.ActionType.byId(a.get("type")
          .asText()).orElseThrow();
      java.util.List<String> fields = new java.util.ArrayList<>();
      for (JsonNode f : a.get("fields")) {
        fields.add(f.get("name").asText());
        assertTrue(f.toString(), !f.get("label").asText().isBlank());
        assertEquals(f.toString(), type.requiredFields().contains(f.get("name").asText()), f.get("required")
            .asBoolean());
      }
      assertEquals(type.allFields(), fields);
      assertTrue(a.toString(), !a.get("title").asText().isBlank() && !a.get("done").asText().isBlank());
    }
    assertEquals(servicesim.policy.transcript.ActionType.ids(), types);
    assertTrue(c.get("actions").toString(), c.get("actions").toString().contains("\"name\":\"email\""));
    assertTrue(c.get("actions").toString(), c.get("actions").toString().contains("\"name\":\"reason\""));
    assertTrue(c.get("actions").toString(), c.get("actions").toString().contains("\"name\":\"note\""));
    java.util.Map<String, String> events = new java.util.HashMap<>();
    for (JsonNode e : c.get("events")) events.put(e.get("type").asText(), e.get("title").asText());
    assertEquals("Customer message sent", events.get("CustomerMessageSent"));
    assertEquals("Workshop closed", events.get("WorkshopClosed"));
    assertEquals(servicesim.policy.transcript.SessionEvent.Type.values().length
        + servicesim.simulation.WorkshopEntity.Event.Type.values().length
        + servicesim.simulation.ReviewEntity.Event.Type.values().length
        + servicesim.simulation.CalibrationEntity.Event.Type.values().length, events.size());
    assertEquals("Verdict overridden", events.get("VerdictOverridden"));
    assertEquals("Run finished", events.get("RunFinished"));
    assertEquals("Agent waited", events.get("AgentWaited"));
    java.util.Map<String, Boolean> unhappy = new java.util.HashMap<>();
    for (JsonNode o : c.get("outcomes")) unhappy.put(o.get("id").asText(), o.get("unhappy").asBoolean());
    assertEquals(java.util.Map.of("satisfied", false, "neutral", false, "unsatisfied", true, "hung-up", true), unhappy);
    assertEquals(6, c.get("channels").size());
  }

  @Test
  public void openApiDescribesTheApi() throws Exception {
    TestRouteResult r = run(HttpRequest.GET("/api/v1/openapi.yaml"), null);
    assertEquals(200, r.response().status().intValue());
    assertTrue(r.entityString().startsWith("openapi: 3.0"));
    java.util.Map<String, Object> doc = new org.yaml.snakeyaml.Yaml().load(r.entityString());
    @SuppressWarnings("unchecked")
    java.util.Map<String, java.util.Map<String, Object>> paths = (java.util.Map<String, java.util.Map<String, Object>>)
        doc.get("paths");
    String[] endpoints = {"get /health", "get /ready", "get /api/v1/openapi.yaml", "post /api/v1/tokens",
        "post /api/v1/workshops", "get /api/v1/workshops/{id}", "post /api/v1/workshops/{id}/run",
        "get /api/v1/workshops/{id}/scoreboard", "post /api/v1/workshops/{id}/release", "get /api/v1/scenarios",
        "get /api/v1/scenarios/{id}", "post /api/v1/scenarios/validate", "get /api/v1/policies",
        "get /api/v1/policies/{id}", "get /api/v1/catalogue", "post /api/v1/sessions", "get /api/v1/sessions/{id}",
        "post /api/v1/sessions/{id}/messages", "post /api/v1/sessions/{id}/actions", "post /api/v1/sessions/{id}/end",
        "get /api/v1/sessions/{id}/score", "get /api/v1/audit/events", "get /api/v1/audit/sessions/{id}/events",
        "get /api/v1/audit/sessions/{id}/verify", "get /api/v1/audit/export", "get /api/v1/audit/stream",
        "get /", "get /api/v1/me", "get /api/v1/workshops", "get /api/v1/workshops/{id}/stream", "get /api/v1/sessions",
        "get /api/v1/sessions/{id}/stream", "post /api/v1/sessions/{id}/wait", "get /api/v1/tokens", "delete /api/v1/tokens/{id}",
        "get /api/v1/access-log", "get /api/v1/audit/events/count", "post /api/v1/audit/verify",
        "get /api/v1/audit/sessions/{id}/proof", "get /api/v1/audit/key", "get /api/v1/sessions/{id}/review",
        "post /api/v1/sessions/{id}/review", "post /api/v1/sessions/{id}/review/reviewers",
        "post /api/v1/sessions/{id}/disputes", "post /api/v1/sessions/{id}/disputes/{disputeId}", "get /api/v1/disputes",
        "post /api/v1/calibrations", "get /api/v1/calibrations", "get /api/v1/calibrations/{id}",
        "post /api/v1/calibrations/{id}/verdicts"};
    int operations = 0;
    for (var path : paths.values()) for (String m : path.keySet()) if (!m.equals("parameters")) operations++;
    assertEquals(endpoints.length, operations);
    for (String e : endpoints) {
      String[] mp = e.split(" ");
      assertTrue(e, paths.containsKey(mp[1]) && paths.get(mp[1]).containsKey(mp[0]));
    }
  }

  @Test
  public void healthAndReadiness() throws Exception {
    assertEquals("up", body(run(HttpRequest.GET("/health"), null)).get("status").asText());
    JsonNode ready = body(run(HttpRequest.GET("/ready"), null));
    assertTrue(ready.toString(), ready.get("ready").asBoolean());
    assertEquals("up", ready.get("database").asText());
  }
}
