package servicesim.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import servicesim.policy.Policy;
import servicesim.policy.PolicyLoader;
import servicesim.readside.Rescorer;
import servicesim.readside.ScoreRepository;
import servicesim.service.Node;

@Command(name = "rescore", description = {"Score every stored session again under another policy version.",
    "Scores under earlier versions stay, so both can be compared; running it twice scores nothing twice."})
final class RescoreCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--policy", required = true, paramLabel = "FILE", description = "The policy file to score under.")
  Path policyFile;

  @Mixin
  DbOptions db;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Policy policy = PolicyLoader.load(policyFile);
    try (Node node = Console.startNode(Node.Options.of(db.settings()).withoutProjections(), err)) {
      Instant now = node.clock().instant().truncatedTo(ChronoUnit.SECONDS);
      node.readSide().versions().registerPolicy(policy, policyFile, now);
      node.catalog().loaded().add(policy);
      Rescorer rescorer = node.readSide().rescorer();
      long total = rescorer.total();
      AtomicLong done = new AtomicLong();
      Rescorer.Result result;
      try (Console.Progress bar = Console.progress(err, "Rescoring", total)) {
        result = rescorer.rescore(policy, now, id -> bar.stepTo(done.incrementAndGet()));
      }
      ScoreRepository.Comparison c = node.readSide().scores().compare(policy.id(), policy.version());
      out.printf(Locale.ROOT, "Rescored %d session%s under %s (%d already had a score under it).%n", result.scored(),
          result.scored() == 1 ? "" : "s", policy.label(), result.skipped());
      if (c.sessions() > 0) {
        out.printf(Locale.ROOT, "Average score %.1f under the versions they ran with, %.1f under %s.%n",
            c.originalAverage(), c.average(), policy.label());
      }
      for (String failure : result.failures()) err.println("servicesim: could not rescore " + failure);
      return result.failures().isEmpty() ? 0 : 1;
    }
  }
}
