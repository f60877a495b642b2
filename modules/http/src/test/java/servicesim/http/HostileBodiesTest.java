package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpCharsets;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.model.MediaTypes;
import akka.http.javadsl.testkit.TestRouteResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.Test;
import servicesim.files.ContentHash;
import servicesim.files.Home;

/**
 * Bodies written to knock the API over or slip past it: scenario YAML that recurses, explodes or hides bytes that are
 * not UTF-8, bodies in other charsets, JSON nested without end or with numbers where text goes. Each is a 4xx
 * problem at once, never a 5xx, a wait for a timeout, or a value accepted in disguise.
 */
public class HostileBodiesTest extends RouteTestBase {

  private TestRouteResult validate(byte[] yaml, akka.http.javadsl.model.ContentType type) {
    return run(HttpRequest.POST("/api/v1/scenarios/validate").withEntity(HttpEntities.create(type, yaml)), t.trainer);
  }

  private TestRouteResult validate(byte[] yaml) {
    return validate(yaml, MediaTypes.applicationWithOpenCharset("yaml").toContentTypeWithMissingCharset());
  }

  private JsonNode problem(TestRouteResult r, int status) throws Exception {
    assertEquals(r.entityString(), status, r.response().status().intValue());
    assertEquals(Problems.PROBLEM_JSON, r.response().entity().getContentType().mediaType());
    return body(r);
  }

  private static byte[] library() throws Exception {
    return Files.readAllBytes(Home.library().resolve("en/refund-defective-unit.yaml"));
  }

  @Test
  public void aRecursiveAliasIs422AtItsPlaceNotATimeout() throws Exception {
    JsonNode p = problem(validate("id: x\nfacts: &a [*a]\n".getBytes(StandardCharsets.UTF_8)), 422);
    assertEquals("scenario.yaml:2:12: the alias *a is inside the node it names: it would contain itself without end",
        p.get("errors").get(0).asText());
  }

  @Test
  public void invalidUtf8InAValidScenarioIs422AsOnTheCommandLine() throws Exception {
    String text = new String(library(), StandardCharsets.UTF_8);
    byte[] bytes = text.replaceFirst("Maria Lopez", "Mar\u00ffia Lopez").getBytes(StandardCharsets.ISO_8859_1);
    JsonNode p = problem(validate(bytes), 422);
    assertTrue(p.toString(), p.get("errors").get(0).asText().matches("scenario\\.yaml:\\d+:\\d+: the file is not valid "
        + "UTF-8 text"));
  }

  @Test
  public void customTagsAre422() throws Exception {
    String text = new String(library(), StandardCharsets.UTF_8).replaceFirst("mood: -1", "mood: !foo -1");
    JsonNode p = problem(validate(text.getBytes(StandardCharsets.UTF_8)), 422);
    assertTrue(p.toString(), p.get("errors").get(0).asText().contains("the tag '!foo' is not allowed"));
  }

  @Test
  public void aDeclaredCharsetIsHonoured() throws Exception {
    String text = new String(library(), StandardCharsets.UTF_8).replaceFirst("Maria Lopez", "Mar\u00eca L\u00f3pez");
    TestRouteResult r = validate(text.getBytes(StandardCharsets.ISO_8859_1),
        ContentTypes.create(MediaTypes.TEXT_PLAIN, HttpCharsets.ISO_8859_1));
    assertEquals(r.entityString(), 200, r.response().status().intValue());
    assertEquals(ContentHash.sha256(text.getBytes(StandardCharsets.UTF_8)), body(r).get("sha256").asText());
  }

  @Test
  public void aCharsetThisServerCannotDecodeIs415() throws Exception {
    JsonNode p = problem(validate(library(), ContentTypes.create(MediaTypes.TEXT_PLAIN,
        HttpCharsets.custom("x-no-such-charset"))), 415);
    assertEquals(Problems.TYPE_PREFIX + "unsupported-charset", p.get("type").asText());
  }

  @Test
  public void bytesNotValidInTheDeclaredCharsetAre400() throws Exception {
    byte[] bad = "{\"role\":\"trainee\",\"trainee\":\"an\u00e1\"}".getBytes(StandardCharsets.ISO_8859_1);
    JsonNode p = problem(run(HttpRequest.POST("/api/v1/tokens").withEntity(HttpEntities.create(
        ContentTypes.APPLICATION_JSON, bad)), t.trainer), 400);
    assertEquals("the request body is not valid UTF-8 text (byte 32)", p.get("detail").asText());
  }

  @Test
  public void numbersAndBooleansWhereTextGoesAre400NamingTheField() throws Exception {
    JsonNode p = problem(run(json(HttpRequest.POST("/api/v1/tokens"), "{\"role\":\"trainee\",\"trainee\":12345}"),
        t.trainer), 400);
    assertEquals("trainee", p.get("field").asText());
    assertTrue(p.toString(), p.get("detail").asText().contains("expected a JSON string, found a number"));
    String session = t.anaSession(t.practice, false);
    JsonNode action = problem(run(json(HttpRequest.POST("/api/v1/sessions/" + session + "/actions"),
        "{\"type\":\"resolve\",\"fields\":{\"how\":true}}"), t.ana), 400);
    assertEquals("fields.how", action.get("field").asText());
    problem(run(json(HttpRequest.POST("/api/v1/sessions/" + session + "/messages"), "{\"text\":42}"), t.ana), 400);
  }

  @Test
  public void aWorkshopWithNumbersForTextIs422NamingEach() throws Exception {
    JsonNode p = problem(run(json(HttpRequest.POST("/api/v1/workshops"), "{\"id\":123,\"title\":5,\"scenarios\":"
        + "[\"refund-defective-unit\"],\"trainees\":[{\"id\":\"ana\",\"name\":true,\"live\":true}]}"), t.trainer), 422);
    String errors = p.get("errors").toString();
    assertTrue(errors, errors.contains("'id' must be a text value, found a number or true/false"));
    assertTrue(errors, errors.contains("'title' must be a text value"));
    assertTrue(errors, errors.contains("'name' must be a text value"));
  }

  @Test
  public void jsonNestedWithoutEndIs400() throws Exception {
    String deep = "{\"id\":\"w\",\"title\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}";
    JsonNode p = problem(run(json(HttpRequest.POST("/api/v1/workshops"), deep), t.trainer), 400);
    assertTrue(p.toString(), p.get("detail").asText().contains("nests more than " + RequestText.MAX_JSON_DEPTH));
    String shallowButTooDeepForYaml = "{\"id\":\"w\",\"title\":" + "[".repeat(60) + "]".repeat(60) + "}";
    JsonNode q = problem(run(json(HttpRequest.POST("/api/v1/workshops"), shallowButTooDeepForYaml), t.trainer), 422);
    assertTrue(q.toString(), q.get("errors").toString().contains("nest more than 50 levels"));
  }
}
