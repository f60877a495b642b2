package servicesim.http;

import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.server.PathMatchers;
import akka.http.javadsl.server.Route;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import servicesim.policy.review.CalibrationResult;
import servicesim.policy.review.Review;
import servicesim.policy.review.VerdictOverride;
import servicesim.readside.ReviewRepository;
import servicesim.service.Reviews;
import servicesim.simulation.CalibrationEntity;
import servicesim.simulation.ReviewEntity;

/**
 * Reviews of a session ({@code /sessions/{id}/review}: comments, overrides, invited reviewers), its disputes
 * ({@code /sessions/{id}/disputes}, decided at {@code /sessions/{id}/disputes/{disputeId}}), the open disputes of
 * every session ({@code /disputes}) and calibrations ({@code /calibrations}). The review entities decide who may do
 * what; these routes name the caller and shape the answers.
 */
final class ReviewRoutes extends ApiDirectives {

  private static final Set<Principal.Role> REVIEWERS = Set.of(Principal.Role.TRAINER, Principal.Role.REVIEWER);
  private static final Set<Principal.Role> REVIEW_READERS =
      Set.of(Principal.Role.TRAINER, Principal.Role.REVIEWER, Principal.Role.TRAINEE, Principal.Role.AUDITOR);
  private static final Set<Principal.Role> TRAINEE = Set.of(Principal.Role.TRAINEE);
  private static final Set<Principal.Role> TRAINER = Set.of(Principal.Role.TRAINER);
  private static final int MAX_SESSIONS = 100;
  private static final int MAX_REVIEWERS = 50;

  /** A comment ({@code comment}, on {@code seqNr} or {@code rule}) or an override ({@code rule}, {@code verdict}, {@code reason}). */
  record ReviewBody(String rule, String verdict, String reason, Long seqNr, String comment) {}

  record InviteBody(String reviewer) {}

  record DisputeBody(String rule, String message) {}

  record DecisionBody(Boolean accept, String reason, String verdict) {}

  record CalibrationBody(String title, List<String> sessions, List<String> reviewers) {}

  record CalibrationVerdicts(String sessionId, Map<String, String> verdicts) {}

  ReviewRoutes(ApiContext ctx) {
    super(ctx);
  }

  Route route(Principal p) {
    return concat(
        pathPrefix("sessions", () -> pathPrefix(PathMatchers.segment(), raw -> concat(
            pathPrefix("review", () -> concat(
                pathEnd(() -> concat(
                    get(() -> allow(p, REVIEW_READERS, () -> show(p, checkId(raw, "session")))),
                    post(() -> allow(p, REVIEWERS, () -> jsonBody(ReviewBody.class,
                        body -> review(p, checkId(raw, "session"), body)))))),
                path("reviewers", () -> post(() -> allow(p, TRAINER, () -> jsonBody(InviteBody.class,
                    body -> invite(p, checkId(raw, "session"), body))))))),
            pathPrefix("disputes", () -> concat(
                pathEnd(() -> post(() -> allow(p, TRAINEE, () -> jsonBody(DisputeBody.class,
                    body -> dispute(p, checkId(raw, "session"), body))))),
                path(PathMatchers.segment(), d -> post(() -> allow(p, REVIEWERS, () -> jsonBody(DecisionBody.class,
                    body -> decide(p, checkId(raw, "session"), checkId(d, "dispute"), body)))))))))),
        path("disputes", () -> get(() -> allow(p, TRAINER, () -> parameterOptional("status", status ->
            parameterOptional("workshop", workshop -> disputes(status, workshop)))))),
        pathPrefix("calibrations", () -> concat(
            pathEnd(() -> concat(
                post(() -> allow(p, TRAINER, () -> jsonBody(CalibrationBody.class, body -> createCalibration(p, body)))),
                get(() -> allow(p, REVIEWERS, () -> calibrations(p))))),
            pathPrefix(PathMatchers.segment(), raw -> concat(
                pathEnd(() -> get(() -> allow(p, REVIEWERS, () -> calibration(p, checkId(raw, "calibration"))))),
                path("verdicts", () -> post(() -> allow(p, REVIEWERS, () -> jsonBody(CalibrationVerdicts.class,
                    body -> score(p, checkId(raw, "calibration"), body))))))))));
  }

  static ReviewEntity.Author author(Principal p) {
    return switch (p.role()) {
      case TRAINER -> new ReviewEntity.Author(ReviewEntity.TRAINER, p.tokenId());
      case REVIEWER -> new ReviewEntity.Author(ReviewEntity.REVIEWER, p.tokenId());
      case TRAINEE -> new ReviewEntity.Author(ReviewEntity.TRAINEE, p.traineeId());
      default -> new ReviewEntity.Author(p.role().id(), p.tokenId());
    };
  }

  private Reviews reviews() {
    return ctx.node().reviews();
  }

  // ---------------------------------------------------------------- a session's review

  private Route show(Principal p, String sessionId) {
    return await(reviews().subject(sessionId), subject -> {
      if (p.is(Principal.Role.TRAINEE)) {
        if (!p.playsAs(subject.workshopId(), subject.traineeId())) {
          throw ApiException.forbidden("session " + sessionId + " is another trainee's");
        }
        if (subject.feedbackHidden()) {
          throw new ApiException(StatusCodes.FORBIDDEN, "feedback-not-released", "feedback not released: this is an "
              + "assessment, and the trainer has not released its feedback yet");
        }
      }
      return await(reviews().get(sessionId), summary -> {
        if (p.is(Principal.Role.REVIEWER) && !summary.review().invited(p.tokenId())) {
          throw ApiException.forbidden("reviewer " + p.tokenId() + " is not invited to review session " + sessionId);
        }
        return ok(view(summary, subject));
      });
    });
  }

  private Route review(Principal p, String sessionId, ReviewBody body) {
    boolean override = body.verdict() != null || body.reason() != null;
    boolean comment = body.comment() != null;
    require(override != comment, "send either an override ('rule', 'verdict', 'reason') or a comment ('comment', "
        + "with 'seqNr' or 'rule')");
    if (override) {
      require(body.rule() != null && body.verdict() != null && body.reason() != null, "an override needs 'rule', "
          + "'verdict' (pass, fail or n/a) and 'reason'");
      require(body.seqNr() == null, "'seqNr' goes with a comment, not an override");
      return changed(reviews().override(sessionId, author(p), body.rule(), body.verdict(), body.reason()), sessionId);
    }
    return changed(reviews().comment(sessionId, author(p), body.seqNr(), body.rule(), body.comment()), sessionId);
  }

  private Route invite(Principal p, String sessionId, InviteBody body) {
    require(body.reviewer() != null && ID.matcher(body.reviewer()).matches(), "'reviewer' must be a reviewer's "
        + "token id (tok-…)");
    return changed(reviews().invite(sessionId, author(p), body.reviewer()), sessionId);
  }

  private Route dispute(Principal p, String sessionId, DisputeBody body) {
    require(body.rule() != null && body.message() != null, "a dispute needs 'rule' and 'message'");
    return await(reviews().dispute(sessionId, author(p), body.rule(), body.message()), summary -> {
      Review.Dispute d = summary.review().disputes().get(summary.review().disputes().size() - 1);
      return created("/api/v1/sessions/" + sessionId + "/disputes/" + d.disputeId(), dispute(d));
    });
  }

  private Route decide(Principal p, String sessionId, String disputeId, DecisionBody body) {
    require(body.accept() != null && body.reason() != null, "a decision needs 'accept' (true or false) and 'reason'");
    require(body.accept() || body.verdict() == null, "'verdict' goes with an accepted dispute only");
    return await(reviews().decide(sessionId, author(p), disputeId, body.accept(), body.verdict(), body.reason()),
        summary -> ok(dispute(summary.review().dispute(disputeId).orElseThrow())));
  }

  private Route changed(java.util.concurrent.CompletionStage<ReviewEntity.Summary> change, String sessionId) {
    return await(change, summary -> await(reviews().subject(sessionId), subject -> ok(view(summary, subject))));
  }

  private Route disputes(Optional<String> status, Optional<String> workshop) {
    status.ifPresent(s -> {
      if (!Set.of("open", "accepted", "rejected").contains(s)) {
        throw ApiException.badRequest("'status' is open, accepted or rejected");
      }
    });
    workshop.ifPresent(w -> checkId(w, "workshop"));
    return blocking(() -> reviews().disputes(status.orElse(null), workshop.orElse(null), 500), list -> {
      ObjectNode out = ctx.mapper().createObjectNode();
      ArrayNode items = out.putArray("disputes");
      for (ReviewRepository.Dispute d : list) items.add(ctx.mapper().valueToTree(d));
      return ok(out);
    });
  }

  private ObjectNode view(ReviewEntity.Summary summary, ReviewEntity.Subject subject) {
    Review r = summary.review();
    ObjectNode out = ctx.mapper().createObjectNode();
    out.put("sessionId", summary.sessionId());
    out.put("workshopId", subject.workshopId());
    out.put("traineeId", subject.traineeId());
    out.put("scored", !subject.machineVerdicts().isEmpty());
    ArrayNode reviewers = out.putArray("reviewers");
    r.reviewers().stream().sorted().forEach(reviewers::add);
    ArrayNode comments = out.putArray("comments");
    for (Review.Comment c : r.comments()) {
      ObjectNode n = comments.addObject();
      if (c.seqNr() != null) n.put("seqNr", c.seqNr()); else n.putNull("seqNr");
      if (c.ruleId() != null) n.put("rule", c.ruleId()); else n.putNull("rule");
      n.put("comment", c.text());
      n.put("by", c.by());
      n.put("at", c.at().toString());
    }
    ArrayNode overrides = out.putArray("overrides");
    for (VerdictOverride o : r.overrides().values()) {
      ObjectNode n = overrides.addObject();
      n.put("rule", o.ruleId());
      n.put("machineVerdict", o.machine().id());
      n.put("before", o.before().id());
      n.put("verdict", o.after().id());
      n.put("reason", o.reason());
      n.put("by", o.by());
      n.put("at", o.at().toString());
    }
    ArrayNode disputes = out.putArray("disputes");
    for (Review.Dispute d : r.disputes()) disputes.add(dispute(d));
    return out;
  }

  private ObjectNode dispute(Review.Dispute d) {
    ObjectNode n = ctx.mapper().createObjectNode();
    n.put("disputeId", d.disputeId());
    n.put("rule", d.ruleId());
    n.put("message", d.message());
    n.put("traineeId", d.traineeId());
    n.put("openedAt", d.openedAt().toString());
    n.put("status", d.status());
    if (d.decision() == null) {
      n.putNull("decision");
    } else {
      ObjectNode decision = n.putObject("decision");
      decision.put("accepted", d.decision().accepted());
      decision.put("reason", d.decision().reason());
      decision.put("by", d.decision().by());
      decision.put("at", d.decision().at().toString());
    }
    return n;
  }

  // ---------------------------------------------------------------- calibrations

  private Route createCalibration(Principal p, CalibrationBody body) {
    require(body.sessions() != null && body.reviewers() != null, "a calibration needs 'sessions' and 'reviewers'");
    require(body.sessions().size() <= MAX_SESSIONS, "a calibration has at most " + MAX_SESSIONS + " sessions");
    require(body.reviewers().size() <= MAX_REVIEWERS, "a calibration has at most " + MAX_REVIEWERS + " reviewers");
    body.sessions().forEach(s -> require(s != null && ID.matcher(s).matches(), "'sessions' are session ids"));
    body.reviewers().forEach(r -> require(r != null && ID.matcher(r).matches(), "'reviewers' are reviewers' token "
        + "ids (a trainer's own token id to score as well)"));
    if (body.title() != null) maxLength("title", body.title(), 200);
    return blocking(() -> {
      for (String s : body.sessions()) {
        if (ctx.node().readSide().sessions().get(s).isEmpty()) throw ApiException.unprocessable("no session '" + s + "'");
      }
      return body;
    }, checked -> await(reviews().createCalibration(checked.title(), checked.sessions(), checked.reviewers(),
        author(p)), summary -> created("/api/v1/calibrations/" + summary.calibrationId(), calibration(p, summary))));
  }

  private Route calibrations(Principal p) {
    String reviewer = p.is(Principal.Role.REVIEWER) ? p.tokenId() : null;
    return blocking(() -> reviews().calibrations(reviewer), list -> {
      ObjectNode out = ctx.mapper().createObjectNode();
      ArrayNode items = out.putArray("calibrations");
      for (ReviewRepository.Calibration k : list) items.add(ctx.mapper().valueToTree(k));
      return ok(out);
    });
  }

  private Route calibration(Principal p, String calibrationId) {
    return await(reviews().calibration(calibrationId, true), summary -> ok(calibration(p, summary)));
  }

  private Route score(Principal p, String calibrationId, CalibrationVerdicts body) {
    require(body.sessionId() != null && body.verdicts() != null, "'sessionId' and 'verdicts' (rule: pass, fail or "
        + "n/a) are required");
    require(body.verdicts().size() <= 200, "at most 200 verdicts");
    return await(reviews().scoreCalibration(calibrationId, author(p), body.sessionId(), body.verdicts()),
        summary -> ok(calibration(p, summary)));
  }

  /**
   * A calibration as the caller may see it: reviewers see only their own verdicts, and the figures once everyone has
   * scored everything; the trainer who set it up (or any trainer) sees all, and the figures so far.
   */
  private ObjectNode calibration(Principal p, CalibrationEntity.Summary s) {
    CalibrationEntity.Definition d = s.definition();
    String me = p.tokenId();
    boolean trainer = p.is(Principal.Role.TRAINER);
    if (!trainer && !d.reviewers().contains(me)) {
      throw ApiException.forbidden(me + " is not a reviewer of calibration " + s.calibrationId());
    }
    ObjectNode out = ctx.mapper().createObjectNode();
    out.put("calibrationId", s.calibrationId());
    out.put("title", d.title());
    out.put("createdBy", d.createdBy());
    out.put("createdAt", d.createdAt().toString());
    out.set("sessions", ctx.mapper().valueToTree(d.sessions()));
    out.set("reviewers", ctx.mapper().valueToTree(d.reviewers()));
    out.set("rules", ctx.mapper().valueToTree(d.rules()));
    ObjectNode progress = out.putObject("progress");
    for (String r : d.reviewers()) progress.put(r, s.ratings().getOrDefault(r, Map.of()).size());
    out.put("complete", s.complete());
    out.set("mine", ctx.mapper().valueToTree(s.ratings().getOrDefault(me, Map.of())));
    if (trainer || s.complete()) {
      out.set("result", result(s.result()));
      if (s.complete()) out.set("ratings", ctx.mapper().valueToTree(s.ratings()));
    } else {
      out.putNull("result");
    }
    return out;
  }

  private ObjectNode result(CalibrationResult r) {
    ObjectNode out = ctx.mapper().createObjectNode();
    out.put("method", r.method());
    out.put("reviewers", r.reviewers());
    out.set("sessions", ctx.mapper().valueToTree(r.complete()));
    ArrayNode rules = out.putArray("rules");
    for (CalibrationResult.RuleAgreement a : r.rules()) {
      ObjectNode n = rules.addObject();
      n.put("ruleId", a.ruleId());
      n.put("sessions", a.sessions());
      number(n, "kappa", a.kappa());
      number(n, "agreement", a.agreement());
      number(n, "machineAgreement", a.machineAgreement());
    }
    ObjectNode overall = out.putObject("overall");
    overall.put("ratings", r.overall().ratings());
    number(overall, "kappa", r.overall().kappa());
    number(overall, "agreement", r.overall().agreement());
    number(overall, "machineAgreement", r.overall().machineAgreement());
    out.set("splits", ctx.mapper().valueToTree(r.splits()));
    return out;
  }

  /** A figure, or null where it is undefined (a kappa when every rating is the same; anything over no sessions). */
  private static void number(ObjectNode n, String field, double v) {
    if (Double.isNaN(v)) n.putNull(field); else n.put(field, Math.round(v * 10000) / 10000.0);
  }
}
