package servicesim.scenario.workshop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import servicesim.files.Fields;
import servicesim.files.InvalidFileException;
import servicesim.files.Location;
import servicesim.files.Problems;
import servicesim.files.Suggestions;
import servicesim.files.YamlFile;
import servicesim.files.YamlNode;
import servicesim.scenario.Scenario;
import servicesim.scenario.ScenarioLoader;

/** Reads a workshop file, checking its scenarios, policy and trainees against what exists. */
public final class WorkshopLoader {

  private final Map<String, Scenario> scenarios;
  private final Set<String> policies;

  /**
   * @param scenarios the scenario library, by id
   * @param policies  the ids of the policies that exist
   */
  public WorkshopLoader(Map<String, Scenario> scenarios, Set<String> policies) {
    this.scenarios = scenarios;
    this.policies = policies;
  }

  public Workshop load(Path file) throws InvalidFileException {
    return load(YamlFile.read(file));
  }

  public Workshop load(YamlFile file) throws InvalidFileException {
    Problems problems = new Problems();
    Fields f = Fields.of(file.root(), "a workshop", problems);
    String id = f.requiredId("id", ScenarioLoader.ID, "lower-case letters, digits and dashes");
    String title = f.string("title", id);
    String policy = f.string("policy", "default");
    if (f.has("policy") && !policies.contains(policy)) {
      Fields.oneOfValue(f.node("policy").orElseThrow(), "policy", policies, problems);
    }
    String mode = f.oneOf("mode", List.of(Workshop.PRACTICE, Workshop.ASSESSMENT));
    Integer timeScale = f.integer("timeScale", 1, 100_000);
    List<String> scenarioIds = new ArrayList<>();
    if (!f.has("scenarios")) problems.add(f.location(), "missing required key 'scenarios'");
    for (YamlNode n : f.list("scenarios")) {
      String sid = Fields.scalarText(n, "scenario", problems);
      if (sid == null) continue;
      if (!scenarios.containsKey(sid)) {
        String hint = Suggestions.nearest(sid, scenarios.keySet()).map(s -> "did you mean '" + s + "'? ").orElse("");
        problems.add(n, "unknown scenario '" + sid + "' (" + hint + scenarios.size() + " scenarios in the library)");
      } else if (scenarioIds.contains(sid)) {
        problems.add(n, "scenario '" + sid + "' is listed twice");
      } else {
        scenarioIds.add(sid);
      }
    }
    List<Trainee> trainees = new ArrayList<>();
    Map<String, Location> seen = new HashMap<>();
    if (!f.has("trainees")) problems.add(f.location(), "missing required key 'trainees'");
    for (YamlNode n : f.list("trainees")) {
      Fields t = Fields.of(n, "a trainee", problems);
      String tid = t.requiredId("id", ScenarioLoader.ID, "lower-case letters, digits and dashes");
      String name = t.string("name", tid);
      String agent = t.string("agent");
      boolean live = t.bool("live", false);
      t.rejectUnknownKeys();
      if (agent != null && live) problems.add(t.location(), "a trainee is either scripted ('agent') or 'live', not both");
      if (agent == null && !live) problems.add(t.location(), "a trainee needs 'agent: <script>' or 'live: true'");
      if (agent != null && !scenarioIds.isEmpty()
          && scenarioIds.stream().noneMatch(s -> scenarios.get(s).agent(agent).isPresent())) {
        problems.add(t.locationOf("agent"), "no scenario of this workshop has an agent script '" + agent + "'");
      }
      if (tid == null) continue;
      Location first = seen.putIfAbsent(tid, t.location());
      if (first != null) {
        problems.add(t.location(), "duplicate trainee id '" + tid + "' (first at line " + first.line() + ")");
        continue;
      }
      trainees.add(new Trainee(tid, name, agent, live));
    }
    f.rejectUnknownKeys();
    problems.throwIfAny();
    return new Workshop(id, title, policy, mode == null ? Workshop.PRACTICE : mode,
        timeScale == null ? null : timeScale.doubleValue(), List.copyOf(scenarioIds),
        List.copyOf(trainees), file.name(), file.sha256());
  }
}
