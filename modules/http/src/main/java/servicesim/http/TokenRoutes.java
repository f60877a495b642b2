package servicesim.http;

import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.model.headers.CacheControl;
import akka.http.javadsl.model.headers.CacheDirectives;
import akka.http.javadsl.server.PathMatchers;
import akka.http.javadsl.server.Route;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import servicesim.files.Durations;
import servicesim.readside.TokenRepository;
import servicesim.simulation.WorkshopEntity;

/**
 * API tokens. {@code POST /tokens}: an admin creates a token of any role; a trainer only a trainee token, for a live
 * trainee of an existing workshop, bound to both. The secret is in that answer once and nowhere else.
 * {@code GET /tokens} (admin): every token, never its secret. {@code DELETE /tokens/{id}} (admin): revoked, refused
 * from the next request on, on every node. {@code GET /me}: any valid token learns its own role and binding.
 */
final class TokenRoutes extends ApiDirectives {

  record NewToken(String role, String trainee, String workshop, String expiresIn) {}

  /** The longest a token may be made to last; without {@code expiresIn} it lasts until revoked. */
  static final Duration MAX_LIFETIME = Duration.ofDays(366);

  private static final Set<Principal.Role> ADMIN = Set.of(Principal.Role.ADMIN);
  private static final Set<Principal.Role> MINTERS = Set.of(Principal.Role.ADMIN, Principal.Role.TRAINER);
  private static final Pattern TOKEN_ID = Pattern.compile("tok-[0-9a-f]{16}|[0-9a-f]{16}");

  TokenRoutes(ApiContext ctx) {
    super(ctx);
  }

  Route route(Principal p) {
    return concat(
        path("me", () -> get(() -> me(p))),
        pathPrefix("tokens", () -> concat(
            pathEnd(() -> concat(
                post(() -> allow(p, MINTERS, () -> jsonBody(NewToken.class, body -> create(p, body)))),
                get(() -> allow(p, ADMIN, this::list)))),
            path(PathMatchers.segment(), id -> delete(() -> allow(p, ADMIN, () -> revoke(p, id)))))));
  }

  private Route create(Principal p, NewToken body) {
    require(body.role() != null, "'role' is required: admin, trainer, trainee, auditor or reviewer");
    Principal.Role role = Principal.Role.byId(body.role()).orElseThrow(() -> new ApiException(
        StatusCodes.UNPROCESSABLE_CONTENT, "invalid-field", "unknown role '" + abbreviate(body.role())
        + "' (roles: admin, trainer, trainee, auditor, reviewer)"));
    if (p.is(Principal.Role.TRAINER) && role != Principal.Role.TRAINEE && role != Principal.Role.REVIEWER) {
      throw ApiException.forbidden("a trainer creates trainee and reviewer tokens only; ask an admin for a "
          + role.id() + " token");
    }
    Instant now = ctx.clock().instant();
    Instant expiresAt = expiry(body.expiresIn(), now);
    if (role != Principal.Role.TRAINEE) {
      require(body.trainee() == null && body.workshop() == null, "'trainee' and 'workshop' are only for trainee "
          + "tokens");
      return issue(p, new TokenRepository.Grant(role.id(), null, null, expiresAt), now);
    }
    require(body.trainee() != null && body.workshop() != null, "a trainee token needs 'trainee' and 'workshop': the "
        + "live trainee it acts as, in that workshop");
    require(NAME.matcher(body.trainee()).matches(), "'trainee' must be lower-case letters, digits and dashes (as "
        + "trainee ids in workshop files)");
    require(ID.matcher(body.workshop()).matches(), "'workshop' must be a workshop id such as demo-1");
    return await(ctx.node().workshops().getAsync(body.workshop()), w -> {
      require(w.created(), "there is no workshop '" + body.workshop() + "'");
      WorkshopEntity.Enrolment enrolment = w.trainees().stream().filter(t -> t.traineeId().equals(body.trainee()))
          .findFirst().orElse(null);
      require(enrolment != null, "'" + body.trainee() + "' is not a trainee of workshop " + body.workshop()
          + " (live trainees: " + String.join(", ", w.trainees().stream().filter(WorkshopEntity.Enrolment::live)
          .map(WorkshopEntity.Enrolment::traineeId).toList()) + ")");
      require(enrolment.live(), "'" + body.trainee() + "' plays scripted in workshop " + body.workshop()
          + ": tokens are for live trainees");
      return issue(p, new TokenRepository.Grant(role.id(), body.trainee(), body.workshop(), expiresAt), now);
    });
  }

  private static Instant expiry(String expiresIn, Instant now) {
    if (expiresIn == null) return null;
    Duration d = Durations.parse(expiresIn).orElse(Duration.ZERO);
    require(!d.isZero() && !d.isNegative() && d.compareTo(MAX_LIFETIME) <= 0, "'expiresIn' must be a duration such "
        + "as 8h, 14d or 1d12h, of at most 366 days, not '" + abbreviate(expiresIn) + "'");
    return now.plus(d);
  }

  private Route issue(Principal p, TokenRepository.Grant grant, Instant now) {
    return blocking(() -> ctx.node().readSide().tokens().create(grant, now, p.role().id() + " " + p.tokenId()),
        created -> {
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("id", created.id());
          out.put("token", created.token());
          out.put("role", grant.role());
          out.put("trainee", grant.traineeId());
          out.put("workshop", grant.workshopId());
          out.put("expiresAt", grant.expiresAt() == null ? null : grant.expiresAt().toString());
          return respondWithHeader(CacheControl.create(CacheDirectives.NO_STORE), () -> json(StatusCodes.CREATED,
              out));
        });
  }

  private Route list() {
    return blocking(() -> ctx.node().readSide().tokens().list(), tokens -> {
      List<Map<String, Object>> out = tokens.stream().map(TokenRoutes::view).toList();
      return ok(Map.of("tokens", out));
    });
  }

  private Route revoke(Principal p, String id) {
    if (!TOKEN_ID.matcher(id).matches()) throw ApiException.notFound("no token '" + abbreviate(id) + "'");
    Instant now = ctx.clock().instant();
    return blocking(() -> {
      ctx.node().readSide().tokens().revoke(id, now, p.role().id() + " " + p.tokenId());
      return ctx.node().readSide().tokens().byId(id);
    }, token -> ok(view(token.orElseThrow(() -> ApiException.notFound("no token '" + id + "'")))));
  }

  /** A token as listed: everything but its secret, which is not stored. */
  static Map<String, Object> view(TokenRepository.StoredToken t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("role", t.role());
    m.put("trainee", t.traineeId());
    m.put("workshop", t.workshopId());
    m.put("createdAt", text(t.createdAt()));
    m.put("createdBy", t.createdBy());
    m.put("expiresAt", text(t.expiresAt()));
    m.put("revokedAt", text(t.revokedAt()));
    m.put("revokedBy", t.revokedBy());
    m.put("lastUsedAt", text(t.lastUsedAt()));
    return m;
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }

  /** Who the token is: its role and, for a trainee, the trainee and workshop it acts in (the web UI picks its view). */
  private Route me(Principal p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("role", p.role().id());
    out.put("trainee", p.traineeId());
    out.put("workshop", p.workshopId());
    out.put("tokenId", p.tokenId());
    return respondWithHeader(CacheControl.create(CacheDirectives.NO_STORE), () -> ok(out));
  }
}
