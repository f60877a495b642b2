package servicesim.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import servicesim.files.YamlFile;
import servicesim.files.YamlNode;
import servicesim.readside.DatabaseWriters;
import servicesim.scenario.Scenario;
import servicesim.scenario.ScenarioLoader;
import servicesim.scenario.workshop.Workshop;
import servicesim.scenario.workshop.WorkshopLoader;
import servicesim.service.Node;
import servicesim.service.Scoreboard;
import servicesim.service.Workshops;

@Command(name = "run", sortOptions = false,
    description = {"Run a workshop (or one scenario) in virtual time: every interaction is persisted as an event, the "
        + "projections score each session, and the scoreboard is printed once they have caught up.",
        "Running a workshop file again starts a new run and keeps the earlier ones; if the previous run was "
        + "interrupted, it is resumed instead."})
final class RunCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A workshop file (scenarios/workshops/*.yaml) or a scenario file.")
  Path file;

  @Option(names = "--agent", paramLabel = "NAME",
      description = "For a scenario file: play only this scripted agent (default: every agent of the scenario).")
  String agent;

  @Mixin
  DbOptions db;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "Output: table (default) or json.")
  Format format;

  @Option(names = "--report", paramLabel = "DIR", description = "Also write a self-contained HTML report into DIR.")
  Path report;

  enum Format { table, json }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    YamlFile yaml = YamlFile.read(file);
    FileKind kind = FileKind.of(yaml);
    if (kind != FileKind.SCENARIO && kind != FileKind.WORKSHOP) {
      throw new Main.UserError(file + " is a " + kind.name().toLowerCase() + " file: run takes a workshop or a scenario");
    }
    if (agent != null && kind == FileKind.WORKSHOP) {
      throw new Main.UserError("--agent is for scenario files; a workshop file names its trainees' agents");
    }
    Node.prepareWriting(db.settings(), () -> writtenLanguages(yaml, kind));
    try (Node node = Console.startNode(db.settings(), err)) {
      Workshops workshops = node.workshops();
      Workshop definition;
      if (kind == FileKind.SCENARIO) {
        Scenario scenario = new ScenarioLoader(node.policies().defaultPolicy().lexicons()).load(yaml);
        Optional<Scenario> inLibrary = node.library().get(scenario.id());
        if (inLibrary.isPresent() && !inLibrary.get().sha256().equals(scenario.sha256())) {
          throw new Main.UserError("scenario id '" + scenario.id() + "' is already used by " + inLibrary.get().file());
        }
        node.addScenario(scenario);
        definition = workshops.single(scenario, Optional.ofNullable(agent));
      } else {
        definition = new WorkshopLoader(node.scenarios(), policyIds(node)).load(yaml);
      }

      Optional<DatabaseWriters.Writer> elsewhere =
          node.writer().flatMap(w -> w.runningElsewhere(definition.id()));
      if (elsewhere.isPresent()) {
        throw new Main.UserError(elsewhere.get().runId() + " of " + file + " is in progress in "
            + elsewhere.get().describe() + ": wait for it to finish (running the file again then starts a new run)");
      }
      Workshops.Plan plan = workshops.plan(definition);
      node.prepareWriting(plan.jobs());
      node.writer().ifPresent(w -> w.running(plan.workshopId()));
      err.println((plan.resumed() ? "Resuming " : "Running ") + plan.workshopId() + ": " + plan.jobs().size()
          + " scripted session" + (plan.jobs().size() == 1 ? "" : "s") + " under policy " + plan.policy().label());
      long started = System.nanoTime();
      AtomicInteger done = new AtomicInteger();
      CompletableFuture<Workshops.Result> run = workshops.run(plan, p -> done.set(p.done())).toCompletableFuture();
      try (Console.Progress bar = Console.progress(err, "Sessions", plan.jobs().size())) {
        while (!run.isDone()) {
          bar.stepTo(done.get());
          Thread.sleep(100);
        }
        bar.stepTo(done.get());
      }
      Workshops.Result result = run.get();
      node.writer().ifPresent(w -> w.running(null));
      double runSeconds = (System.nanoTime() - started) / 1e9;
      long behindAtStart = node.readSide().catchUp().totalBehind();
      try (Console.Progress bar = Console.progress(err, "Scoring", behindAtStart)) {
        if (!node.awaitCatchUp(Duration.ofMinutes(30), behind -> bar.stepTo(behindAtStart - Math.min(behind, behindAtStart)))) {
          throw new Main.UserError("the projections did not catch up within 30 minutes; see ./data/servicesim.log");
        }
      }
      double totalSeconds = (System.nanoTime() - started) / 1e9;
      Scoreboard board = node.scoreboards().of(result.workshopId()).orElseThrow();
      long events = board.sessions().stream().mapToLong(e -> e.session().events() == null ? 0 : e.session().events()).sum();
      RunTiming timing = new RunTiming(events, runSeconds, totalSeconds);
      if (format == Format.json) {
        out.println(ScoreboardJson.render(board));
      } else {
        ScoreboardTable.print(out, board, timing);
      }
      if (report != null) {
        Path written = HtmlReport.write(report, board, timing);
        err.println("Report written to " + written);
      }
      for (String failure : result.failures()) err.println("servicesim: session " + failure);
      return result.failures().isEmpty() ? 0 : 1;
    }
  }

  /**
   * The languages of the written (email, letter) scenarios this file plays, read from the scenario files without
   * loading the library: LanguageTool, which scores them, then loads while the node starts.
   */
  static java.util.Set<String> writtenLanguages(YamlFile yaml, FileKind kind) {
    java.util.Set<String> languages = new java.util.TreeSet<>();
    try {
      List<YamlFile> scenarios = new java.util.ArrayList<>();
      if (kind == FileKind.SCENARIO) {
        scenarios.add(yaml);
      } else {
        java.util.Set<String> ids = new java.util.HashSet<>();
        if (field(yaml, "scenarios") instanceof YamlNode.Sequence list) {
          for (YamlNode n : list.items()) if (n instanceof YamlNode.Scalar id) ids.add(id.value());
        }
        try (var files = java.nio.file.Files.walk(servicesim.files.Home.library())) {
          for (Path f : files.filter(p -> ids.contains(p.getFileName().toString().replaceFirst("\\.yaml$", "")))
              .toList()) {
            scenarios.add(YamlFile.read(f));
          }
        }
      }
      for (YamlFile s : scenarios) {
        if (field(s, "channel") instanceof YamlNode.Scalar channel
            && (channel.value().equals("email") || channel.value().equals("letter"))
            && field(s, "language") instanceof YamlNode.Scalar language) {
          languages.add(language.value());
        }
      }
    } catch (Exception unreadable) {
      // the node reports bad files with their locations; this only decides what to load early
    }
    return languages;
  }

  private static YamlNode field(YamlFile file, String key) {
    return file.root() instanceof YamlNode.Mapping m ? m.get(key).orElse(null) : null;
  }

  static java.util.Set<String> policyIds(Node node) {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    node.policies().all().forEach(p -> ids.add(p.id()));
    return ids;
  }
}
