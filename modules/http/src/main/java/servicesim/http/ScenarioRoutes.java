package servicesim.http;

import akka.http.javadsl.model.MediaType;
import akka.http.javadsl.model.MediaTypes;
import akka.http.javadsl.server.PathMatchers;
import akka.http.javadsl.server.Route;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import servicesim.files.InvalidFileException;
import servicesim.files.YamlFile;
import servicesim.scenario.CustomerLine;
import servicesim.scenario.Scenario;
import servicesim.scenario.ScenarioLoader;

/** Trainers' view of the scenario library, and {@code POST /scenarios/validate} for scenario YAML. */
final class ScenarioRoutes extends ApiDirectives {

  private static final Set<Principal.Role> TRAINER = Set.of(Principal.Role.TRAINER);
  private static final Set<MediaType> YAML = Set.of(
      MediaTypes.applicationWithOpenCharset("yaml"),
      MediaTypes.applicationWithOpenCharset("x-yaml"),
      MediaTypes.TEXT_PLAIN,
      MediaTypes.customWithOpenCharset("text", "yaml", java.util.Map.of(), false));

  private static final String FILE = "scenario.yaml";

  ScenarioRoutes(ApiContext ctx) {
    super(ctx);
  }

  Route route(Principal p) {
    return pathPrefix("scenarios", () -> concat(
        pathEnd(() -> get(() -> allow(p, TRAINER, () -> ok(ctx.node().scenarios().values().stream()
            .map(ScenarioRoutes::summary).toList())))),
        path("validate", () -> post(() -> allow(p, TRAINER, this::validate))),
        path(PathMatchers.segment(), id -> get(() -> allow(p, TRAINER, () -> {
          Scenario s = ctx.node().scenario(checkId(id, "scenario"))
              .orElseThrow(() -> ApiException.notFound("no scenario '" + id + "' in the library"));
          return ok(detail(s));
        })))));
  }

  private Route validate() {
    return bytes(ctx.limits().yamlBytes(), YAML, (bytes, charset) -> blocking(() -> {
      try {
        // UTF-8 is checked as the command line checks a file: a bad byte is a located problem
        YamlFile yaml = charset.equals(StandardCharsets.UTF_8) ? YamlFile.parse(FILE, bytes)
            : YamlFile.parse(FILE, RequestText.decode(bytes, charset));
        return new ScenarioLoader(ctx.node().policies().defaultPolicy().lexicons()).load(yaml);
      } catch (InvalidFileException e) {
        throw WorkshopRoutes.invalid("the scenario is not valid", e);
      }
    }, scenario -> {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("valid", true);
      out.put("id", scenario.id());
      out.put("sha256", scenario.sha256());
      return ok(out);
    }));
  }

  static Map<String, Object> summary(Scenario s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", s.id());
    out.put("title", s.title());
    out.put("language", s.language());
    out.put("channel", s.channel().id());
    out.put("organisation", s.organisation());
    out.put("agents", List.copyOf(s.agents().keySet()));
    return out;
  }

  private Map<String, Object> detail(Scenario s) {
    Map<String, Object> out = summary(s);
    out.put("facts", ctx.mapper().valueToTree(s.facts()));
    Map<String, Object> customer = new LinkedHashMap<>();
    customer.put("name", s.customer().name());
    customer.put("mood", s.customer().mood());
    customer.put("patience", s.customer().patience());
    out.put("customer", customer);
    List<Map<String, Object>> script = new ArrayList<>();
    for (CustomerLine line : s.script()) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("say", line.say());
      if (line.part()) l.put("part", true);
      if (!line.asks().isEmpty()) l.put("asks", line.asks());
      if (line.when() != null) l.put("when", line.when().toString());
      script.add(l);
    }
    out.put("script", script);
    out.put("questions", List.copyOf(s.questions().keySet()));
    Map<String, String> agents = new LinkedHashMap<>();
    s.agents().forEach((k, a) -> agents.put(k, a.name()));
    out.put("agents", agents);
    out.put("file", Path.of(s.file()).getFileName().toString());
    out.put("sha256", s.sha256());
    return out;
  }
}
