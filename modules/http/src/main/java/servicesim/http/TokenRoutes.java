package servicesim.http;

import akka.http.javadsl.model.headers.CacheControl;
import akka.http.javadsl.model.headers.CacheDirectives;
import akka.http.javadsl.server.Route;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/v1/tokens}: trainers create tokens; the token is in the answer once and nowhere else.
 * {@code GET /api/v1/me}: any valid token learns its own role.
 */
final class TokenRoutes extends ApiDirectives {

  record NewToken(String role, String trainee) {}

  TokenRoutes(ApiContext ctx) {
    super(ctx);
  }

  Route route(Principal p) {
    return concat(path("me", () -> get(() -> me(p))), path("tokens", () -> post(() -> allow(p, Set.of(Principal.Role.TRAINER), () ->
        jsonBody(NewToken.class, body -> {
          require(body.role() != null, "'role' is required: trainer, trainee or auditor");
          Principal.Role role = Principal.Role.byId(body.role()).orElseThrow(() -> new ApiException(
              akka.http.javadsl.model.StatusCodes.UNPROCESSABLE_CONTENT, "invalid-field",
              "unknown role '" + abbreviate(body.role()) + "' (roles: trainer, trainee, auditor)"));
          if (role == Principal.Role.TRAINEE) {
            require(body.trainee() != null, "a trainee token needs 'trainee': the trainee id it acts as");
            require(NAME.matcher(body.trainee()).matches(), "'trainee' must be lower-case letters, digits and "
                + "dashes (as trainee ids in workshop files)");
          } else {
            require(body.trainee() == null, "'trainee' is only for trainee tokens");
          }
          return blocking(() -> ctx.tokens().create(role.id(), body.trainee(), ctx.node().clock().instant(),
              "trainer"), token -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("token", token);
            out.put("role", role.id());
            out.put("trainee", body.trainee());
            return respondWithHeader(CacheControl.create(CacheDirectives.NO_STORE), () -> json(
                akka.http.javadsl.model.StatusCodes.CREATED, out));
          });
        })))));
  }

  /** Who the token is: its role and, for a trainee, the trainee id it acts as (the web UI picks its view by it). */
  private Route me(Principal p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("role", p.role().id());
    out.put("trainee", p.traineeId());
    return respondWithHeader(CacheControl.create(CacheDirectives.NO_STORE), () -> ok(out));
  }
}
