package servicesim.http;

import akka.http.javadsl.marshalling.sse.EventStreamMarshalling;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.model.sse.ServerSentEvent;
import akka.http.javadsl.server.PathMatchers;
import akka.http.javadsl.server.Route;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import servicesim.readside.ReviewProjection;
import servicesim.readside.SessionRow;
import servicesim.readside.StoredScore;
import servicesim.readside.WorkshopRow;
import servicesim.scenario.workshop.Workshop;
import servicesim.policy.transcript.SessionEvent;
import servicesim.scenario.conversation.Brief;
import servicesim.scenario.conversation.ConversationState;
import servicesim.service.Workshops;
import servicesim.simulation.Notices;
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
  /** A live session's stream steps at most this often, however fast events come. */
  static final Duration GAP = Duration.ofMillis(100);
  private static final Set<Principal.Role> READERS = Set.of(Principal.Role.TRAINEE, Principal.Role.TRAINER);
  /** Auditors read scores too (the auditor's trail shows each session's verdicts). */
  private static final Set<Principal.Role> SCORE_READERS =
      Set.of(Principal.Role.TRAINEE, Principal.Role.TRAINER, Principal.Role.AUDITOR, Principal.Role.REVIEWER);
  /** Reviewers read the transcripts of sessions they review or calibrate with. */
  private static final Set<Principal.Role> TRANSCRIPT_READERS =
      Set.of(Principal.Role.TRAINEE, Principal.Role.TRAINER, Principal.Role.REVIEWER);
  private static final int SUBJECT_CHARS = 200;
  private static final int MAX_FIELDS = 40;

  SessionRoutes(ApiContext ctx) {
    super(ctx);
  }

  Route route(Principal p) {
    return pathPrefix("sessions", () -> concat(
        pathEnd(() -> concat(
            post(() -> allow(p, TRAINEE, () -> jsonBody(StartSession.class, body -> start(p, body)))),
            get(() -> allow(p, TRAINEE, () -> assignments(p))))),
        pathPrefix(PathMatchers.segment(), raw -> concat(
            pathEnd(() -> get(() -> allow(p, TRANSCRIPT_READERS, () -> reviewerMay(p, checkId(raw, "session"), false,
                () -> show(p, checkId(raw, "session")))))),
            path("messages", () -> post(() -> allow(p, TRAINEE, () -> live(p, checkId(raw, "session"), s ->
                jsonBody(Message.class, m -> say(s, m)))))),
            path("actions", () -> post(() -> allow(p, TRAINEE, () -> live(p, checkId(raw, "session"), s ->
                jsonBody(Action.class, a -> act(s, a)))))),
            path("end", () -> post(() -> allow(p, TRAINEE, () -> live(p, checkId(raw, "session"), s ->
                reply(ctx.live().end(s.sessionId(), "agent")))))),
            path("wait", () -> post(() -> allow(p, TRAINEE, () -> live(p, checkId(raw, "session"), s ->
                reply(ctx.live().waitForNext(s.sessionId())))))),
            path("score", () -> get(() -> allow(p, SCORE_READERS, () -> reviewerMay(p, checkId(raw, "session"), true,
                () -> score(p, checkId(raw, "session")))))),
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
      Function<ObjectNode, Route> answer = v -> started.created() ? created("/api/v1/sessions/" + id, v) : ok(v);
      // a session this start created has as its transcript what the start stored: no need to read it back
      List<SessionEvent> stored = started.stored();
      if (!stored.isEmpty() && stored.get(0).seqNr() == 1) return answer.apply(view(started.summary(), stored));
      return view(started.summary(), answer);
    });
  }

  private Route say(SessionEntity.Summary s, Message m) {
    require(m.text() != null && !m.text().isBlank(), "'text' is required");
    maxLength("text", m.text(), ctx.limits().messageChars());
    maxLength("subject", m.subject(), SUBJECT_CHARS);
    return reply(ctx.live().say(s.sessionId(), m.text(), m.subject()));
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
    return reply(ctx.live().act(s.sessionId(), a.type(), fields));
  }

  /** A live session of this trainee: 404 if it does not exist, 403 if another's, 409 if it is not a live one. */
  private Route live(Principal p, String id, Function<SessionEntity.Summary, Route> inner) {
    return await(ctx.live().get(id), s -> {
      if (!s.started()) throw ApiException.notFound("no session '" + id + "'");
      checkReader(p, id, s.setup().workshopId(), s.setup().traineeId());
      if (s.setup().virtual()) throw ApiException.conflict("session " + id + " is a scripted run, not a live session");
      return inner.apply(s);
    });
  }

  private Route reply(CompletionStage<SessionEntity.Reply> command) {
    return await(command, r -> view(r.orThrow(), this::ok));
  }

  private Route show(Principal p, String id) {
    return await(ctx.sessions().events(id, 1), events -> {
      if (events.isEmpty()) throw ApiException.notFound("no session '" + id + "'");
      checkReader(p, id, events.get(0).workshopId(), events.get(0).traineeId());
      return await(ctx.live().get(id), s -> ok(view(s, events)));
    });
  }

  private Route score(Principal p, String id) {
    return await(ctx.live().get(id), s -> {
      if (!s.started()) throw ApiException.notFound("no session '" + id + "'");
      checkReader(p, id, s.setup().workshopId(), s.setup().traineeId());
      return await(ctx.node().workshops().read(s.setup().workshopId(), ctx.blocking()), w -> {
        boolean hidden = w.feedbackHidden();
        if (hidden && p.is(Principal.Role.TRAINEE)) {
          throw new ApiException(StatusCodes.FORBIDDEN, "feedback-not-released", "feedback not released: this is an "
              + "assessment, and the trainer has not released its feedback yet");
        }
        return blocking(() -> ctx.sessions().score(id), score -> {
          ObjectNode out = ctx.mapper().valueToTree(score.orElseThrow(() -> ApiException.notFound("session " + id
              + " is not scored yet" + (s.ended() ? " (scoring follows the end of the session within seconds)"
              : ": it has not ended"))));
          out.put("feedbackReleased", !hidden);
          return ok(out);
        });
      });
    });
  }

  /**
   * A reviewer reads a session's transcript when invited to review it or calibrating with it, and its score (the
   * machine's verdicts) only when invited: calibration is blind.
   */
  private static final java.time.Duration READ_YOUR_GRANT = java.time.Duration.ofSeconds(5);

  private Route reviewerMay(Principal p, String sessionId, boolean scoreToo, java.util.function.Supplier<Route> inner) {
    if (!p.is(Principal.Role.REVIEWER)) return inner.get();
    java.util.function.BooleanSupplier may = () -> scoreToo
        ? ctx.node().readSide().reviews().invited(sessionId, p.tokenId())
        : ctx.node().readSide().reviews().mayRead(sessionId, p.tokenId());
    // an invitation or calibration just made may not have reached the read side yet: let it catch up before refusing
    return blocking(() -> may.getAsBoolean()
        || ctx.node().awaitCatchUp(READ_YOUR_GRANT, ReviewProjection.NAME) && may.getAsBoolean(), allowed -> {
          if (!allowed) {
            throw ApiException.forbidden("reviewer " + p.tokenId() + " is not invited to session " + sessionId
                + (scoreToo ? " (calibration is blind to the machine's verdicts)" : ""));
          }
          return inner.get();
        });
  }

  /** A trainee reads and plays only their own sessions, in the workshop their token is for; trainers read any. */
  private static void checkReader(Principal p, String sessionId, String workshopId, String traineeId) {
    if (p.is(Principal.Role.TRAINEE) && !p.playsAs(workshopId, traineeId)) {
      throw ApiException.forbidden("session " + sessionId + " is another trainee's");
    }
  }

  private Route view(SessionEntity.Summary s, Function<ObjectNode, Route> then) {
    return await(ctx.sessions().events(s.sessionId(), 1), events -> then.apply(view(s, events)));
  }

  /** The session: its setup, where the conversation stands, and the transcript as stored. */
  private ObjectNode view(SessionEntity.Summary s, List<SessionEvent> events) {
    ObjectNode out = ctx.mapper().createObjectNode();
    out.put("sessionId", s.sessionId());
    out.set("setup", ctx.mapper().valueToTree(s.setup()));
    out.set("state", state(s));
    ArrayNode transcript = out.putArray("transcript");
    for (SessionEvent e : events) transcript.add(entry(e));
    return out;
  }

  /** A stored event as the transcript shows it: {@code event} names its type. */
  private ObjectNode entry(SessionEvent e) {
    ObjectNode n = ctx.mapper().createObjectNode();
    n.put("event", e.eventType().id());
    n.setAll((ObjectNode) ctx.mapper().valueToTree(e));
    return n;
  }

  private ObjectNode state(SessionEntity.Summary s) {
    ObjectNode state = ctx.mapper().createObjectNode();
    ConversationState c = s.conversation();
    state.put("seqNr", s.seqNr());
    state.put("ended", s.ended());
    if (c != null) {
      state.put("outcome", c.customer().outcome());
      state.put("mood", c.customer().mood());
      state.put("patience", c.customer().patience());
      state.put("awaitingAgent", c.floor().awaitingAgent());
      state.set("openQuestions", ctx.mapper().valueToTree(c.questions().open()));
      state.put("nudges", c.customer().nudges());
      state.put("hungUp", c.customer().hungUp());
      if (s.setup() != null && !s.setup().virtual()) {
        // the simulated clock as this node reads it now: the console keeps it running between states
        state.put("timeScale", s.setup().timeScale());
        state.put("realNow", ctx.node().clock().instant().toString());
        state.put("simulatedNow", (s.ended() ? c.times().lastEventAt()
            : c.simulatedAt(ctx.node().clock().instant(), s.setup().timeScale())).toString());
        state.put("promisedBy", c.waiting().promisedBy() == null ? null : c.waiting().promisedBy().toString());
        state.put("customerDueAt", s.customerDueAt() == null ? null : s.customerDueAt().toString());
      }
    }
    state.put("lastHash", s.lastHash());
    return state;
  }

  /**
   * The trainee's sessions: every scenario of every workshop they are enrolled in as a live trainee, with its session
   * if started (from the read side, so a session just started may show a moment later) and its score once scored and
   * released.
   */
  private Route assignments(Principal p) {
    return blocking(() -> {
      String me = p.traineeId();
      Map<String, SessionRow> mine = new HashMap<>();
      for (SessionRow r : ctx.sessions().byTrainee(me)) mine.put(r.sessionId(), r);
      ObjectNode out = ctx.mapper().createObjectNode();
      out.put("traineeId", me);
      ArrayNode workshops = out.putArray("workshops");
      for (WorkshopRow w : ctx.workshops().all()) {
        if (!p.playsAs(w.workshopId(), me)) continue;
        if (w.trainees().stream().noneMatch(t -> t.traineeId().equals(me) && t.live())) continue;
        ObjectNode n = workshops.addObject();
        n.put("workshopId", w.workshopId());
        n.put("title", w.title());
        n.put("mode", w.mode());
        n.put("closed", w.closed());
        n.put("feedbackReleased", w.feedbackReleased());
        ArrayNode sessions = n.putArray("sessions");
        boolean released = !Workshop.ASSESSMENT.equals(w.mode()) || w.feedbackReleased();
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
            ctx.node().catalog().policy(w.policyId(), w.policyVersion()).ifPresent(policy -> a.set("brief",
                ctx.mapper().valueToTree(Brief.of(sc, policy, !"assessment".equals(w.mode())))));
          });
          a.put("status", row == null ? "not-started" : row.ended() ? "ended" : "running");
          a.put("outcome", row == null ? null : row.outcome());
          if (row != null && row.ended() && released) {
            ctx.sessions().score(sessionId).ifPresent(score -> {
              a.put("score", score.score());
              a.put("passed", score.passed());
            });
          }
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
      checkReader(p, id, first.setup().workshopId(), first.setup().traineeId());
      String workshopId = first.setup().workshopId();
      // the session's own notices for live play; its workshop's (from the audit trail) for scripted runs
      List<String> topics = List.of(Notices.session(id), Notices.workshop(workshopId));
      return completeOK(EventStreams.onNotices(ctx, topics, GAP, new Watch(from, false), Long.MAX_VALUE, w -> w.ended()
          ? scored(p, workshopId, id)
          : ctx.live().get(id).thenCompose(s -> s.seqNr() <= w.seqNr()
              ? CompletableFuture.completedFuture(next(new Watch(w.seqNr(), s.ended()), List.of()))
              : ctx.sessions().events(id, w.seqNr() + 1).thenApply(events -> {
                List<ServerSentEvent> out = new ArrayList<>();
                long last = w.seqNr();
                for (SessionEvent e : events) {
                  out.add(EventStreams.event("event", entry(e).toString(), e.seqNr()));
                  last = e.seqNr();
                }
                out.add(EventStreams.event("state", state(s).toString(), null));
                return next(new Watch(last, s.ended() && last >= s.seqNr()), out);
              }))), EventStreamMarshalling.toEventStream());
    });
  }

  /** Once the session has ended, its score is looked for at once (it may be there already). */
  private static EventStreams.Step<Watch> next(Watch w, List<ServerSentEvent> out) {
    return w.ended() ? EventStreams.Step.sendMore(w, out) : EventStreams.Step.send(w, out);
  }

  private CompletionStage<EventStreams.Step<Watch>> scored(Principal p, String workshopId, String id) {
    return ctx.node().workshops().read(workshopId, ctx.blocking()).thenApplyAsync(w -> {
      Optional<StoredScore> score = ctx.sessions().score(id);
      if (score.isEmpty()) return EventStreams.Step.send(new Watch(Long.MAX_VALUE, true), List.of());
      boolean hidden = w.feedbackHidden();
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
