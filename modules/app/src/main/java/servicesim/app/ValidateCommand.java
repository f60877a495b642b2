package servicesim.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import servicesim.files.Home;
import servicesim.files.InvalidFileException;
import servicesim.files.Location;
import servicesim.files.Problem;
import servicesim.files.YamlFile;
import servicesim.policy.Policy;
import servicesim.policy.PolicyLoader;
import servicesim.policy.acts.LexiconLoader;
import servicesim.scenario.Scenario;
import servicesim.scenario.ScenarioLibrary;
import servicesim.scenario.ScenarioLoader;
import servicesim.scenario.workshop.WorkshopLoader;

@Command(name = "validate", description = {"Check scenario, workshop, policy and lexicon files (or folders of them).",
    "Prints every problem as file:line:column: message and exits 1 if there is any."})
final class ValidateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (searched for *.yaml).")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Problem> problems = new ArrayList<>();
    Map<FileKind, List<YamlFile>> files = new LinkedHashMap<>();
    for (Path path : paths) {
      for (Path file : yamlFiles(path, problems)) {
        try {
          YamlFile yaml = YamlFile.read(file);
          files.computeIfAbsent(FileKind.of(yaml), k -> new ArrayList<>()).add(yaml);
        } catch (InvalidFileException e) {
          problems.addAll(e.problems());
        }
      }
    }
    for (YamlFile lexicon : files.getOrDefault(FileKind.LEXICON, List.of())) {
      catching(problems, () -> LexiconLoader.load(lexicon, expectedLanguage(lexicon)));
    }
    Policy defaultPolicy = null;
    try {
      defaultPolicy = PolicyLoader.load(Home.policies().resolve("default.yaml"));
    } catch (InvalidFileException e) {
      problems.addAll(e.problems());
    }
    TreeSet<String> policyIds = new TreeSet<>();
    if (defaultPolicy != null) policyIds.add(defaultPolicy.id());
    for (YamlFile policy : files.getOrDefault(FileKind.POLICY, List.of())) {
      catching(problems, () -> policyIds.add(PolicyLoader.load(policy, Path.of(policy.name()).toAbsolutePath().getParent()).id()));
    }
    Map<String, Scenario> scenarios = new LinkedHashMap<>();
    int scenarioCount = 0;
    if (defaultPolicy != null) {
      ScenarioLoader loader = new ScenarioLoader(defaultPolicy.lexicons());
      try {
        scenarios.putAll(ScenarioLibrary.load(Home.library(), loader).byId());
      } catch (InvalidFileException ignored) {
        // the library's own problems are reported when it is validated
      }
      Map<String, String> seen = new LinkedHashMap<>();
      for (YamlFile file : files.getOrDefault(FileKind.SCENARIO, List.of())) {
        try {
          Scenario s = loader.load(file);
          String other = seen.putIfAbsent(s.id(), s.file());
          if (other != null) {
            problems.add(new Problem(Location.of(s.file()), "duplicate scenario id '" + s.id() + "' (also in " + other + ")"));
          }
          scenarios.put(s.id(), s);
          scenarioCount++;
        } catch (InvalidFileException e) {
          problems.addAll(e.problems());
        }
      }
      WorkshopLoader workshops = new WorkshopLoader(scenarios, policyIds);
      for (YamlFile file : files.getOrDefault(FileKind.WORKSHOP, List.of())) catching(problems, () -> workshops.load(file));
    }
    if (!problems.isEmpty()) {
      problems.stream().sorted().forEach(p -> err.println(p));
      err.println(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " found");
      return 1;
    }
    out.println("ok: " + scenarioCount + " scenarios, " + files.getOrDefault(FileKind.WORKSHOP, List.of()).size()
        + " workshops, " + files.getOrDefault(FileKind.POLICY, List.of()).size() + " policies, "
        + files.getOrDefault(FileKind.LEXICON, List.of()).size() + " lexicons");
    return 0;
  }

  private interface Check {
    void run() throws InvalidFileException;
  }

  private static void catching(List<Problem> problems, Check check) {
    try {
      check.run();
    } catch (InvalidFileException e) {
      problems.addAll(e.problems());
    }
  }

  private static String expectedLanguage(YamlFile file) {
    String name = Path.of(file.name()).getFileName().toString();
    return name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : null;
  }

  private static List<Path> yamlFiles(Path path, List<Problem> problems) throws IOException {
    if (!Files.exists(path)) {
      problems.add(new Problem(Location.of(path.toString()), "no such file or folder"));
      return List.of();
    }
    if (!Files.isDirectory(path)) return List.of(path);
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList();
    }
  }
}
