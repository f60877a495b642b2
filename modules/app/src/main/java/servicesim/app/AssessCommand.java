package servicesim.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import servicesim.policy.assessment.SelfAssessment;
import servicesim.policy.assessment.SelfAssessmentLoader;

@Command(name = "assess", description = {"Score an organisation's self-assessment (seed 003, part 3).",
    "FILE lists 1-5 ratings per section, in POLICY.md's order and counts: culture (4), products (4), feedback (3), "
        + "knowing-customers (3), ease-of-contact (3), staff (5), improvement (3)."})
final class AssessCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The ratings, as YAML.")
  Path file;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table (default) or json.")
  RunCommand.Format format;

  @Override
  public Integer call() throws Exception {
    SelfAssessment.Result result = SelfAssessment.score(SelfAssessmentLoader.load(file));
    PrintWriter out = spec.commandLine().getOut();
    if (format == RunCommand.Format.json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode root = mapper.createObjectNode();
      ObjectNode sections = root.putObject("sections");
      result.sections().forEach(sections::put);
      root.put("total", result.total());
      root.put("band", result.band().id());
      out.println(mapper.writeValueAsString(root));
      return 0;
    }
    ScoreboardTable.Table table = new ScoreboardTable.Table("SECTION", "STATEMENTS", "MEAN");
    for (SelfAssessment.Section section : SelfAssessment.SECTIONS) {
      table.row(section.title(), String.valueOf(section.count()),
          String.format(Locale.ROOT, "%.2f", result.sections().get(section.id())));
    }
    table.print(out);
    out.printf(Locale.ROOT, "%nTotal %.2f of 35 (7 at least): %s — %s%n", result.total(), result.band().id(),
        result.band().meaning());
    return 0;
  }
}
