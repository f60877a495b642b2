package servicesim.http;

import akka.http.javadsl.marshallers.jackson.Jackson;
import akka.http.javadsl.marshalling.Marshaller;
import akka.http.javadsl.model.ContentType;
import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.MediaType;
import akka.http.javadsl.model.MediaTypes;
import akka.http.javadsl.model.RequestEntity;
import akka.http.javadsl.model.StatusCode;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.model.headers.Location;
import akka.http.javadsl.server.AllDirectives;
import akka.http.javadsl.server.Route;
import akka.http.javadsl.unmarshalling.Unmarshaller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Directives every routes class uses: roles, JSON in and out, limits, and blocking work off the HTTP threads. */
abstract class ApiDirectives extends AllDirectives {

  /** Ids of workshops, sessions, scenarios and policies: anything else cannot exist, so it is 404 at once. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");
  /** Ids that files and tokens give trainees, scenarios and workshop files. */
  static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

  protected final ApiContext ctx;
  private final Marshaller<Object, RequestEntity> json;

  ApiDirectives(ApiContext ctx) {
    this.ctx = ctx;
    this.json = Jackson.marshaller(ctx.mapper());
  }

  /** Serves the inner route only to the given roles; 403 for any other. */
  Route allow(Principal p, Set<Principal.Role> roles, Supplier<Route> inner) {
    if (roles.contains(p.role())) return inner.get();
    throw ApiException.forbidden("this needs the role " + String.join(" or ",
        roles.stream().map(Principal.Role::id).sorted().toList()) + "; the token is a " + p.role().id() + " token");
  }

  Route ok(Object body) {
    return complete(StatusCodes.OK, body, json);
  }

  Route json(StatusCode status, Object body) {
    return complete(status, body, json);
  }

  Route created(String location, Object body) {
    return respondWithHeader(Location.create(location), () -> complete(StatusCodes.CREATED, body, json));
  }

  /** A JSON text written elsewhere (audit rows embed their stored events as they are). */
  Route rawJson(String text) {
    return complete(HttpResponse.create().withEntity(HttpEntities.create(ContentTypes.APPLICATION_JSON, text)));
  }

  /** Runs JDBC or other blocking work on the blocking dispatcher, then routes on its result. */
  <T> Route blocking(Callable<T> work, Function<T, Route> then) {
    return onSuccess(CompletableFuture.supplyAsync(() -> {
      try {
        return work.call();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    }, ctx.blocking()), then);
  }

  <T> Route await(CompletionStage<T> stage, Function<T, Route> then) {
    return onSuccess(stage, then);
  }

  /** An id path segment; ids that cannot exist answer 404 without a lookup. */
  static String checkId(String id, String what) {
    if (!ID.matcher(id).matches()) throw ApiException.notFound("no " + what + " '" + abbreviate(id) + "'");
    return id;
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }

  /** A JSON body of at most the JSON limit, read into {@code type} with unknown fields rejected by name. */
  <T> Route jsonBody(Class<T> type, Function<T, Route> inner) {
    return body(ctx.limits().jsonBytes(), Set.of(MediaTypes.APPLICATION_JSON), text -> inner.apply(read(text, type)));
  }

  /** A text body of at most {@code limit} bytes, of one of the given media types, decoded by its declared charset. */
  Route body(int limit, Set<? extends MediaType> accepted, Function<String, Route> inner) {
    return bytes(limit, accepted, (bytes, charset) -> inner.apply(RequestText.decode(bytes, charset)));
  }

  /**
   * The bytes of a body of at most {@code limit} bytes, of one of the given media types, with the charset it declares
   * (UTF-8 when it declares none). 415 for another media type or a charset this server cannot decode.
   */
  Route bytes(int limit, Set<? extends MediaType> accepted, BiFunction<byte[], Charset, Route> inner) {
    return extractRequestEntity(entity -> {
      ContentType ct = entity.getContentType();
      if (accepted.stream().noneMatch(a -> RequestText.sameMediaType(a, ct.mediaType()))) {
        throw new ApiException(StatusCodes.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "the body must be "
            + String.join(" or ", accepted.stream().map(RequestText::name).sorted().toList())
            + ", not " + RequestText.name(ct.mediaType()));
      }
      Charset charset = RequestText.charset(ct);
      entity.getContentLengthOption().ifPresent(length -> {
        if (length > limit) throw tooLarge(limit);
      });
      return withSizeLimit(limit, () -> entity(Unmarshaller.entityToByteArray(), b -> inner.apply(b, charset)));
    });
  }

  static ApiException tooLarge(long limit) {
    return new ApiException(StatusCodes.CONTENT_TOO_LARGE, "content-too-large",
        "the request body is larger than this endpoint accepts (" + limit + " bytes)");
  }

  <T> T read(String text, Class<T> type) {
    if (text.isBlank()) throw ApiException.badRequest("the request needs a JSON body");
    RequestText.checkJsonDepth(ctx.requestMapper(), text);
    try {
      T value = ctx.requestMapper().readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(text);
      if (value == null) throw ApiException.badRequest("the request body must be a JSON object");
      return value;
    } catch (UnrecognizedPropertyException e) {
      Set<String> known = new TreeSet<>();
      if (e.getKnownPropertyIds() != null) e.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
      throw new ApiException(StatusCodes.BAD_REQUEST, "unknown-field", "unknown field '" + e.getPropertyName()
          + "' in the request body (fields: " + String.join(", ", known) + ")",
          java.util.Map.of("field", e.getPropertyName()));
    } catch (MismatchedInputException e) {
      String field = RequestText.path(e);
      throw new ApiException(StatusCodes.BAD_REQUEST, "malformed-json", (field.isEmpty() ? "the request body"
          : "'" + field + "'") + " has the wrong JSON type for this endpoint: " + RequestText.expected(e),
          field.isEmpty() ? java.util.Map.of() : java.util.Map.of("field", field));
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new ApiException(StatusCodes.BAD_REQUEST, "malformed-json", "the request body is not valid JSON for "
          + "this endpoint" + where + ": " + firstLine(e.getOriginalMessage()));
    }
  }

  JsonNode readTree(String text) {
    return read(text, JsonNode.class);
  }

  static String firstLine(String s) {
    if (s == null) return "";
    String line = s.split("\n", 2)[0];
    // Jackson names Java classes in some messages: keep what a client can act on
    return line.replaceAll("`[^`]*\\.[^`]*`", "value").replaceAll("\\b(java|javax|scala|akka|com|servicesim)"
        + "(\\.[A-Za-z0-9_$<>,]+)+", "value");
  }

  static void require(boolean condition, String detail) {
    if (!condition) throw new ApiException(StatusCodes.UNPROCESSABLE_CONTENT, "invalid-field", detail);
  }

  static void maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw new ApiException(StatusCodes.UNPROCESSABLE_CONTENT, "field-too-long", "'" + field + "' is longer than "
          + max + " characters (" + value.length() + ")", java.util.Map.of("field", field, "max", max));
    }
  }

  static ContentType.WithFixedCharset yaml() {
    return ContentTypes.create(MediaTypes.applicationWithFixedCharset("yaml", akka.http.javadsl.model.HttpCharsets.UTF_8,
        "yaml"));
  }

  static String list(String... values) {
    return String.join(", ", Arrays.asList(values));
  }
}
