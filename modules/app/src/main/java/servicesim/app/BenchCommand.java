package servicesim.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import servicesim.app.bench.BenchQueries;
import servicesim.app.bench.Benchmark;
import servicesim.app.bench.Figure;
import servicesim.readside.Database;
import servicesim.service.Node;
import servicesim.service.Settings;

@Command(name = "bench", description = {"Measure the system against the physical limit of its database, in one run "
    + "on one database: ingest, projection catch-up and rescoring of N scripted sessions, plain JDBC batch inserts and "
    + "a sequential scan of as many journal-shaped rows (the baseline), then audit queries and export.",
    "Without --db it uses a new H2 database under ./data/bench-<time>/; with --db, give it an EMPTY database."})
final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  DbOptions db;

  @Option(names = "--sessions", defaultValue = "10000", paramLabel = "N",
      description = "Scripted sessions (default 10000: with 100 events each, a million events).")
  int sessions;

  @Option(names = "--events-per-session", defaultValue = "100", paramLabel = "M",
      description = "Events per session, about (default 100).")
  int eventsPerSession;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Override
  public Integer call() throws Exception {
    if (sessions < 1 || eventsPerSession < 6) throw new Main.UserError("--sessions ≥ 1 and --events-per-session ≥ 6");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // the generated scenario goes beside the new H2 database, or, on a given database, into a folder removed after
    Path work = db.url == null
        ? Path.of("data", "bench-" + LocalDateTime.now(Node.Options.of(db.settings()).clock()).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))
        : Files.createTempDirectory("servicesim-bench-");
    Settings settings = db.settings();
    if (db.url == null) {
      settings = settings.withDb("jdbc:h2:file:" + work.toAbsolutePath().resolve("db") + ";DATABASE_TO_LOWER=TRUE",
          "", "");
    }
    err.printf(Locale.ROOT, "Benchmark: %d sessions × ~%d events on %s%n", sessions, eventsPerSession,
        Console.safe(settings.dbUrl()));
    List<Figure> figures;
    try (Node node = Console.startNode(Node.Options.of(settings).withoutProjections(), err)) {
      ProgressListener listener = new ProgressListener(err);
      try {
        figures = new Benchmark(node, new Benchmark.Options(sessions, eventsPerSession, work), listener)
            .run(BenchQueries.phase());
      } finally {
        listener.close();
      }
      if (node.database().h2File().isPresent()) {
        node.close();
        err.println("Compacting the database (db compact)...");
        long started = System.nanoTime();
        Database.Compacted compacted = Database.open(settings.dbUrl(), settings.dbUser(), settings.dbPassword(), 1)
            .compact();
        figures = new java.util.ArrayList<>(figures);
        figures.addAll(Benchmark.compaction(figures, compacted, (System.nanoTime() - started) / 1e9));
      }
    } finally {
      if (db.url != null) deleteTree(work);
    }
    print(out, figures);
    if (json != null) {
      Files.writeString(json, json(figures));
      err.println("Figures written to " + json);
    }
    return 0;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  static void print(PrintWriter out, List<Figure> figures) {
    ScoreboardTable.Table table = new ScoreboardTable.Table("FIGURE", "VALUE", "UNIT", "RATIO", "TARGET", "");
    for (Figure f : figures) {
      table.row(f.name(), format(f.value()), f.unit(),
          f.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f× %s", f.ratio(), f.baseline()),
          f.target() == null ? "" : f.target(), f.met() == null ? "" : f.met() ? "met" : "MISSED");
    }
    table.print(out);
  }

  private static String format(double v) {
    if (v >= 100) return String.format(Locale.ROOT, "%,.0f", v);
    if (v >= 10) return String.format(Locale.ROOT, "%.1f", v);
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String json(List<Figure> figures) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    ArrayNode list = root.putArray("figures");
    for (Figure f : figures) list.add(mapper.valueToTree(f));
    return mapper.writeValueAsString(root);
  }

  /** Shows each phase's progress as a bar. */
  private static final class ProgressListener implements Benchmark.Listener {
    private final PrintWriter err;
    private Console.Progress bar;

    ProgressListener(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void phase(String name, long total) {
      close();
      bar = Console.progress(err, name, total);
    }

    @Override
    public void progress(long done) {
      if (bar != null) bar.stepTo(done);
    }

    void close() {
      if (bar != null) bar.close();
      bar = null;
    }
  }
}
