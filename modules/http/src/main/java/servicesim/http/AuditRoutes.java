package servicesim.http;

import akka.NotUsed;
import akka.http.javadsl.marshalling.sse.EventStreamMarshalling;
import akka.http.javadsl.model.ContentType;
import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpCharsets;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.MediaTypes;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.model.headers.ContentDispositionTypes;
import akka.http.javadsl.model.headers.ContentDisposition;
import akka.http.javadsl.model.sse.ServerSentEvent;
import akka.http.javadsl.server.PathMatchers;
import akka.http.javadsl.server.Route;
import akka.japi.Pair;
import akka.stream.javadsl.Source;
import akka.util.ByteString;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import servicesim.readside.AuditFilter;
import servicesim.readside.AuditFormats;
import servicesim.service.AuditQueries;
import servicesim.readside.AuditRow;
import servicesim.readside.AuditVerifier;
import servicesim.simulation.Notices;

/**
 * The auditors' API, read-only: events with filters and cursor paging, a session's trail and its verification, a
 * streamed export (NDJSON or CSV) that reads page by page in constant memory, and server-sent events of new rows.
 */
final class AuditRoutes extends ApiDirectives {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;
  static final int EXPORT_PAGE = 1000;
  /** The audit stream steps at most this often, however fast events come. */
  static final Duration GAP = Duration.ofMillis(100);
  static final ContentType NDJSON = ContentTypes.create(
      MediaTypes.applicationWithFixedCharset("x-ndjson", HttpCharsets.UTF_8, "ndjson"));

  private static final Set<Principal.Role> AUDITOR = Set.of(Principal.Role.AUDITOR);
  private static final Set<String> FILTERS = Set.of("workshop", "trainee", "session", "type", "from", "to");

  AuditRoutes(ApiContext ctx) {
    super(ctx);
  }

  Route route(Principal p) {
    return pathPrefix("audit", () -> concat(
        path("events", () -> get(() -> allow(p, AUDITOR, () -> parameterMap(this::page)))),
        path(PathMatchers.segment("events").slash("count"), () -> get(() -> allow(p, AUDITOR,
            () -> parameterMap(this::count)))),
        path("export", () -> get(() -> allow(p, AUDITOR, () -> parameterMap(this::export)))),
        path("stream", () -> get(() -> allow(p, AUDITOR, () -> optionalHeaderValueByName("Last-Event-ID",
            last -> parameterMap(params -> stream(params, last)))))),
        pathPrefix(PathMatchers.segment("sessions").slash(PathMatchers.segment()), raw -> concat(
            path("events", () -> get(() -> allow(p, AUDITOR, () -> sessionEvents(checkId(raw, "session"))))),
            path("verify", () -> get(() -> allow(p, AUDITOR, () -> verify(checkId(raw, "session")))))))));
  }

  /** How many events match the filters: the auditor's view says so before paging. */
  private Route count(Map<String, String> params) {
    checkParams(params);
    AuditFilter filter = filter(params);
    return blocking(() -> java.util.Map.of("total", ctx.audit().count(filter)), this::ok);
  }

  private Route page(Map<String, String> params) {
    checkParams(params, "after", "limit");
    AuditFilter filter = filter(params);
    long after = cursor(params.get("after"), "after");
    int limit = limit(params.get("limit"));
    return blocking(() -> ctx.audit().page(filter, after, limit), rows -> {
      StringBuilder json = new StringBuilder(rows.size() * 600 + 64).append("{\"events\":[");
      for (int i = 0; i < rows.size(); i++) {
        if (i > 0) json.append(',');
        json.append(row(rows.get(i)));
      }
      json.append("],\"next\":");
      json.append(rows.size() == limit ? "\"" + rows.get(rows.size() - 1).ordering() + "\"" : "null");
      return rawJson(json.append('}').toString());
    });
  }

  private Route sessionEvents(String id) {
    return blocking(() -> ctx.audit().session(id), rows -> {
      if (rows.isEmpty()) throw ApiException.notFound("no audit trail for session '" + id + "'");
      StringBuilder json = new StringBuilder("{\"sessionId\":")
          .append(ctx.mapper().valueToTree(id).toString()).append(",\"events\":[");
      for (int i = 0; i < rows.size(); i++) {
        if (i > 0) json.append(',');
        json.append(row(rows.get(i)));
      }
      return rawJson(json.append("]}").toString());
    });
  }

  private Route verify(String id) {
    return blocking(() -> ctx.audit().verify(id), report -> {
      if (report.events() == 0) throw ApiException.notFound("no session '" + id + "' in the journal");
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("sessionId", id);
      out.put("intact", report.intact());
      out.put("events", report.events());
      List<Map<String, Object>> findings = new ArrayList<>();
      for (AuditVerifier.Finding f : report.findings()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seqNr", f.seqNr());
        m.put("where", f.where());
        m.put("reason", f.reason());
        findings.add(m);
      }
      out.put("findings", findings);
      return ok(out);
    });
  }

  /** Pulls one page at a time as the client reads: the response never holds more than a page. */
  private Route export(Map<String, String> params) {
    checkParams(params, "format");
    String format = params.getOrDefault("format", "ndjson");
    if (!format.equals("ndjson") && !format.equals("csv")) {
      throw ApiException.badRequest("format must be ndjson or csv, not '" + abbreviate(format) + "'");
    }
    AuditFilter filter = filter(params);
    boolean csv = format.equals("csv");
    AuditQueries audit = ctx.audit();
    Source<ByteString, NotUsed> rows = Source.unfoldAsync(0L, after -> after < 0
            ? CompletableFuture.completedFuture(Optional.empty())
            : CompletableFuture.supplyAsync(() -> {
              List<AuditRow> page = audit.page(filter, after, EXPORT_PAGE);
              long next = page.size() < EXPORT_PAGE ? -1 : page.get(page.size() - 1).ordering();
              return Optional.of(Pair.create(next, page));
            }, ctx.blocking()))
        // the next page is read while this one is written; a page goes out as one chunk, not one per event
        .buffer(2, akka.stream.OverflowStrategy.backpressure())
        .map(page -> {
          StringBuilder chunk = new StringBuilder(page.size() * 720);
          for (AuditRow r : page) chunk.append(csv ? AuditFormats.csv(r) : AuditFormats.ndjson(r));
          return ByteString.fromString(chunk.toString());
        });
    Source<ByteString, NotUsed> body = csv
        ? Source.single(ByteString.fromString(AuditFormats.CSV_BOM + AuditFormats.CSV_HEADER)).concat(rows) : rows;
    ContentType type = csv ? ContentTypes.TEXT_CSV_UTF8 : NDJSON;
    return complete(HttpResponse.create()
        .addHeader(ContentDisposition.create(ContentDispositionTypes.ATTACHMENT, Map.of("filename", "audit." + format)))
        .withEntity(HttpEntities.createChunked(type, body)));
  }

  /** New rows as server-sent events ({@code id} = ordering), from {@code Last-Event-ID} or {@code after} if given. */
  private Route stream(Map<String, String> params, Optional<String> lastEventId) {
    checkParams(params, "after", "limit");
    AuditFilter filter = filter(params);
    Long from = lastEventId.map(v -> cursor(v, "Last-Event-ID"))
        .orElse(params.containsKey("after") ? cursor(params.get("after"), "after") : null);
    long limit = params.containsKey("limit") ? positive(params.get("limit"), "limit", Long.MAX_VALUE) : Long.MAX_VALUE;
    AuditQueries audit = ctx.audit();
    return blocking(() -> from != null ? from : audit.last(), start ->
        completeOK(EventStreams.onNotices(ctx, List.of(Notices.AUDIT), GAP, start, limit,
            after -> CompletableFuture.supplyAsync(() -> {
              List<AuditRow> page = audit.page(filter, after, DEFAULT_LIMIT);
              List<ServerSentEvent> out = new ArrayList<>(page.size());
              for (AuditRow r : page) out.add(EventStreams.event(r.type(), row(r), r.ordering()));
              long next = page.isEmpty() ? after : page.get(page.size() - 1).ordering();
              return page.size() == DEFAULT_LIMIT ? EventStreams.Step.sendMore(next, out)
                  : EventStreams.Step.send(next, out);
            }, ctx.blocking())), EventStreamMarshalling.toEventStream()));
  }

  /** An audit row as JSON: the stored event embedded as it is. */
  static String row(AuditRow r) {
    String line = AuditFormats.ndjson(r);
    return line.substring(0, line.length() - 1);
  }

  private static void checkParams(Map<String, String> params, String... others) {
    Set<String> known = new TreeSet<>(FILTERS);
    known.addAll(List.of(others));
    for (String name : params.keySet()) {
      if (!known.contains(name)) {
        throw ApiException.badRequest("unknown query parameter '" + abbreviate(name) + "' (parameters: "
            + String.join(", ", known) + ")");
      }
    }
  }

  static AuditFilter filter(Map<String, String> params) {
    return new AuditFilter(text(params, "workshop"), text(params, "trainee"), text(params, "session"),
        text(params, "type"), instant(params, "from"), instant(params, "to"));
  }

  private static String text(Map<String, String> params, String name) {
    String v = params.get(name);
    if (v == null) return null;
    if (v.isEmpty() || v.length() > 255) throw ApiException.badRequest(name + " must be 1 to 255 characters");
    return v;
  }

  private static Instant instant(Map<String, String> params, String name) {
    String v = params.get(name);
    if (v == null) return null;
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be an ISO-8601 instant such as 2026-11-23T09:00:00Z, not '"
          + abbreviate(v) + "'");
    }
  }

  static long cursor(String v, String name) {
    if (v == null) return 0;
    return positive(v, name, Long.MAX_VALUE);
  }

  static int limit(String v) {
    if (v == null) return DEFAULT_LIMIT;
    long n = positive(v, "limit", MAX_LIMIT);
    if (n == 0) throw ApiException.badRequest("limit must be between 1 and " + MAX_LIMIT);
    return (int) n;
  }

  private static long positive(String v, String name, long max) {
    try {
      long n = Long.parseLong(v);
      if (n < 0 || n > max) throw new NumberFormatException();
      return n;
    } catch (NumberFormatException e) {
      throw new ApiException(StatusCodes.BAD_REQUEST, "invalid-paging", name + " must be a whole number from 0"
          + (max == Long.MAX_VALUE ? "" : " to " + max) + ", not '" + abbreviate(v) + "'");
    }
  }
}
