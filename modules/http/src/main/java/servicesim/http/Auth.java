package servicesim.http;

import akka.http.javadsl.model.AttributeKeys;
import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.model.RemoteAddress;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.server.Route;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import servicesim.readside.TokenRepository;

/**
 * Bearer tokens: {@code Authorization: Bearer <token>}, looked up by its SHA-256 on every request (so a revoked token
 * is refused at once, by every node). 401 (with {@code WWW-Authenticate: Bearer}) without a token or with one that is
 * unknown, revoked or expired; a client that keeps presenting bad tokens gets 429 with {@code Retry-After}. Tokens are
 * never logged.
 */
final class Auth extends ApiDirectives {

  static final String REALM = "servicesim";
  /** When a token was last used is written at most this often, not on every request. */
  private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

  private final TokenRepository tokens;
  private final Map<String, Instant> useRecorded = new ConcurrentHashMap<>();

  Auth(ApiContext ctx) {
    super(ctx);
    this.tokens = ctx.tokens();
  }

  Route authenticated(Function<Principal, Route> inner) {
    return extractRequest(request -> {
      Optional<String> client = clientAddress(request);
      return optionalHeaderValueByName("Authorization", header -> {
        Optional<String> token = header
            .filter(h -> h.length() > 7 && h.regionMatches(true, 0, "Bearer ", 0, 7))
            .map(h -> h.substring(7).trim());
        if (token.isEmpty()) {
          throw unauthorized(header.isEmpty() ? "this needs a bearer token (Authorization: Bearer <token>)"
              : "the Authorization header must be 'Bearer <token>'", false);
        }
        client.flatMap(c -> ctx.throttle().retryAfter(c, ctx.clock().instant())).ifPresent(wait -> {
          throw tooManyBadTokens(wait);
        });
        return blocking(() -> tokens.find(token.get()), found -> {
          Instant now = ctx.clock().instant();
          Optional<String> refusal = found.isEmpty() ? Optional.of("the bearer token is not valid")
              : found.get().refusal(now);
          Optional<Principal.Role> role = found.flatMap(t -> Principal.Role.byId(t.role()));
          if (refusal.isEmpty() && role.isEmpty()) refusal = Optional.of("the bearer token has an unknown role");
          if (refusal.isPresent()) {
            client.ifPresent(c -> ctx.throttle().failed(c, now));
            throw unauthorized(refusal.get(), true);
          }
          TokenRepository.StoredToken t = found.get();
          recordUse(t.id(), now);
          return inner.apply(new Principal(role.get(), t.id(), t.traineeId(), t.workshopId()));
        });
      });
    });
  }

  /** The socket's address, not X-Forwarded-For: a header would let a client pick a new identity per request. */
  static Optional<String> clientAddress(HttpRequest request) {
    return request.getAttribute(AttributeKeys.remoteAddress).flatMap(RemoteAddress::getAddress)
        .map(InetAddress::getHostAddress);
  }

  private void recordUse(String tokenId, Instant now) {
    Instant last = useRecorded.get(tokenId);
    if (last != null && Duration.between(last, now).compareTo(USE_RECORDED_EVERY) < 0) return;
    useRecorded.put(tokenId, now);
    CompletableFuture.runAsync(() -> tokens.used(tokenId, now), ctx.blocking());
  }

  static ApiException unauthorized(String detail, boolean invalidToken) {
    return new ApiException(StatusCodes.UNAUTHORIZED, "unauthorized", detail,
        Map.of("wwwAuthenticate", invalidToken ? "Bearer realm=\"" + REALM + "\", error=\"invalid_token\""
            : "Bearer realm=\"" + REALM + "\""));
  }

  static ApiException tooManyBadTokens(Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return new ApiException(StatusCodes.TOO_MANY_REQUESTS, "too-many-bad-tokens", "this client presented too many "
        + "bad bearer tokens; try again in " + seconds + " s", Map.of("retryAfter", seconds));
  }
}
