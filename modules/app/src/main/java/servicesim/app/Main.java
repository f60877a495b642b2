package servicesim.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import servicesim.files.InvalidFileException;
import servicesim.readside.DatabaseWriters;

/**
 * The {@code servicesim} command. Exit codes: 0 success, 1 bad input or a failed check (one clear line on stderr),
 * 2 usage.
 */
@Command(name = "servicesim",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = Main.Version.class,
    description = "Event-sourced training and audit simulator for customer service.",
    subcommands = {RunCommand.class, ServeCommand.class, ValidateCommand.class, RescoreCommand.class,
        AuditCommand.class, ReviewsCommand.class, TokensCommand.class, AssessCommand.class, DetectCommand.class,
        BenchCommand.class, DbCommand.class, PrepareStartsCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  static {
    // Scala futures handed to Java complete their callbacks on the common pool; with one core to spare (a 2-core
    // machine) that pool has parallelism 1, and CompletableFuture then starts a new thread for every callback.
    if (System.getProperty("java.util.concurrent.ForkJoinPool.common.parallelism") == null) {
      System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism",
          String.valueOf(Math.max(4, Runtime.getRuntime().availableProcessors())));
    }
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given output streams and returns the exit code (for tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    DatabaseWriters.describeThisProcess(describe(args));
    CommandLine cli = init();
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  public static CommandLine init() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (e instanceof InvalidFileException invalid) {
        err.println(invalid.getMessage());
      } else if (e instanceof UserError || e instanceof IllegalArgumentException) {
        err.println("servicesim: " + e.getMessage());
      } else {
        err.println("servicesim: " + describe(e) + " (details in ./data/servicesim.log)");
        org.slf4j.LoggerFactory.getLogger(Main.class).error("command failed", e);
      }
      err.flush();
      return 1;
    });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The command line as others may see it: passwords left out. */
  static String describe(String[] args) {
    StringBuilder b = new StringBuilder("servicesim");
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--db-password")) {
        i++;
        continue;
      }
      if (a.startsWith("--db-password=")) continue;
      b.append(' ').append(a.replaceAll("(?i)(password=)[^&;]*", "$1***"));
    }
    return b.toString();
  }

  private static String describe(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException
        || t instanceof java.util.concurrent.CompletionException)) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** A problem with what the user asked for, reported as one line and exit code 1. */
  public static final class UserError extends RuntimeException {
    public UserError(String message) {
      super(message, null, false, false);
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"servicesim " + (v == null ? "development build" : v)};
    }
  }
}
