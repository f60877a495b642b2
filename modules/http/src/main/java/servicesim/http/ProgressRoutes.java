package servicesim.http;

import akka.http.javadsl.server.PathMatchers;
import akka.http.javadsl.server.Route;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;
import servicesim.service.Progress;
import servicesim.service.Scoreboard;

/**
 * {@code GET /trainees/{id}/progress?last=N}: a trainee's progress across workshops — every session with its score
 * and weakest rules, the trend of scores, and each rule's pass rate over the last N scored sessions (default 10). A
 * trainer reads anyone's; a trainee only their own, without the scores of assessments not released yet.
 */
final class ProgressRoutes extends ApiDirectives {

  private static final Set<Principal.Role> READERS = Set.of(Principal.Role.TRAINER, Principal.Role.TRAINEE);
  static final int MAX_LAST = 1000;

  ProgressRoutes(ApiContext ctx) {
    super(ctx);
  }

  Route route(Principal p) {
    return pathPrefix("trainees", () -> pathPrefix(PathMatchers.segment(), raw -> path("progress", () -> get(() ->
        allow(p, READERS, () -> parameterOptional("last", last -> progress(p, checkId(raw, "trainee"), last)))))));
  }

  private Route progress(Principal p, String traineeId, Optional<String> last) {
    boolean own = p.is(Principal.Role.TRAINEE);
    if (own && !traineeId.equals(p.traineeId())) {
      throw ApiException.forbidden("a trainee reads their own progress only (" + p.traineeId() + ")");
    }
    int n = last.map(ProgressRoutes::last).orElse(Progress.LAST);
    // a trainee's own: the sessions they played live where their token lets them play, not a namesake's
    java.util.function.Predicate<servicesim.readside.SessionRow> keep = own
        ? row -> row.agentScript() == null && p.playsAs(row.workshopId(), traineeId) : row -> true;
    return blocking(() -> ctx.node().progress().of(traineeId, n, own, keep), progress -> {
      if (progress.sessions().isEmpty()) throw ApiException.notFound("no session of trainee '" + traineeId + "'");
      return ok(view(progress));
    });
  }

  private static int last(String v) {
    try {
      int n = Integer.parseInt(v);
      if (n >= 1 && n <= MAX_LAST) return n;
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.badRequest("'last' must be a whole number of sessions from 1 to " + MAX_LAST);
  }

  private ObjectNode view(Progress progress) {
    ObjectNode out = ctx.mapper().valueToTree(progress);
    ArrayNode rules = out.putArray("rules");
    for (Scoreboard.RuleRate r : progress.rules()) {
      ObjectNode n = ctx.mapper().valueToTree(r);
      if (Double.isNaN(r.passRate())) n.putNull("passRate"); else n.put("passRate", r.passRate());
      rules.add(n);
    }
    return out;
  }
}
