package servicesim.http;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.After;

import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.model.headers.HttpCredentials;
import akka.http.javadsl.model.headers.Authorization;
import akka.http.javadsl.server.Route;
import akka.http.javadsl.testkit.JUnitRouteTest;
import akka.http.javadsl.testkit.TestRoute;
import akka.http.javadsl.testkit.TestRouteResult;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;

/**
 * Route tests run the whole API ({@link Api#route()}) in akka-http's route testkit. {@code JUnitRouteTest} is a class
 * of its own (it extends akka-http's {@code RouteTest}, not ScalaTest's {@code JUnitSuite}), so route tests extend it.
 */
abstract class RouteTestBase extends JUnitRouteTest {

  protected TestApi t;
  protected TestRoute route;

  @Before
  public void setUpApi() throws Exception {
    t = TestApi.get();
    Route r = t.api.route();
    route = testRoute(r);
  }

  @Override
  public scala.concurrent.duration.FiniteDuration awaitDuration() {
    return scala.concurrent.duration.FiniteDuration.apply(60, java.util.concurrent.TimeUnit.SECONDS);
  }

  static HttpRequest as(HttpRequest request, String token) {
    return token == null ? request : request.addHeader(Authorization.create(HttpCredentials.createOAuth2BearerToken(token)));
  }

  static HttpRequest json(HttpRequest request, String body) {
    return request.withEntity(HttpEntities.create(ContentTypes.APPLICATION_JSON, body));
  }

  protected TestRouteResult run(HttpRequest request, String token) {
    TestRouteResult result = route.run(as(request, token));
    answers.add(new Answer(request, result));
    return result;
  }

  /** Every answer a route test received, held against the OpenAPI description after the test. */
  private final List<Answer> answers = new ArrayList<>();

  private record Answer(HttpRequest request, TestRouteResult result) {}

  @After
  public void answersMatchTheOpenApiDescription() {
    List<String> problems = new ArrayList<>();
    for (Answer a : answers) problems.addAll(OpenApiResponses.check(a.request(), a.result()));
    assertEquals("answers that the OpenAPI description does not describe", List.of(), problems);
  }

  protected JsonNode body(TestRouteResult result) throws Exception {
    return t.ctx.mapper().readTree(result.entityString());
  }
}
