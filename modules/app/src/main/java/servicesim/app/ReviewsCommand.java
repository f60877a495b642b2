package servicesim.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import servicesim.policy.review.ReviewedLines;
import servicesim.service.Node;

@Command(name = "reviews", description = "What reviewers said of sessions' verdicts.",
    subcommands = {ReviewsCommand.Export.class})
final class ReviewsCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "export", description = {"Write every overridden or disputed text verdict as a labelled line "
      + "(the TSV that detect --eval reads): the messages each verdict turns on, labelled with what the reviewer "
      + "says of the rule's acts."})
  static final class Export implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = ACTS_TSV, paramLabel = "FORMAT", description = "acts-tsv (default).")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Mixin
    DbOptions db;

    static final String ACTS_TSV = "acts-tsv";

    @Override
    public Integer call() throws Exception {
      if (!ACTS_TSV.equals(format)) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format: unknown format '" + format
            + "' (acts-tsv)");
      }
      PrintWriter err = spec.commandLine().getErr();
      try (Node node = Console.startNode(Node.Options.of(db.settings()).withoutProjections(), err)) {
        List<ReviewedLines.Line> lines = node.reviews().labelledLines();
        String tsv = ReviewedLines.tsv(lines);
        if (out == null) {
          spec.commandLine().getOut().print(tsv);
          spec.commandLine().getOut().flush();
        } else {
          Files.writeString(out, tsv, StandardCharsets.UTF_8);
          err.println("Exported " + lines.size() + " labelled line" + (lines.size() == 1 ? "" : "s") + " to " + out);
        }
      }
      return 0;
    }
  }
}
