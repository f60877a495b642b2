package servicesim.http;

import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.server.Route;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import servicesim.readside.TokenRepository;

/**
 * Bearer tokens: {@code Authorization: Bearer <token>}, looked up by its SHA-256. 401 (with
 * {@code WWW-Authenticate: Bearer}) without a token or with one we do not know. Tokens are never logged.
 */
final class Auth extends ApiDirectives {

  static final String REALM = "servicesim";

  private final TokenRepository tokens;

  Auth(ApiContext ctx) {
    super(ctx);
    this.tokens = ctx.tokens();
  }

  Route authenticated(Function<Principal, Route> inner) {
    return optionalHeaderValueByName("Authorization", header -> {
      Optional<String> token = header
          .filter(h -> h.length() > 7 && h.regionMatches(true, 0, "Bearer ", 0, 7))
          .map(h -> h.substring(7).trim());
      if (token.isEmpty()) {
        throw unauthorized(header.isEmpty() ? "this needs a bearer token (Authorization: Bearer <token>)"
            : "the Authorization header must be 'Bearer <token>'", false);
      }
      return blocking(() -> tokens.find(token.get()), found -> {
        TokenRepository.StoredToken t = found.orElseThrow(() -> unauthorized("the bearer token is not valid", true));
        Principal.Role role = Principal.Role.byId(t.role())
            .orElseThrow(() -> unauthorized("the bearer token has an unknown role", true));
        return inner.apply(new Principal(role, t.traineeId()));
      });
    });
  }

  static ApiException unauthorized(String detail, boolean invalidToken) {
    return new ApiException(StatusCodes.UNAUTHORIZED, "unauthorized", detail,
        Map.of("wwwAuthenticate", invalidToken ? "Bearer realm=\"" + REALM + "\", error=\"invalid_token\""
            : "Bearer realm=\"" + REALM + "\""));
  }
}
