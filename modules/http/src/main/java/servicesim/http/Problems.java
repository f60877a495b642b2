package servicesim.http;

import akka.http.javadsl.model.ContentType;
import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpCharsets;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpHeader;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.MediaType;
import akka.http.javadsl.model.MediaTypes;
import akka.http.javadsl.model.StatusCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Errors as RFC 7807 problem details ({@code application/problem+json}): {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}, and extensions such as {@code errors}. Types are URNs under
 * {@code urn:servicesim:problem:}; the title is the status's reason phrase.
 */
public final class Problems {

  public static final MediaType.WithFixedCharset PROBLEM_JSON =
      MediaTypes.applicationWithFixedCharset("problem+json", HttpCharsets.UTF_8);
  public static final ContentType.WithFixedCharset PROBLEM = ContentTypes.create(PROBLEM_JSON);
  public static final String TYPE_PREFIX = "urn:servicesim:problem:";

  private final ObjectMapper mapper;

  public Problems(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public HttpResponse response(StatusCode status, String type, String detail, String instance,
      Map<String, Object> extensions, List<HttpHeader> headers) {
    return HttpResponse.create().withStatus(status).addHeaders(headers)
        .withEntity(HttpEntities.create(PROBLEM, body(status, type, detail, instance, extensions)));
  }

  public HttpResponse response(ApiException e, String instance) {
    return response(e.status(), e.type(), e.getMessage(), instance, e.extensions(), List.of());
  }

  public String body(StatusCode status, String type, String detail, String instance, Map<String, Object> extensions) {
    ObjectNode n = mapper.createObjectNode();
    n.put("type", type.contains(":") ? type : TYPE_PREFIX + type);
    n.put("title", status.reason());
    n.put("status", status.intValue());
    n.put("detail", detail);
    n.put("instance", instance);
    extensions.forEach((k, v) -> n.set(k, mapper.valueToTree(v)));
    try {
      return mapper.writeValueAsString(n);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A type for a plain HTTP status, from its reason phrase ("Method Not Allowed" -> method-not-allowed). */
  public static String typeOf(StatusCode status) {
    return status.reason().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
