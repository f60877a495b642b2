package servicesim.http;

import akka.http.javadsl.marshalling.sse.EventStreamMarshalling;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.model.headers.Location;
import akka.http.javadsl.model.sse.ServerSentEvent;
import akka.http.javadsl.server.PathMatchers;
import akka.http.javadsl.server.Route;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import servicesim.files.InvalidFileException;
import servicesim.files.Problem;
import servicesim.files.YamlFile;
import servicesim.readside.AuditRow;
import servicesim.readside.WorkshopRow;
import servicesim.scenario.workshop.Workshop;
import servicesim.scenario.workshop.WorkshopLoader;
import servicesim.service.Workshops;
import servicesim.simulation.Notices;
import servicesim.simulation.WorkshopEntity;

/**
 * Trainers' workshops: {@code POST /workshops} (a definition as JSON, or {@code {"file":"demo"}} for
 * {@code scenarios/workshops/demo.yaml}), {@code GET /workshops} (the list, and the workshop files),
 * {@code GET /workshops/{id}}, {@code POST /workshops/{id}/run} (scripted sessions, in the background),
 * {@code GET /workshops/{id}/scoreboard}, {@code GET /workshops/{id}/stream} (server-sent events),
 * {@code POST /workshops/{id}/release}.
 */
final class WorkshopRoutes extends ApiDirectives {

  private static final Set<Principal.Role> TRAINER = Set.of(Principal.Role.TRAINER);
  /** Auditors read which workshops there are and their scoreboards: the auditor's view picks a workshop from them. */
  private static final Set<Principal.Role> READERS = Set.of(Principal.Role.TRAINER, Principal.Role.AUDITOR);
  /** A workshop's stream steps at most this often, however busy its run. */
  static final Duration GAP = Duration.ofMillis(250);

  WorkshopRoutes(ApiContext ctx) {
    super(ctx);
  }

  Route route(Principal p) {
    return pathPrefix("workshops", () -> concat(
        pathEnd(() -> concat(
            post(() -> allow(p, TRAINER, this::create)),
            get(() -> allow(p, READERS, this::list)))),
        pathPrefix(PathMatchers.segment(), raw -> {
          return concat(
              pathEnd(() -> get(() -> allow(p, TRAINER, () -> show(checkId(raw, "workshop"))))),
              path("run", () -> post(() -> allow(p, TRAINER, () -> run(checkId(raw, "workshop"))))),
              path("scoreboard", () -> get(() -> allow(p, READERS, () -> scoreboard(checkId(raw, "workshop"))))),
              path("stream", () -> get(() -> allow(p, TRAINER, () -> optionalHeaderValueByName("Last-Event-ID",
                  last -> parameterOptional("after", after -> parameterOptional("limit", limit ->
                      stream(checkId(raw, "workshop"), last.or(() -> after), limit))))))),
              path("release", () -> post(() -> allow(p, TRAINER, () -> release(checkId(raw, "workshop"))))));
        })));
  }

  private Route create() {
    return body(ctx.limits().jsonBytes(), Set.of(akka.http.javadsl.model.MediaTypes.APPLICATION_JSON), text -> {
      JsonNode body = readTree(text);
      if (!body.isObject()) throw ApiException.badRequest("the request body must be a JSON object");
      return blocking(() -> definition((ObjectNode) body), definition -> blocking(
          () -> ctx.node().workshops().create(definition),
          summary -> created("/api/v1/workshops/" + summary.workshopId(), view(summary))));
    });
  }

  /** A workshop file by name, or the body itself (JSON is YAML): checked like a workshop file, every problem named. */
  private Workshop definition(ObjectNode body) throws Exception {
    if (body.has("file")) {
      Set<String> others = new TreeSet<>();
      body.fieldNames().forEachRemaining(others::add);
      others.remove("file");
      if (!others.isEmpty()) {
        throw new ApiException(StatusCodes.BAD_REQUEST, "unknown-field", "with 'file', give no other fields (found: "
            + String.join(", ", others) + ")");
      }
      String name = body.get("file").asText("");
      if (!body.get("file").isTextual() || !NAME.matcher(name).matches()) {
        throw new ApiException(StatusCodes.UNPROCESSABLE_CONTENT, "invalid-field", "'file' names a workshop file of "
            + "scenarios/workshops/ without '.yaml': lower-case letters, digits and dashes");
      }
      Path file = ctx.workshopFiles().resolve(name + ".yaml");
      if (!Files.isRegularFile(file)) throw ApiException.notFound("no workshop file '" + name + ".yaml' in "
          + "scenarios/workshops/");
      return load(() -> YamlFile.parse("scenarios/workshops/" + name + ".yaml", Files.readAllBytes(file)));
    }
    String text = ctx.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(body);
    return load(() -> YamlFile.parseJson("request body", text));
  }

  private interface Source {
    YamlFile read() throws InvalidFileException, java.io.IOException;
  }

  /** Reading the text is checked like loading it: every problem is a 422 naming its place. */
  private Workshop load(Source source) throws java.io.IOException {
    try {
      YamlFile yaml = source.read();
      Set<String> policies = new TreeSet<>();
      ctx.node().policies().all().forEach(pol -> policies.add(pol.id()));
      return new WorkshopLoader(ctx.node().scenarios(), policies).load(yaml);
    } catch (InvalidFileException e) {
      throw invalid("the workshop definition is not valid", e);
    }
  }

  static ApiException invalid(String detail, InvalidFileException e) {
    List<String> errors = e.problems().stream().sorted().map(Problem::toString).toList();
    return new ApiException(StatusCodes.UNPROCESSABLE_CONTENT, "invalid-file", detail + " (" + errors.size()
        + " problem" + (errors.size() == 1 ? "" : "s") + ")", Map.of("errors", errors));
  }

  private Route show(String id) {
    return await(ctx.node().workshops().read(id, ctx.blocking()), summary -> {
      if (!summary.created()) throw ApiException.notFound("no workshop '" + id + "'");
      return blocking(() -> view(summary), this::ok);
    });
  }

  private Route run(String id) {
    return blocking(() -> ctx.node().workshops().planOf(id), plan -> {
      Workshops.Plan p = plan.orElseThrow(() -> ApiException.notFound("no workshop '" + id + "'"));
      return await(ctx.node().workshops().getAsync(id), summary -> {
        if (summary.closed()) throw ApiException.conflict("workshop " + id + " is closed: its run is over");
        boolean live = summary.trainees().stream().anyMatch(WorkshopEntity.Enrolment::live);
        return await(ctx.node().workshops().startRun(p, !live), begun -> {
          begun.orThrow();
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("workshopId", id);
          out.put("sessions", p.jobs().size());
          out.put("status", "running");
          out.put("scoreboard", "/api/v1/workshops/" + id + "/scoreboard");
          return respondWithHeader(Location.create("/api/v1/workshops/" + id),
              () -> json(StatusCodes.ACCEPTED, out));
        });
      });
    });
  }

  private Route scoreboard(String id) {
    return blocking(() -> board(id), board -> ok(board.orElseThrow(() -> ApiException.notFound("no scoreboard for "
        + "workshop '" + id + "' (yet: the read side may still be catching up)"))));
  }

  private Optional<ObjectNode> board(String id) {
    return ctx.workshops().scoreboard(id).map(b -> {
      ObjectNode out = ScoreboardView.of(b, ctx.mapper());
      ctx.node().workshops().runStatus(id).ifPresent(r -> out.set("run", ctx.mapper().valueToTree(r)));
      return out;
    });
  }

  /** Every workshop the read side knows, newest first, and the workshop files a trainer can create one from. */
  private Route list() {
    return blocking(() -> {
      ObjectNode out = ctx.mapper().createObjectNode();
      ArrayNode all = out.putArray("workshops");
      for (WorkshopRow w : ctx.workshops().all()) {
        ObjectNode n = all.addObject();
        n.put("workshopId", w.workshopId());
        n.put("definitionId", w.definitionId());
        n.put("title", w.title());
        n.put("policyId", w.policyId());
        n.put("policyVersion", w.policyVersion());
        n.put("mode", w.mode());
        n.put("createdAt", w.createdAt() == null ? null : w.createdAt().toString());
        n.put("closed", w.closed());
        n.put("feedbackReleased", w.feedbackReleased());
        n.set("scenarios", ctx.mapper().valueToTree(w.scenarios()));
        n.set("trainees", ctx.mapper().valueToTree(w.trainees()));
        n.put("sessions", w.sessions().size());
        ctx.node().workshops().runStatus(w.workshopId()).ifPresent(r -> n.set("run", ctx.mapper().valueToTree(r)));
      }
      ArrayNode files = out.putArray("files");
      workshopFiles().forEach(files::add);
      return out;
    }, this::ok);
  }

  private List<String> workshopFiles() throws java.io.IOException {
    Path dir = ctx.workshopFiles();
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length())).filter(n -> NAME.matcher(n).matches())
          .sorted().toList();
    }
  }

  private record Watch(long after, String board) {}

  /**
   * The workshop live: {@code activity} for each of its new audit rows ({@code id} = ordering, to resume from), and
   * {@code scoreboard} whenever the scoreboard changes (sessions start, end and are scored; the run progresses).
   * Starts after {@code Last-Event-ID} or {@code after}, else with the rows from now on; {@code limit} closes it.
   */
  private Route stream(String id, Optional<String> after, Optional<String> limit) {
    Long from = after.map(v -> AuditRoutes.cursor(v, "Last-Event-ID")).orElse(null);
    long max = limit.map(v -> AuditRoutes.cursor(v, "limit")).orElse(Long.MAX_VALUE);
    return await(ctx.node().workshops().read(id, ctx.blocking()), summary -> {
      if (!summary.created()) throw ApiException.notFound("no workshop '" + id + "'");
      return blocking(() -> from != null ? from : ctx.workshops().lastActivity(), start ->
          completeOK(EventStreams.onNotices(ctx, List.of(Notices.workshop(id)), GAP, new Watch(start, ""), max,
              w -> CompletableFuture.supplyAsync(() -> {
                List<ServerSentEvent> out = new ArrayList<>();
                List<AuditRow> rows = ctx.workshops().activity(id, w.after(), AuditRoutes.DEFAULT_LIMIT);
                for (AuditRow r : rows) out.add(EventStreams.event("activity", AuditRoutes.row(r), r.ordering()));
                long next = rows.isEmpty() ? w.after() : rows.get(rows.size() - 1).ordering();
                String board = board(id).map(Object::toString).orElse("");
                if (!board.isEmpty() && !board.equals(w.board())) {
                  out.add(EventStreams.event("scoreboard", board, null));
                }
                Watch now = new Watch(next, board.isEmpty() ? w.board() : board);
                return rows.size() == AuditRoutes.DEFAULT_LIMIT ? EventStreams.Step.sendMore(now, out)
                    : EventStreams.Step.send(now, out);
              }, ctx.blocking())), EventStreamMarshalling.toEventStream()));
    });
  }

  private Route release(String id) {
    return await(ctx.node().workshops().getAsync(id), summary -> {
      if (!summary.created()) throw ApiException.notFound("no workshop '" + id + "'");
      return await(ctx.node().workshops().releaseFeedback(id), reply -> blocking(() -> view(reply.orThrow()), this::ok));
    });
  }

  private ObjectNode view(WorkshopEntity.Summary summary) {
    ObjectNode out = ctx.mapper().valueToTree(summary);
    // the run as the workshop recorded it, in the shape clients know
    out.remove("run");
    ctx.node().workshops().runStatus(summary.workshopId(), summary.run())
        .ifPresent(r -> out.set("run", ctx.mapper().valueToTree(r)));
    return out;
  }
}
