package servicesim.http;

import akka.http.javadsl.model.StatusCode;
import akka.http.javadsl.model.StatusCodes;
import java.util.Map;
import servicesim.simulation.Rejection;

/** A request that cannot be served, answered as an RFC 7807 problem with this status, type and detail. */
public final class ApiException extends RuntimeException {

  private final StatusCode status;
  private final String type;
  private final Map<String, Object> extensions;

  public ApiException(StatusCode status, String type, String detail, Map<String, Object> extensions) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.extensions = Map.copyOf(extensions);
  }

  public ApiException(StatusCode status, String type, String detail) {
    this(status, type, detail, Map.of());
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(StatusCodes.BAD_REQUEST, "bad-request", detail);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(StatusCodes.NOT_FOUND, "not-found", detail);
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(StatusCodes.FORBIDDEN, "forbidden", detail);
  }

  public static ApiException conflict(String detail) {
    return new ApiException(StatusCodes.CONFLICT, "conflict", detail);
  }

  public static ApiException unprocessable(String detail) {
    return new ApiException(StatusCodes.UNPROCESSABLE_CONTENT, "unprocessable", detail);
  }

  /** The one place an entity's refusal becomes an HTTP status. */
  public static ApiException of(Rejection rejection) {
    return switch (rejection.kind()) {
      case NOT_FOUND -> notFound(rejection.message());
      case FORBIDDEN -> forbidden(rejection.message());
      case CONFLICT -> conflict(rejection.message());
      case INVALID -> unprocessable(rejection.message());
    };
  }

  public StatusCode status() {
    return status;
  }

  public String type() {
    return type;
  }

  public Map<String, Object> extensions() {
    return extensions;
  }
}
