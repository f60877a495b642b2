package servicesim.http;

import akka.http.javadsl.model.HttpHeader;
import akka.http.javadsl.model.headers.CacheControl;
import akka.http.javadsl.model.headers.CacheDirectives;
import akka.http.javadsl.model.headers.RawHeader;
import akka.http.javadsl.server.Route;
import java.util.List;

/**
 * The web UI: {@code /} serves {@code web/index.html}, {@code /ui/...} the plain ES modules and CSS under the classpath
 * folder {@code web/}, and {@code /webjars/...} the libraries that come as WebJars (charts). There is no build step:
 * the files are served as written. Our own files are revalidated on every load (they have no versioned names); WebJar
 * paths carry their version, so browsers may keep them for a year. The page may load nothing from elsewhere.
 */
final class WebRoutes extends ApiDirectives {

  static final String ROOT = "web";
  static final String WEBJARS = "META-INF/resources/webjars";

  /** Everything from this server only; no inline scripts; the API is on the same origin. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
      + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";

  private static final List<HttpHeader> SECURITY = List.of(
      RawHeader.create("Content-Security-Policy", CSP),
      RawHeader.create("X-Content-Type-Options", "nosniff"),
      RawHeader.create("Referrer-Policy", "no-referrer"));

  WebRoutes(ApiContext ctx) {
    super(ctx);
  }

  Route route() {
    return concat(
        pathSingleSlash(() -> file(() -> revalidate(() -> getFromResource(ROOT + "/index.html")))),
        path("favicon.ico", () -> file(() -> revalidate(() -> getFromResource(ROOT + "/favicon.svg")))),
        pathPrefix("ui", () -> file(() -> revalidate(() -> getFromResourceDirectory(ROOT)))),
        pathPrefix("webjars", () -> file(() -> respondWithHeader(CacheControl.create(CacheDirectives.PUBLIC,
            CacheDirectives.MAX_AGE(365L * 24 * 3600), CacheDirectives.IMMUTABLE),
            () -> getFromResourceDirectory(WEBJARS)))));
  }

  private Route file(java.util.function.Supplier<Route> inner) {
    return get(() -> respondWithHeaders(SECURITY, inner));
  }

  /** Served with Last-Modified; the browser asks again each time and gets 304 while the file is unchanged. */
  private Route revalidate(java.util.function.Supplier<Route> inner) {
    return respondWithHeader(CacheControl.create(CacheDirectives.NO_CACHE), inner);
  }
}
