package servicesim.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import servicesim.readside.Database;
import servicesim.service.Settings;

@Command(name = "db", description = "Upkeep of the database itself.", subcommands = DbCommand.Compact.class)
final class DbCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "compact", description = {"Shrink the database to the space its data needs.",
      "An H2 file grows by the space old versions of its pages took while it was written (up to several times its "
          + "data); this rewrites it whole, with no other process using it. PostgreSQL is vacuumed instead (it "
          + "reclaims space on its own too)."})
  static final class Compact implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions db;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Settings s = db.settings();
      if (Database.newH2File(s.dbUrl())) throw new Main.UserError("there is no database at " + s.dbUrl());
      Database.Compacted compacted = Database.open(s.dbUrl(), s.dbUser(), s.dbPassword(), 1).compact();
      out.printf(Locale.ROOT, "Compacted: %s before, %s after%n", size(compacted.before()), size(compacted.after()));
      return 0;
    }

    static String size(long bytes) {
      if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
      if (bytes < 1024L * 1024 * 1024) return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024);
      return String.format(Locale.ROOT, "%.2f GB", bytes / 1024.0 / 1024 / 1024);
    }
  }
}
