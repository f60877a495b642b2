package servicesim.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import servicesim.files.Durations;
import servicesim.http.Principal;
import servicesim.readside.Database;
import servicesim.readside.TokenRepository;
import servicesim.readside.WorkshopRepository;
import servicesim.readside.WorkshopRow;
import servicesim.service.Node;
import servicesim.service.Settings;

@Command(name = "tokens", description = {"API tokens, straight on the database (no server needed): list them, create "
    + "one, revoke one.", "A revoked token is refused by every node from its next request on."},
    subcommands = {TokensCommand.ListTokens.class, TokensCommand.Create.class, TokensCommand.Revoke.class})
final class TokensCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static Database open(DbOptions db) {
    Settings s = db.settings();
    return Database.open(s.dbUrl(), s.dbUser(), s.dbPassword(), 2).migrate();
  }

  @Command(name = "list", description = "Every token: id, role, trainee and workshop, when created, expiring, revoked "
      + "and last used. Never a secret: only hashes are stored.")
  static final class ListTokens implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions db;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Database database = open(db)) {
        List<TokenRepository.StoredToken> tokens = new TokenRepository(database.dataSource()).list();
        String format = "%-20s %-8s %-12s %-20s %-20s %-20s %-20s %-20s%n";
        out.printf(format, "ID", "ROLE", "TRAINEE", "WORKSHOP", "CREATED", "EXPIRES", "REVOKED", "LAST USED");
        for (TokenRepository.StoredToken t : tokens) {
          out.printf(format, t.id(), t.role(), dash(t.traineeId()), dash(t.workshopId()), time(t.createdAt()),
              time(t.expiresAt()), time(t.revokedAt()), time(t.lastUsedAt()));
        }
        out.flush();
      }
      return 0;
    }
  }

  @Command(name = "create", description = {"Create a token and print it, once: it cannot be read back.",
      "A trainee token needs --trainee and --workshop: a live trainee of that workshop."})
  static final class Create implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, trainer, trainee or auditor.")
    String role;

    @Option(names = "--trainee", paramLabel = "ID", description = "The live trainee a trainee token acts as.")
    String trainee;

    @Option(names = "--workshop", paramLabel = "ID", description = "The workshop a trainee token acts in.")
    String workshop;

    @Option(names = "--expires-in", paramLabel = "DURATION", description = "Expire after 8h, 14d, ... (at most "
        + "366d; default: never).")
    String expiresIn;

    @Mixin
    DbOptions db;

    @Override
    public Integer call() {
      Principal.Role r = Principal.Role.byId(role).orElseThrow(() -> new Main.UserError("unknown role '" + role
          + "' (roles: admin, trainer, trainee, auditor, reviewer)"));
      Instant now = Node.WALL_CLOCK.instant();
      Instant expiresAt = null;
      if (expiresIn != null) {
        Duration d = Durations.parse(expiresIn).orElse(Duration.ZERO);
        if (d.isZero() || d.compareTo(Duration.ofDays(366)) > 0) {
          throw new Main.UserError("--expires-in must be a duration such as 8h or 14d, of at most 366 days");
        }
        expiresAt = now.plus(d);
      }
      try (Database database = open(db)) {
        if (r == Principal.Role.TRAINEE) {
          if (trainee == null || workshop == null) {
            throw new Main.UserError("a trainee token needs --trainee and --workshop");
          }
          WorkshopRow w = new WorkshopRepository(database.dataSource()).get(workshop).orElseThrow(() ->
              new Main.UserError("there is no workshop '" + workshop + "' (or the read side has not seen it yet)"));
          boolean live = w.trainees().stream().anyMatch(t -> t.traineeId().equals(trainee) && t.live());
          if (!live) throw new Main.UserError("'" + trainee + "' is not a live trainee of workshop " + workshop);
        } else if (trainee != null || workshop != null) {
          throw new Main.UserError("--trainee and --workshop are only for trainee tokens");
        }
        TokenRepository.Created created = new TokenRepository(database.dataSource()).create(
            new TokenRepository.Grant(r.id(), trainee, workshop, expiresAt), now, "operator");
        PrintWriter out = spec.commandLine().getOut();
        out.println(created.id() + " " + created.token());
        out.flush();
        spec.commandLine().getErr().println("Created " + r.id() + " token " + created.id() + ": the secret is shown "
            + "this once.");
      }
      return 0;
    }
  }

  @Command(name = "revoke", description = "Revoke a token by its id; every node refuses it from its next request on.")
  static final class Revoke implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The token's id, as tokens list shows it.")
    String id;

    @Mixin
    DbOptions db;

    @Override
    public Integer call() {
      try (Database database = open(db)) {
        TokenRepository tokens = new TokenRepository(database.dataSource());
        TokenRepository.StoredToken t = tokens.byId(id).orElseThrow(() -> new Main.UserError("no token '" + id + "'"));
        if (t.revokedAt() != null) {
          spec.commandLine().getOut().println("token " + id + " was revoked already, at " + t.revokedAt());
          return 0;
        }
        tokens.revoke(id, Node.WALL_CLOCK.instant(), "operator");
        spec.commandLine().getOut().println("revoked " + t.role() + " token " + id);
      }
      return 0;
    }
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }

  private static String time(Instant t) {
    return t == null ? "-" : t.toString();
  }
}
