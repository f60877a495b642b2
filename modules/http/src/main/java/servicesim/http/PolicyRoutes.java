package servicesim.http;

import akka.http.javadsl.server.PathMatchers;
import akka.http.javadsl.server.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import servicesim.policy.Channel;
import servicesim.policy.Names;
import servicesim.policy.Policy;
import servicesim.policy.PolicyLoader;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;

/**
 * The policies: {@code GET /policies}, {@code GET /policies/{id}} with every rule and act, each with its readable
 * title and description ({@code ?lang=ur}: in that language where the policy translates it). Every role may read
 * them: trainees and auditors read rule names on scores too.
 */
final class PolicyRoutes extends ApiDirectives {

  private static final Set<Principal.Role> READERS = Set.of(Principal.Role.values());

  PolicyRoutes(ApiContext ctx) {
    super(ctx);
  }

  Route route(Principal p) {
    return pathPrefix("policies", () -> concat(
        pathEnd(() -> get(() -> allow(p, READERS, () -> ok(ctx.node().policies().all().stream()
            .map(PolicyRoutes::summary).toList())))),
        path(PathMatchers.segment(), id -> get(() -> allow(p, READERS, () -> parameterOptional("lang", lang -> {
          Policy policy = ctx.node().policies().get(checkId(id, "policy"))
              .orElseThrow(() -> ApiException.notFound("no policy '" + id + "'"));
          String language = lang.filter(l -> !l.isBlank()).orElse(policy.names().language());
          if (!PolicyLoader.LANGUAGE.matcher(language).matches()) {
            throw ApiException.badRequest("'lang' must be a language code such as en or ur");
          }
          return ok(detail(policy, language));
        }))))));
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

  private Map<String, Object> detail(Policy p, String language) {
    Map<String, Object> out = summary(p);
    out.put("language", p.names().language());
    out.put("lang", language);
    out.put("goals", ctx.mapper().valueToTree(p.goals()));
    out.put("rules", p.rules().stream().map(r -> rule(r, p.names(), language)).toList());
    List<Map<String, Object>> acts = new ArrayList<>();
    for (String act : Act.ids()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("id", act);
      named(a, p.names().act(act).orElse(new Names.Name(act, "", Map.of())), p.names(), language);
      acts.add(a);
    }
    out.put("acts", acts);
    return out;
  }

  /** The title and description in {@code language} ({@code lang}: the language they are in), and every translation. */
  private static void named(Map<String, Object> out, Names.Name name, Names names, String language) {
    Names.Text text = name.in(language, names.language());
    out.put("title", text.title());
    out.put("description", text.description());
    out.put("lang", text.language());
    Map<String, Object> translations = new TreeMap<>();
    name.translations().forEach((l, t) -> {
      Map<String, Object> tr = new LinkedHashMap<>();
      tr.put("title", t.title());
      tr.put("description", t.description() == null ? name.description() : t.description());
      translations.put(l, tr);
    });
    out.put("translations", translations);
  }

  private static Map<String, Object> rule(RuleSpec r, Names names, String language) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", r.id());
    out.put("kind", r.kind());
    named(out, names.rule(r.id()).orElse(new Names.Name(r.title(), "", Map.of())), names, language);
    out.put("weight", r.weight());
    out.put("critical", r.critical());
    out.put("channels", r.channels().stream().map(Channel::id).sorted().toList());
    out.put("seed", r.seed());
    return out;
  }
}
