package servicesim.http;

import akka.http.javadsl.marshalling.sse.EventStreamMarshalling;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.model.sse.ServerSentEvent;
import akka.http.javadsl.server.PathMatchers;
import akka.http.javadsl.server.Route;
import akka.pattern.StatusReply;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import servicesim.readside.JournalReader;
import servicesim.readside.SessionRow;
import servicesim.readside.StoredScore;
import servicesim.readside.WorkshopRow;
import servicesim.scenario.conversation.ConversationState;
import servicesim.scenario.workshop.Workshop;
import servicesim.service.Workshops;
import servicesim.simulation.SessionEntity;

/**
 * Live sessions: a trainee lists theirs ({@code GET /sessions}), starts one ({@code POST /sessions}), speaks and acts in it, ends it, reads it with its
 * transcript straight from the journal or follows it as server-sent events, and reads its score (in an assessment, once the trainer released feedback).
 * A trainee sees only their own sessions; trainers may read any.
 */
final class SessionRoutes extends ApiDirectives {

  record StartSession(String workshopId, String scenarioId) {}

  record Message(String text, String subject) {}

  record Action(String type, Map<String, String> fields) {}

  private static final Set<Principal.Role> TRAINEE = Set.of(Principal.Role.TRAINEE);
  static final Duration POLL = Duration.ofMillis(250);
  private static final Set<Principal.Role> READERS = Set.of(Principal.Role.TRAINEE, Principal.Role.TRAINER);
  private static final int SUBJECT_CHARS = 200;
  private static final int MAX_FIELDS = 40;

  private final JournalReader journal;

  SessionRoutes(ApiContext ctx) {
    super(ctx);
    this.journal = new JournalReader(ctx.system());
  }

  Route route(Principal p) {
    return pathPrefix("sessions", () -> concat(
        pathEnd(() -> concat(
            post(() -> allow(p, TRAINEE, () -> jsonBody(StartSession.class, body -> start(p, body)))),
            get(() -> allow(p, TRAINEE, () -> assignments(p))))),
        pathPrefix(PathMatchers.segment(), raw -> concat(
            pathEnd(() -> get(() -> allow(p, READERS, () -> show(p, checkId(raw, "session"))))),
            path("messages", () -> post(() -> allow(p, TRAINEE, () -> live(p, checkId(raw, "session"), s ->
                jsonBody(Message.class, m -> say(s, m)))))),
            path("actions", () -> post(() -> allow(p, TRAINEE, () -> live(p, checkId(raw, "session"), s ->
                jsonBody(Action.class, a -> act(s, a)))))),
            path("end", () -> post(() -> allow(p, TRAINEE, () -> live(p, checkId(raw, "session"), s ->
                reply(s.sessionId(), ctx.live().end(s.sessionId(), "agent")))))),
            path("score", () -> get(() -> allow(p, READERS, () -> score(p, checkId(raw, "session"))))),
            path("stream", () -> get(() -> allow(p, READERS, () -> optionalHeaderValueByName("Last-Event-ID",
                last -> parameterOptional("after", after -> stream(p, checkId(raw, "session"),
                    last.or(() -> after)))))))))));
  }

  private Route start(Principal p, StartSession body) {
    require(body.workshopId() != null && body.scenarioId() != null, "'workshopId' and 'scenarioId' are required");
    String workshopId = checkId(body.workshopId(), "workshop");
    String scenarioId = checkId(body.scenarioId(), "scenario");
    if (p.workshopId() != null && !p.workshopId().equals(workshopId)) {
      throw ApiException.forbidden("this token plays in workshop " + p.workshopId() + " only");
    }
    return await(ctx.live().start(workshopId, p.traineeId(), scenarioId), started -> {
      String id = started.summary().sessionId();
      return view(started.summary(), v -> started.created()
          ? created("/api/v1/sessions/" + id, v)
          : ok(v));
    });
  }

  private Route say(SessionEntity.Summary s, Message m) {
    require(m.text() != null && !m.text().isBlank(), "'text' is required");
    maxLength("text", m.text(), ctx.limits().messageChars());
    maxLength("subject", m.subject(), SUBJECT_CHARS);
    return reply(s.sessionId(), ctx.live().say(s.sessionId(), m.text(), m.subject()));
  }

  private Route act(SessionEntity.Summary s, Action a) {
    require(a.type() != null && !a.type().isBlank(), "'type' is required, e.g. record-complaint");
    maxLength("type", a.type(), 64);
    Map<String, String> fields = a.fields() == null ? Map.of() : a.fields();
    require(fields.size() <= MAX_FIELDS, "an action has at most " + MAX_FIELDS + " fields");
    fields.forEach((k, v) -> {
      maxLength("fields key", k, 64);
      require(v != null, "field '" + k + "' needs a value");
      maxLength("fields." + k, v, ctx.limits().fieldChars());
    });
    return reply(s.sessionId(), ctx.live().act(s.sessionId(), a.type(), fields));
  }

  /** A live session of this trainee: 404 if it does not exist, 403 if another's, 409 if it is not a live one. */
  private Route live(Principal p, String id, Function<SessionEntity.Summary, Route> inner) {
    return await(ctx.live().get(id), s -> {
      if (!s.started()) throw ApiException.notFound("no session '" + id + "'");
      if (!p.playsAs(s.setup().workshopId(), s.setup().traineeId())) {
        throw ApiException.forbidden("session " + id + " is another trainee's");
      }
      if (s.setup().virtual()) throw ApiException.conflict("session " + id + " is a scripted run, not a live session");
      return inner.apply(s);
    });
  }

  private Route reply(String id, java.util.concurrent.CompletionStage<StatusReply<SessionEntity.Summary>> command) {
    return await(command, r -> {
      if (r.isError()) {
        String message = r.getError().getMessage();
        if (message.contains("has ended")) throw ApiException.conflict(message);
        if (message.contains("has not started")) throw ApiException.notFound(message);
        throw ApiException.unprocessable(message);
      }
      return view(r.getValue(), this::ok);
    });
  }

  private Route show(Principal p, String id) {
    return blocking(() -> events(id), events -> {
      if (events.isEmpty()) throw ApiException.notFound("no session '" + id + "'");
      checkOwner(p, events.get(0));
      return await(ctx.live().get(id), s -> ok(view(s, events)));
    });
  }

  private Route score(Principal p, String id) {
    return await(ctx.live().get(id), s -> {
      if (!s.started()) throw ApiException.notFound("no session '" + id + "'");
      if (p.is(Principal.Role.TRAINEE) && !p.playsAs(s.setup().workshopId(), s.setup().traineeId())) {
        throw ApiException.forbidden("session " + id + " is another trainee's");
      }
      return await(ctx.node().workshops().getAsync(s.setup().workshopId()), w -> {
        boolean hidden = w.created() && Workshop.ASSESSMENT.equals(w.definition().mode()) && !w.feedbackReleased();
        if (hidden && p.is(Principal.Role.TRAINEE)) {
          throw new ApiException(StatusCodes.FORBIDDEN, "feedback-not-released", "feedback not released: this is an "
              + "assessment, and the trainer has not released its feedback yet");
        }
        return blocking(() -> ctx.node().readSide().scores().get(id, null, null), score -> {
          ObjectNode out = ctx.mapper().valueToTree(score.orElseThrow(() -> ApiException.notFound("session " + id
              + " is not scored yet" + (s.ended() ? " (scoring follows the end of the session within seconds)"
              : ": it has not ended"))));
          out.put("feedbackReleased", !hidden);
          return ok(out);
        });
      });
    });
  }

  private void checkOwner(Principal p, SessionEntity.Event first) {
    if (p.is(Principal.Role.TRAINEE) && !p.playsAs(first.workshopId(), first.traineeId())) {
      throw ApiException.forbidden("session " + first.sessionId() + " is another trainee's");
    }
  }

  private List<SessionEntity.Event> eventsUnchecked(String sessionId) {
    try {
      return events(sessionId);
    } catch (Exception e) {
      throw new java.util.concurrent.CompletionException(e);
    }
  }

  private List<SessionEntity.Event> events(String sessionId) throws Exception {
    try (Connection c = ctx.node().database().dataSource().getConnection()) {
      return journal.sessionEvents(c, sessionId);
    }
  }

  private Route view(SessionEntity.Summary s, Function<ObjectNode, Route> then) {
    return blocking(() -> events(s.sessionId()), events -> then.apply(view(s, events)));
  }

  /** The session: its setup, where the conversation stands, and the transcript as stored. */
  private ObjectNode view(SessionEntity.Summary s, List<SessionEntity.Event> events) {
    ObjectNode out = ctx.mapper().createObjectNode();
    out.put("sessionId", s.sessionId());
    out.set("setup", ctx.mapper().valueToTree(s.setup()));
    out.set("state", state(s));
    ArrayNode transcript = out.putArray("transcript");
    for (SessionEntity.Event e : events) transcript.add(entry(e));
    return out;
  }

  /** A stored event as the transcript shows it: {@code event} names its type. */
  private ObjectNode entry(SessionEntity.Event e) {
    ObjectNode n = ctx.mapper().createObjectNode();
    n.put("event", e.getClass().getSimpleName());
    n.setAll((ObjectNode) ctx.mapper().valueToTree(e));
    return n;
  }

  private ObjectNode state(SessionEntity.Summary s) {
    ObjectNode state = ctx.mapper().createObjectNode();
    ConversationState c = s.conversation();
    state.put("seqNr", s.seqNr());
    state.put("ended", s.ended());
    if (c != null) {
      state.put("outcome", c.outcome());
      state.put("mood", c.mood());
      state.put("patience", c.patience());
      state.put("awaitingAgent", c.awaitingAgent());
      state.set("openQuestions", ctx.mapper().valueToTree(c.open()));
      state.put("nudges", c.nudges());
      state.put("hungUp", c.hungUp());
    }
    state.put("lastHash", s.lastHash());
    return state;
  }

  /**
   * The trainee's sessions: every scenario of every workshop they are enrolled in as a live trainee, with its session
   * if started (from the read side, so a session just started may show a moment later).
   */
  private Route assignments(Principal p) {
    return blocking(() -> {
      String me = p.traineeId();
      Map<String, SessionRow> mine = new HashMap<>();
      for (SessionRow r : ctx.node().readSide().sessions().byTrainee(me)) mine.put(r.sessionId(), r);
      ObjectNode out = ctx.mapper().createObjectNode();
      out.put("traineeId", me);
      ArrayNode workshops = out.putArray("workshops");
      for (WorkshopRow w : ctx.node().readSide().workshops().all()) {
        if (!p.playsAs(w.workshopId(), me)) continue;
        if (w.trainees().stream().noneMatch(t -> t.traineeId().equals(me) && t.live())) continue;
        ObjectNode n = workshops.addObject();
        n.put("workshopId", w.workshopId());
        n.put("title", w.title());
        n.put("mode", w.mode());
        n.put("closed", w.closed());
        n.put("feedbackReleased", w.feedbackReleased());
        ArrayNode sessions = n.putArray("sessions");
        for (String scenarioId : w.scenarios()) {
          ObjectNode a = sessions.addObject();
          String sessionId = Workshops.sessionId(w.workshopId(), me, scenarioId);
          SessionRow row = mine.get(sessionId);
          a.put("sessionId", sessionId);
          a.put("scenarioId", scenarioId);
          ctx.node().scenario(scenarioId).ifPresent(sc -> {
            a.put("title", sc.title());
            a.put("channel", sc.channel().id());
            a.put("language", sc.language());
            a.put("organisation", sc.organisation());
          });
          a.put("status", row == null ? "not-started" : row.ended() ? "ended" : "running");
          a.put("outcome", row == null ? null : row.outcome());
        }
      }
      return out;
    }, this::ok);
  }

  private record Watch(long seqNr, boolean ended) {}

  /**
   * The session live, for its trainee (or a trainer): {@code event} for each stored event after {@code Last-Event-ID}
   * (or {@code after}; {@code id} = seqNr) followed by {@code state}; once it has ended and been scored, one
   * {@code scored} (with the score only where feedback is released to this caller), and the stream ends. A client
   * thus never asks for a score that is not there yet.
   */
  private Route stream(Principal p, String id, Optional<String> after) {
    long from = after.map(v -> AuditRoutes.cursor(v, "Last-Event-ID")).orElse(0L);
    return await(ctx.live().get(id), first -> {
      if (!first.started()) throw ApiException.notFound("no session '" + id + "'");
      if (p.is(Principal.Role.TRAINEE) && !p.playsAs(first.setup().workshopId(), first.setup().traineeId())) {
        throw ApiException.forbidden("session " + id + " is another trainee's");
      }
      return completeOK(EventStreams.poll(ctx, POLL, new Watch(from, false), w -> w.ended()
          ? scored(p, first.setup().workshopId(), id)
          : ctx.live().get(id).thenCompose(s -> s.seqNr() <= w.seqNr()
              ? CompletableFuture.completedFuture(EventStreams.Step.send(new Watch(w.seqNr(), s.ended()), List.of()))
              : CompletableFuture.supplyAsync(() -> {
                List<ServerSentEvent> out = new ArrayList<>();
                long last = w.seqNr();
                for (SessionEntity.Event e : eventsUnchecked(id)) {
                  if (e.seqNr() <= w.seqNr()) continue;
                  out.add(EventStreams.event("event", entry(e).toString(), e.seqNr()));
                  last = e.seqNr();
                }
                out.add(EventStreams.event("state", state(s).toString(), null));
                return EventStreams.Step.send(new Watch(last, s.ended() && last >= s.seqNr()), out);
              }, ctx.blocking()))), EventStreamMarshalling.toEventStream());
    });
  }

  private CompletionStage<EventStreams.Step<Watch>> scored(Principal p, String workshopId, String id) {
    return ctx.node().workshops().getAsync(workshopId).thenApplyAsync(w -> {
      Optional<StoredScore> score = ctx.node().readSide().scores().get(id, null, null);
      if (score.isEmpty()) return EventStreams.Step.send(new Watch(Long.MAX_VALUE, true), List.of());
      boolean hidden = w.created() && Workshop.ASSESSMENT.equals(w.definition().mode()) && !w.feedbackReleased();
      ObjectNode out = ctx.mapper().createObjectNode();
      out.put("sessionId", id);
      out.put("feedbackReleased", !hidden);
      if (!hidden || !p.is(Principal.Role.TRAINEE)) {
        out.put("score", score.get().score());
        out.put("passed", score.get().passed());
        out.put("outcome", score.get().outcome());
      }
      return EventStreams.Step.last(List.of(EventStreams.event("scored", out.toString(), null)));
    }, ctx.blocking());
  }
}
