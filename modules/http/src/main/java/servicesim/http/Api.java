package servicesim.http;

import akka.http.javadsl.model.HttpEntity;
import akka.http.javadsl.model.HttpHeader;
import akka.http.javadsl.model.HttpMethod;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.model.headers.Allow;
import akka.http.javadsl.model.headers.RawHeader;
import akka.http.javadsl.server.ExceptionHandler;
import akka.http.javadsl.server.MalformedRequestContentRejection;
import akka.http.javadsl.server.MethodRejection;
import akka.http.javadsl.server.PathMatchers;
import akka.http.javadsl.server.RejectionHandler;
import akka.http.javadsl.server.Route;
import akka.http.scaladsl.model.EntityStreamSizeException;
import akka.pattern.AskTimeoutException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import servicesim.readside.ReadModelException;
import servicesim.simulation.Rejection;

/**
 * The whole HTTP API: {@code /health}, {@code /ready}, the web UI ({@code /}), and under {@code /api/v1} the resources
 * of trainers, trainees and auditors. Every error, akka-http's own rejections included, is answered as {@code application/problem+json};
 * an unexpected exception is logged and answered without its stack trace.
 */
public final class Api extends ApiDirectives {

  private static final Logger log = LoggerFactory.getLogger(Api.class);

  private final Auth auth;
  private final HealthRoutes health;
  private final TokenRoutes tokens;
  private final WorkshopRoutes workshops;
  private final ScenarioRoutes scenarios;
  private final PolicyRoutes policies;
  private final CatalogueRoutes catalogue;
  private final ProgressRoutes progress;
  private final SessionRoutes sessions;
  private final ReviewRoutes reviews;
  private final AuditRoutes audit;
  private final WebRoutes web;
  private final AccessLogRoutes accessLog;

  public Api(ApiContext ctx) {
    super(ctx);
    this.auth = new Auth(ctx);
    this.health = new HealthRoutes(ctx);
    this.tokens = new TokenRoutes(ctx);
    this.workshops = new WorkshopRoutes(ctx);
    this.scenarios = new ScenarioRoutes(ctx);
    this.policies = new PolicyRoutes(ctx);
    this.catalogue = new CatalogueRoutes(ctx);
    this.progress = new ProgressRoutes(ctx);
    this.sessions = new SessionRoutes(ctx);
    this.reviews = new ReviewRoutes(ctx);
    this.audit = new AuditRoutes(ctx);
    this.web = new WebRoutes(ctx);
    this.accessLog = new AccessLogRoutes(ctx);
  }

  public Route route() {
    return extractUri(uri -> {
      String instance = uri.path();
      return handleExceptions(exceptions(instance), () -> handleRejections(rejections(instance), () -> concat(
          health.route(),
          web.route(),
          pathPrefix(PathMatchers.segment("api").slash("v1"), () -> concat(
              health.openApi(),
              auth.authenticated(p -> concat(
                  workshops.route(p),
                  scenarios.route(p),
                  policies.route(p),
                  catalogue.route(p),
                  progress.route(p),
                  reviews.route(p),
                  sessions.route(p),
                  audited(p, instance),
                  tokens.route(p),
                  accessLog.route(p))))))));
    });
  }

  /** The audit routes; an auditor's every request there goes to the access log with the status it was answered. */
  private Route audited(Principal p, String instance) {
    if (!p.is(Principal.Role.AUDITOR)) return audit.route(p);
    return pathPrefixTest("audit", () -> extractRequest(request -> mapResponse(
        response -> accessLog.record(p, request, response, Auth.clientAddress(request).orElse(null)),
        () -> handleExceptions(exceptions(instance), () -> audit.route(p)))));
  }

  private ExceptionHandler exceptions(String instance) {
    return ExceptionHandler.newBuilder().matchAny(e -> complete(response(unwrap(e), instance))).build();
  }

  HttpResponse response(Throwable e, String instance) {
    Problems problems = ctx.problems();
    if (e instanceof ApiException a) {
      List<HttpHeader> headers = new ArrayList<>();
      Map<String, Object> extensions = a.extensions();
      Object challenge = extensions.get("wwwAuthenticate");
      if (challenge != null) {
        headers.add(RawHeader.create("WWW-Authenticate", challenge.toString()));
        extensions = Map.of();
      }
      Object retryAfter = extensions.get("retryAfter");
      if (retryAfter != null) headers.add(RawHeader.create("Retry-After", retryAfter.toString()));
      return problems.response(a.status(), a.type(), a.getMessage(), instance, extensions, headers);
    }
    if (e instanceof Rejection.Refused r) return problems.response(ApiException.of(r.rejection()), instance);
    if (e instanceof EntityStreamSizeException size) {
      return problems.response(tooLarge(size.limit()), instance);
    }
    if (e instanceof AskTimeoutException || e instanceof TimeoutException) {
      log.warn("request to {} timed out: {}", instance, e.getMessage());
      return problems.response(StatusCodes.SERVICE_UNAVAILABLE, "timeout", "the service did not answer in time; "
          + "try again", instance, Map.of(), List.of());
    }
    if (e instanceof ReadModelException) {
      log.error("database error on {}", instance, e);
      return problems.response(StatusCodes.SERVICE_UNAVAILABLE, "database-unavailable", "the database did not "
          + "answer; try again", instance, Map.of(), List.of());
    }
    log.error("unexpected error on {}", instance, e);
    return problems.response(StatusCodes.INTERNAL_SERVER_ERROR, "internal-error", "an unexpected error occurred; "
        + "the server log has the details", instance, Map.of(), List.of());
  }

  static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    if (!(t instanceof EntityStreamSizeException)) {
      for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
        if (c instanceof EntityStreamSizeException size) return size;
      }
    }
    return t;
  }

  private RejectionHandler rejections(String instance) {
    Problems problems = ctx.problems();
    return RejectionHandler.newBuilder()
        .handleAll(MethodRejection.class, rs -> {
          Set<HttpMethod> methods = new LinkedHashSet<>();
          rs.forEach(r -> methods.add(r.supported()));
          return complete(problems.response(StatusCodes.METHOD_NOT_ALLOWED, "method-not-allowed",
              "this resource supports " + String.join(", ", methods.stream().map(HttpMethod::name).toList()),
              instance, Map.of(), List.of(Allow.create(methods.toArray(new HttpMethod[0])))));
        })
        .handle(MalformedRequestContentRejection.class, r -> {
          Throwable cause = unwrap(r.getCause());
          if (cause instanceof EntityStreamSizeException size) {
            return complete(problems.response(tooLarge(size.limit()), instance));
          }
          return complete(problems.response(StatusCodes.BAD_REQUEST, "malformed-body", r.message(), instance,
              Map.of(), List.of()));
        })
        .handleNotFound(complete(problems.response(StatusCodes.NOT_FOUND, "not-found",
            "there is no resource here", instance, Map.of(), List.of())))
        .build()
        .withFallback(RejectionHandler.defaultHandler().mapRejectionResponse(r -> asProblem(r, instance)));
  }

  /** Turns akka-http's plain-text rejection answers into problem details, keeping status and headers. */
  private HttpResponse asProblem(HttpResponse r, String instance) {
    HttpEntity entity = r.entity();
    if (entity.getContentType().mediaType().equals(Problems.PROBLEM_JSON)) return r;
    String detail = entity instanceof HttpEntity.Strict s ? s.getData().utf8String() : r.status().reason();
    return ctx.problems().response(r.status(), Problems.typeOf(r.status()), detail, instance, Map.of(), List.of())
        .withHeaders(r.getHeaders());
  }
}
