package servicesim.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import servicesim.files.Home;
import servicesim.policy.Policy;
import servicesim.policy.PolicyLoader;
import servicesim.policy.acts.ActDetector;
import servicesim.policy.acts.Detection;

@Command(name = "detect", description = {"Show the acts found in each text, with the matched spans, as JSON lines: "
    + "how a scenario author sees why a line did or did not count.",
    "Example: servicesim detect --lang en --agent-name Sam --organisation \"Acme Electronics\" "
        + "\"Thank you for calling Acme Electronics, this is Sam. How can I help?\""})
final class DetectCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--lang", required = true, paramLabel = "L", description = "Language of the texts: en, ur, el, hi.")
  String language;

  @Option(names = "--agent-name", paramLabel = "N", description = "The agent's own name (for own-name).")
  String agentName;

  @Option(names = "--organisation", paramLabel = "O", description = "The organisation's name (for org-name).")
  String organisation;

  @Option(names = "--policy", paramLabel = "FILE", description = "Policy whose lexicons to use (default: the default policy).")
  java.nio.file.Path policyFile;

  @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Texts to analyse.")
  List<String> texts;

  @Override
  public Integer call() throws Exception {
    Policy policy = PolicyLoader.load(policyFile != null ? policyFile : Home.policies().resolve("default.yaml"));
    ActDetector detector = policy.lexicons().detector(language).orElseThrow(() -> new Main.UserError(
        "no lexicon for language '" + language + "' (have: " + String.join(", ", policy.lexicons().languages()) + ")"));
    ActDetector.Context context = ActDetector.Context.of(agentName, organisation, List.of());
    ObjectMapper mapper = new ObjectMapper();
    PrintWriter out = spec.commandLine().getOut();
    for (String text : texts) {
      ObjectNode line = mapper.createObjectNode();
      line.put("text", text);
      ArrayNode acts = line.putArray("acts");
      for (Detection d : detector.detect(text, context)) {
        ObjectNode a = acts.addObject();
        a.put("act", d.act().id());
        a.put("start", d.start());
        a.put("end", d.end());
        a.put("match", d.match());
      }
      out.println(mapper.writeValueAsString(line));
    }
    return 0;
  }
}
