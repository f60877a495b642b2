package servicesim.app;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import servicesim.readside.AuditFilter;
import servicesim.readside.AuditFormats;
import servicesim.readside.AuditVerifier;
import servicesim.service.Node;

@Command(name = "audit", description = "Check and export the event history.",
    subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class})
final class AuditCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "verify", description = {"Recompute the hash chain of every session (or one) from the journal's "
      + "stored bytes, and compare the audit trail with it.", "Names the first altered, missing or reordered event of "
      + "each session; exits 1 if there is one."})
  static final class Verify implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--session", paramLabel = "ID", description = "Check only this session.")
    String session;

    @Mixin
    DbOptions db;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try (Node node = Console.startNode(Node.Options.of(db.settings()).withoutProjections(), err)) {
        AuditVerifier verifier = node.readSide().verifier();
        AuditVerifier.Report report;
        if (session != null) {
          report = verifier.verifySession(session);
        } else {
          AtomicLong done = new AtomicLong();
          try (Console.Progress bar = Console.progress(err, "Verifying", verifier.sessionCount())) {
            report = verifier.verifyAll(id -> bar.stepTo(done.incrementAndGet()));
          }
        }
        for (AuditVerifier.Finding f : report.findings()) {
          err.println("session " + f.sessionId() + ": " + f.where() + ": " + f.reason());
        }
        if (report.intact()) {
          out.println("ok: " + report.sessions() + " session" + (report.sessions() == 1 ? "" : "s") + ", "
              + report.events() + " events, every hash chain intact");
          return 0;
        }
        out.println(report.findings().size() + " of " + report.sessions() + " sessions fail verification");
        return 1;
      }
    }
  }

  @Command(name = "export", description = "Stream events (all, or filtered) as NDJSON or CSV, in the journal's order.")
  static final class Export implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "ndjson", paramLabel = "FORMAT", description = "ndjson (default) or csv.")
    Format format;

    @Option(names = "--workshop", paramLabel = "ID") String workshop;
    @Option(names = "--trainee", paramLabel = "ID") String trainee;
    @Option(names = "--session", paramLabel = "ID") String session;
    @Option(names = "--type", paramLabel = "TYPE", description = "Event type, e.g. AgentMessageSent.") String type;
    @Option(names = "--from", paramLabel = "TIME", description = "ISO-8601 instant, inclusive.") String from;
    @Option(names = "--to", paramLabel = "TIME", description = "ISO-8601 instant, exclusive.") String to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Mixin
    DbOptions db;

    enum Format { ndjson, csv }

    @Override
    public Integer call() throws Exception {
      AuditFilter filter = new AuditFilter(workshop, trainee, session, type, instant("--from", from), instant("--to", to));
      PrintWriter err = spec.commandLine().getErr();
      try (Node node = Console.startNode(Node.Options.of(db.settings()).withoutProjections(), err);
          Writer w = output == null
              ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
              : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        if (format == Format.csv) w.write(AuditFormats.CSV_BOM + AuditFormats.CSV_HEADER);
        long n = node.readSide().audit().forEach(filter, 1000, row -> {
          try {
            w.write(format == Format.csv ? AuditFormats.csv(row) : AuditFormats.ndjson(row));
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        w.flush();
        if (output != null) err.println("Exported " + n + " events to " + output);
      }
      return 0;
    }

    private static Instant instant(String option, String value) {
      if (value == null) return null;
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw new Main.UserError(option + " must be an ISO-8601 instant such as 2026-11-23T09:00:00Z, not '" + value + "'");
      }
    }
  }
}
