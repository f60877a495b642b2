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
import servicesim.ledger.Checkpoint;
import servicesim.ledger.LedgerException;
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
  private static final Set<Principal.Role> KEY_READERS = Set.of(Principal.Role.AUDITOR, Principal.Role.ADMIN);
  /** A checkpoint names every entity's last event: a large installation's runs to megabytes. */
  static final int CHECKPOINT_BYTES = 64 * 1024 * 1024;
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
        path("key", () -> get(() -> allow(p, KEY_READERS, this::key))),
        // a whole journal takes longer than a request usually may: its answer is a finding list, never a timeout
        path("verify", () -> post(() -> allow(p, AUDITOR, () -> withoutRequestTimeout(this::verifyAll)))),
        path("stream", () -> get(() -> allow(p, AUDITOR, () -> optionalHeaderValueByName("Last-Event-ID",
            last -> parameterMap(params -> stream(params, last)))))),
        pathPrefix(PathMatchers.segment("sessions").slash(PathMatchers.segment()), raw -> concat(
            path("events", () -> get(() -> allow(p, AUDITOR, () -> sessionEvents(checkId(raw, "session"))))),
            path("verify", () -> get(() -> allow(p, AUDITOR, () -> withoutRequestTimeout(() ->
                verify(checkId(raw, "session")))))),
            path("proof", () -> get(() -> allow(p, AUDITOR, () -> withoutRequestTimeout(() -> parameterMap(params ->
                proof(checkId(raw, "session"), params))))))))));
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

  /** How many events the filters of a page select. */
  private Route count(Map<String, String> params) {
    checkParams(params);
    AuditFilter filter = filter(params);
    return blocking(() -> ctx.audit().count(filter), n -> ok(Map.of("total", n)));
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
      if (report.events() == 0 && report.findings().isEmpty()) {
        throw ApiException.notFound("no session '" + id + "' in the journal");
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("sessionId", id);
      out.put("intact", report.intact());
      out.put("events", report.events());
      out.put("findings", findings(report));
      return ok(out);
    });
  }

  /** The installation's public key, which checkpoints are signed with. */
  private Route key() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("algorithm", "Ed25519");
    out.put("keyId", ctx.audit().key().keyId());
    out.put("publicKey", ctx.audit().key().publicKeyBase64());
    return ok(out);
  }

  /** The whole ledger verified, against the posted checkpoint if there is one; findings are a 200, never a 5xx. */
  private Route verifyAll() {
    return extractRequestEntity(entity -> entity.isKnownEmpty()
        ? verifyAll(Optional.empty())
        : body(CHECKPOINT_BYTES, Set.of(MediaTypes.APPLICATION_JSON), text -> {
          if (text.isBlank()) return verifyAll(Optional.empty());
          RequestText.checkJsonDepth(ctx.mapper(), text);
          try {
            return verifyAll(Optional.of(Checkpoint.parse(text, "the posted checkpoint")));
          } catch (LedgerException e) {
            throw ApiException.unprocessable(e.getMessage());
          }
        }));
  }

  private Route verifyAll(Optional<Checkpoint> checkpoint) {
    return blocking(() -> ctx.audit().verifyAll(checkpoint), report -> {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("intact", report.intact());
      out.put("sessions", report.sessions());
      out.put("workshops", report.workshops());
      out.put("events", report.events());
      out.put("scores", report.scores());
      out.put("notYetInAuditTrail", report.notYetInAuditTrail());
      out.put("treeSize", report.treeSize());
      out.put("rootHash", report.rootHash());
      out.put("keyId", ctx.audit().key().keyId());
      out.put("checkpoint", report.checkpoint().map(c -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treeSize", c.treeSize());
        m.put("keyId", c.keyId());
        m.put("signed", c.signed());
        m.put("consistent", c.consistent());
        m.put("headsChecked", c.headsChecked());
        return m;
      }).orElse(null));
      out.put("findings", findings(report));
      return ok(out);
    });
  }

  private static List<Map<String, Object>> findings(AuditVerifier.Report report) {
    List<Map<String, Object>> findings = new ArrayList<>();
    for (AuditVerifier.Finding f : report.findings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("entity", f.entity());
      m.put("id", f.id());
      m.put("seqNr", f.seqNr());
      m.put("where", f.where());
      m.put("reason", f.reason());
      findings.add(m);
    }
    return findings;
  }

  /** The session's events' leaves with their inclusion proofs, in the tree of the journal's first {@code size}. */
  private Route proof(String id, Map<String, String> params) {
    for (String name : params.keySet()) {
      if (!name.equals("size")) {
        throw ApiException.badRequest("unknown query parameter '" + abbreviate(name) + "' (parameters: size)");
      }
    }
    Long size = params.containsKey("size") ? positive(params.get("size"), "size", Integer.MAX_VALUE) : null;
    return blocking(() -> {
      try {
        return ctx.audit().proof(id, size);
      } catch (AuditVerifier.TooLarge e) {
        throw ApiException.unprocessable(e.getMessage());
      }
    }, proof -> {
      if (proof.events().isEmpty()) {
        throw ApiException.notFound("no events of session '" + id + "' among the journal's first " + proof.treeSize());
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("sessionId", id);
      out.put("treeSize", proof.treeSize());
      out.put("rootHash", proof.rootHash());
      List<Map<String, Object>> events = new ArrayList<>();
      for (AuditVerifier.ProvenEvent e : proof.events()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seqNr", e.seqNr());
        m.put("index", e.index());
        m.put("manifest", e.manifest());
        m.put("payload", e.payloadBase64());
        m.put("leafHash", e.leafHash());
        m.put("path", e.path());
        events.add(m);
      }
      out.put("events", events);
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
