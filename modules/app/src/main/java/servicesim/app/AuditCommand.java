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
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import servicesim.ledger.Checkpoint;
import servicesim.ledger.LedgerException;
import servicesim.ledger.LedgerKey;
import servicesim.readside.AuditFilter;
import servicesim.readside.AuditFormats;
import servicesim.readside.AuditVerifier;
import servicesim.service.Node;
import servicesim.service.Settings;

@Command(name = "audit", description = "Check and export the event history.",
    subcommands = {AuditCommand.Verify.class, AuditCommand.CheckpointCommand.class, AuditCommand.Export.class})
final class AuditCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "verify", description = {"Check the stored history without trusting it: the journal in its global "
      + "order (no gaps, nothing reordered or flagged deleted), every session's and workshop's hash chain from the "
      + "stored bytes, each audit-trail row against its event, session rows, and every score recomputed under its "
      + "policy version.", "With --checkpoint, also proves the checkpoint's signature by this installation's key, "
      + "that its tree is a prefix of today's, and that each entity's last event then is still there unchanged.",
      "Names every finding (entity, event, what is wrong) and exits 1 if there is one."})
  static final class Verify implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--session", paramLabel = "ID", description = "Check only this session (without the tree).")
    String session;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "A checkpoint written by audit checkpoint.")
    Path checkpoint;

    @Mixin
    DbOptions db;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (session != null && checkpoint != null) {
        throw new Main.UserError("--checkpoint proves the whole journal: leave out --session");
      }
      Optional<Checkpoint> cp = Optional.empty();
      if (checkpoint != null) cp = Optional.of(read(checkpoint));
      Settings settings = db.settings();
      try (Node node = Console.startNode(Node.Options.of(settings).withoutProjections(), err)) {
        AuditVerifier verifier = node.readSide().verifier();
        AuditVerifier.Report report;
        if (session != null) {
          report = verifier.verifySession(session);
        } else {
          java.security.PublicKey trusted = cp.isPresent() ? key(settings, err).publicKey() : null;
          AtomicLong done = new AtomicLong();
          try (Console.Progress bar = Console.progress(err, "Verifying", verifier.sessionCount())) {
            report = verifier.verifyAll(cp, trusted, id -> {
              if (id.startsWith("Session|")) bar.stepTo(done.incrementAndGet());
            });
          }
        }
        for (AuditVerifier.Finding f : report.findings()) err.println(f.line());
        err.flush();
        String seen = report.sessions() + " session" + (report.sessions() == 1 ? "" : "s") + ", "
            + (session == null ? report.workshops() + " workshop" + (report.workshops() == 1 ? "" : "s") + ", " : "")
            + report.events() + " events, " + report.scores() + " score" + (report.scores() == 1 ? "" : "s");
        if (report.intact()) {
          out.println("ok: " + seen + "; every chain intact, every read model true to the journal"
              + (report.checkpoint().isPresent() ? ", the checkpoint proven" : ""));
        } else {
          out.println(report.findings().size() + " finding" + (report.findings().size() == 1 ? "" : "s") + " in "
              + seen);
        }
        if (session == null) {
          out.println("tree: " + report.treeSize() + " events, root " + report.rootHash());
          report.checkpoint().ifPresent(c -> out.println("checkpoint: " + c.treeSize() + " events, key " + c.keyId()
              + (c.signed() ? ", signature valid" : ", signature NOT valid") + (c.consistent() ? ", consistent with "
              + "today's tree" : ", NOT consistent with today's tree") + ", " + c.headsChecked() + " heads checked"));
        }
        if (report.notYetInAuditTrail() > 0) {
          out.println("note: the newest " + report.notYetInAuditTrail() + " events are not in the audit trail yet "
              + "(its projection runs with the server)");
        }
        if (report.intact()) return 0;
        return 1;
      }
    }
  }

  @Command(name = "checkpoint", description = {"Write a checkpoint of the whole journal: its size, Merkle root, the "
      + "time and every session's and workshop's last event, signed with this installation's Ed25519 key (kept in "
      + "ledger-key in the data folder, created on first use).", "Keep it outside the system; audit verify "
      + "--checkpoint FILE later proves nothing it covers was changed, removed or reordered."})
  static final class CheckpointCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the checkpoint.")
    Path outFile;

    @Mixin
    DbOptions db;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Settings settings = db.settings();
      try (Node node = Console.startNode(Node.Options.of(settings).withoutProjections(), err)) {
        LedgerKey key = key(settings, err);
        Checkpoint cp = node.readSide().verifier().checkpoint(key, node.clock().instant());
        try {
          Path parent = outFile.toAbsolutePath().getParent();
          if (parent != null) Files.createDirectories(parent);
          Files.writeString(outFile, cp.toJson(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
          throw new Main.UserError("cannot write " + outFile + ": " + e.getMessage());
        }
        long sessions = cp.heads().keySet().stream().filter(id -> id.startsWith("Session|")).count();
        out.println("checkpoint written to " + outFile);
        out.println("  tree size   " + cp.treeSize() + " events");
        out.println("  root hash   " + cp.rootHash());
        out.println("  time        " + cp.time());
        out.println("  heads       " + sessions + " sessions, " + (cp.heads().size() - sessions) + " workshops");
        out.println("  signed by   key " + cp.keyId() + " (Ed25519)");
        out.println("  public key  " + cp.publicKey());
        return 0;
      }
    }
  }

  /** This installation's ledger key, from the data folder (created there, owner-only, on first use). */
  static LedgerKey key(Settings settings, PrintWriter err) {
    try {
      LedgerKey.Loaded loaded = LedgerKey.loadOrCreate(settings.dataFolder().resolve(LedgerKey.FILE));
      if (loaded.created()) {
        err.println("Created the ledger signing key in " + loaded.file() + " (readable by you only). Auditors keep "
            + "its public key (key id " + loaded.key().keyId() + "):");
        err.println("  " + loaded.key().publicKeyBase64());
        err.flush();
      }
      return loaded.key();
    } catch (LedgerException e) {
      throw new Main.UserError(e.getMessage());
    }
  }

  private static Checkpoint read(Path file) {
    try {
      return Checkpoint.read(file);
    } catch (LedgerException e) {
      throw new Main.UserError(e.getMessage());
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
