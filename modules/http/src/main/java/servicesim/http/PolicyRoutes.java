package servicesim.http;

import akka.http.javadsl.server.PathMatchers;
import akka.http.javadsl.server.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import servicesim.policy.Channel;
import servicesim.policy.Policy;
import servicesim.policy.RuleSpec;

/** Trainers' view of the policies: {@code GET /policies}, {@code GET /policies/{id}} with every rule. */
final class PolicyRoutes extends ApiDirectives {

  private static final Set<Principal.Role> TRAINER = Set.of(Principal.Role.TRAINER);

  PolicyRoutes(ApiContext ctx) {
    super(ctx);
  }

  Route route(Principal p) {
    return pathPrefix("policies", () -> concat(
        pathEnd(() -> get(() -> allow(p, TRAINER, () -> ok(ctx.node().policies().all().stream()
            .map(PolicyRoutes::summary).toList())))),
        path(PathMatchers.segment(), id -> get(() -> allow(p, TRAINER, () -> {
          Policy policy = ctx.node().policies().get(checkId(id, "policy"))
              .orElseThrow(() -> ApiException.notFound("no policy '" + id + "'"));
          return ok(detail(policy));
        })))));
  }

  static Map<String, Object> summary(Policy p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", p.id());
    out.put("version", p.version());
    out.put("title", p.title());
    out.put("passMark", p.passMark());
    out.put("rules", p.rules().size());
    return out;
  }

  private Map<String, Object> detail(Policy p) {
    Map<String, Object> out = summary(p);
    out.put("goals", ctx.mapper().valueToTree(p.goals()));
    List<Map<String, Object>> rules = p.rules().stream().map(PolicyRoutes::rule).toList();
    out.put("rules", rules);
    return out;
  }

  private static Map<String, Object> rule(RuleSpec r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", r.id());
    out.put("kind", r.kind());
    out.put("title", r.title());
    out.put("weight", r.weight());
    out.put("critical", r.critical());
    out.put("channels", r.channels().stream().map(Channel::id).sorted().toList());
    out.put("seed", r.seed());
    return out;
  }
}
