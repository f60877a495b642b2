package servicesim.http;

import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.testkit.TestRouteResult;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Holds a real answer of the API against the OpenAPI description: its status, content type and JSON body. */
final class OpenApiResponses {

  private static final OpenApiInteractionValidator VALIDATOR;

  static {
    try {
      // the description lists the fields a client relies on; answers may carry more
      VALIDATOR = OpenApiInteractionValidator.createForInlineApiSpecification(OpenApiTest.document())
          .withLevelResolver(LevelResolver.create()
              .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE).build())
          .build();
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private OpenApiResponses() {}

  /** What is wrong with this answer by the description; nothing for paths it does not cover (the UI's files). */
  static List<String> check(HttpRequest request, TestRouteResult result) {
    String path = request.getUri().path();
    if (!path.startsWith("/api/v1/") && !path.equals("/health") && !path.equals("/ready") && !path.equals("/")) {
      return List.of();
    }
    String type = result.response().entity().getContentType().mediaType().toString();
    SimpleResponse.Builder response = SimpleResponse.Builder.status(result.status().intValue())
        .withContentType(type);
    // a stream is not read to its end here: its schema (a string) only asks that it has a body
    response.withBody(type.equals("text/event-stream") ? "data: …" : result.entityString());
    Request.Method method = Request.Method.valueOf(request.method().value().toUpperCase(Locale.ROOT));
    ValidationReport report = VALIDATOR.validateResponse(path, method, response.build());
    List<String> problems = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      // a path or method the API does not have is a test of the API's 404 and 405, which are not operations
      if (m.getLevel() != ValidationReport.Level.ERROR || m.getKey().endsWith("path.missing")
          || m.getKey().endsWith("operation.notAllowed")) {
        continue;
      }
      problems.add(method + " " + path + " " + result.status().intValue() + ": " + m.getMessage()
          + (m.getNestedMessages().isEmpty() ? "" : " " + m.getNestedMessages().stream()
              .map(ValidationReport.Message::getMessage).toList()));
    }
    return problems;
  }
}
