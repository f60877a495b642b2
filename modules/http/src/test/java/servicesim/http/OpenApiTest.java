package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;

/** The OpenAPI description as a client generator reads it: valid, every operation named and every answer described. */
public class OpenApiTest extends JUnitSuite {

  static String document() throws Exception {
    try (var in = OpenApiTest.class.getClassLoader().getResourceAsStream(HealthRoutes.OPENAPI)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static OpenAPI parse(List<String> problems) throws Exception {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(document(), null, options);
    if (result.getMessages() != null) problems.addAll(result.getMessages());
    return result.getOpenAPI();
  }

  @Test
  public void theDescriptionIsValidOpenApi() throws Exception {
    List<String> problems = new ArrayList<>();
    OpenAPI api = parse(problems);
    assertNotNull(api);
    assertEquals("the parser's findings", List.of(), problems);
    assertEquals("3.0.3", api.getOpenapi());
  }

  @Test
  public void everyOperationHasItsOwnOperationId() throws Exception {
    Set<String> ids = new HashSet<>();
    List<String> missing = new ArrayList<>();
    forEachOperation(parse(new ArrayList<>()), (name, op) -> {
      if (op.getOperationId() == null || op.getOperationId().isBlank()) missing.add(name);
      else assertTrue("operationId " + op.getOperationId() + " used twice", ids.add(op.getOperationId()));
    });
    assertEquals(List.of(), missing);
    assertTrue(ids.size() >= 30);
  }

  @Test
  public void everyResponseOfEveryOperationHasASchema() throws Exception {
    OpenAPI api = parse(new ArrayList<>());
    List<String> without = new ArrayList<>();
    forEachOperation(api, (name, op) -> {
      for (Map.Entry<String, ApiResponse> r : op.getResponses().entrySet()) {
        ApiResponse response = r.getValue();
        if (response.get$ref() != null) {
          String ref = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
          response = api.getComponents().getResponses().get(ref);
        }
        if (response.getContent() == null || response.getContent().isEmpty()) {
          without.add(name + " " + r.getKey());
          continue;
        }
        response.getContent().forEach((type, media) -> {
          if (media.getSchema() == null) without.add(name + " " + r.getKey() + " " + type);
          else if ("object".equals(media.getSchema().getType()) && media.getSchema().getProperties() == null
              && media.getSchema().getAdditionalProperties() == null) {
            without.add(name + " " + r.getKey() + " " + type + " (a bare object)");
          }
        });
      }
    });
    assertEquals(List.of(), without);
  }

  private static void forEachOperation(OpenAPI api, java.util.function.BiConsumer<String, Operation> each) {
    for (Map.Entry<String, PathItem> p : api.getPaths().entrySet()) {
      p.getValue().readOperationsMap().forEach((method, op) -> each.accept(method + " " + p.getKey(), op));
    }
  }
}
