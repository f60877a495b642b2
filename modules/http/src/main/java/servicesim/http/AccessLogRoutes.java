package servicesim.http;

import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.server.Route;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import servicesim.readside.AccessLogRepository;

/**
 * The auditors' access log: every request an auditor makes under {@code /audit} is recorded (token, method, path,
 * query, status, client, time); {@code GET /access-log} lets an admin page through it, optionally for one token and
 * a time range.
 */
final class AccessLogRoutes extends ApiDirectives {

  private static final Logger log = LoggerFactory.getLogger(AccessLogRoutes.class);
  private static final Set<Principal.Role> ADMIN = Set.of(Principal.Role.ADMIN);
  private static final int MAX_TEXT = 2000;

  AccessLogRoutes(ApiContext ctx) {
    super(ctx);
  }

  Route route(Principal p) {
    return path("access-log", () -> get(() -> allow(p, ADMIN, () -> parameterMap(this::page))));
  }

  /** The last write to the access log; each new one waits for it. */
  private CompletableFuture<Void> writes = CompletableFuture.completedFuture(null);

  /** Records the request once answered; the write does not hold the answer up. */
  HttpResponse record(Principal p, HttpRequest request, HttpResponse response, String client) {
    AccessLogRepository.Access access = new AccessLogRepository.Access(0, ctx.clock().instant(), p.tokenId(),
        p.role().id(), request.method().name(), bounded(request.getUri().path()),
        request.getUri().rawQueryString().map(AccessLogRoutes::bounded).orElse(null), response.status().intValue(),
        client);
    // one write after the other, so that the log's order (its ids) is the order the requests were answered in
    synchronized (this) {
      writes = writes.thenRunAsync(() -> ctx.node().readSide().accessLog().record(access), ctx.blocking())
          .exceptionally(e -> {
            log.warn("could not record an auditor's request in the access log: {}", e.getMessage());
            return null;
          });
    }
    return response;
  }

  private static String bounded(String s) {
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
  }

  private Route page(Map<String, String> params) {
    Set<String> known = new TreeSet<>(List.of("token", "from", "to", "after", "limit"));
    for (String name : params.keySet()) {
      if (!known.contains(name)) {
        throw ApiException.badRequest("unknown query parameter '" + abbreviate(name) + "' (parameters: "
            + String.join(", ", known) + ")");
      }
    }
    String token = params.get("token");
    if (token != null && (token.isEmpty() || token.length() > 32)) throw ApiException.badRequest("token must be a "
        + "token id");
    Instant from = instant(params.get("from"), "from");
    Instant to = instant(params.get("to"), "to");
    long after = AuditRoutes.cursor(params.get("after"), "after");
    int limit = AuditRoutes.limit(params.get("limit"));
    return blocking(() -> ctx.node().readSide().accessLog().page(token, from, to, after, limit), rows -> {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("accesses", rows.stream().map(AccessLogRoutes::view).toList());
      out.put("next", rows.size() == limit ? String.valueOf(rows.get(rows.size() - 1).id()) : null);
      return ok(out);
    });
  }

  private static Map<String, Object> view(AccessLogRepository.Access a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("at", a.at().toString());
    m.put("tokenId", a.tokenId());
    m.put("role", a.role());
    m.put("method", a.method());
    m.put("path", a.path());
    m.put("query", a.query());
    m.put("status", a.status());
    m.put("client", a.client());
    return m;
  }

  private static Instant instant(String v, String name) {
    if (v == null) return null;
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be an ISO-8601 instant such as 2026-11-23T09:00:00Z, not '"
          + abbreviate(v) + "'");
    }
  }
}
