package servicesim.http;

import akka.cluster.MemberStatus;
import akka.cluster.typed.Cluster;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.server.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /health} (the process is up), {@code GET /ready} (database and cluster), and the OpenAPI document. */
final class HealthRoutes extends ApiDirectives {

  static final String OPENAPI = "servicesim/http/openapi.yaml";

  private final String openApi;

  HealthRoutes(ApiContext ctx) {
    super(ctx);
    try (InputStream in = HealthRoutes.class.getClassLoader().getResourceAsStream(OPENAPI)) {
      if (in == null) throw new IllegalStateException(OPENAPI + " is missing from the classpath");
      this.openApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Route route() {
    return concat(
        path("health", () -> get(() -> ok(Map.of("status", "up")))),
        path("ready", () -> get(() -> blocking(this::readiness, r -> {
          if (Boolean.TRUE.equals(r.get("ready"))) return ok(r);
          return complete(ctx.problems().response(StatusCodes.SERVICE_UNAVAILABLE, "not-ready",
              "database: " + r.get("database") + ", cluster member: " + r.get("cluster"), "/ready", r, List.of()));
        }))));
  }

  Route openApi() {
    return path("openapi.yaml", () -> get(() ->
        complete(HttpResponse.create().withEntity(HttpEntities.create(yaml(), openApi)))));
  }

  private Map<String, Object> readiness() {
    String database;
    try (Connection c = ctx.node().database().dataSource().getConnection()) {
      database = c.isValid(2) ? "up" : "down";
    } catch (Exception e) {
      database = "down";
    }
    MemberStatus status = Cluster.get(ctx.system()).selfMember().status();
    String cluster = status.toString();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ready", "up".equals(database) && status == MemberStatus.up());
    out.put("database", database);
    out.put("cluster", cluster);
    return out;
  }
}
