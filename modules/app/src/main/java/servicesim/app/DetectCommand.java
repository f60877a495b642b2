package servicesim.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import servicesim.files.Home;
import servicesim.policy.Policy;
import servicesim.policy.PolicyLoader;
import servicesim.policy.acts.Act;
import servicesim.policy.acts.ActDetector;
import servicesim.policy.acts.Detection;
import servicesim.policy.acts.eval.CrossValidation;
import servicesim.policy.acts.eval.Evaluation;
import servicesim.policy.acts.eval.LabelledLine;
import servicesim.policy.acts.eval.LabelledLines;
import servicesim.policy.acts.eval.ReportText;

@Command(name = "detect", modelTransformer = DetectCommand.TextsAreNeverOptions.class,
    description = {"Show the acts found in each text, with the matched spans, as JSON lines: "
        + "how a scenario author sees why a line did or did not count.",
        "With --eval, score the detector on labelled lines (the TSV of ACTS.md): precision, recall and F1 per act "
            + "and overall (micro), then every miss and every false hit with the span that matched.",
        "A text may start with '-'; a text that is exactly an option name (\"-h\"), or one word starting with '--' "
            + "(read as a mistyped option), needs '--' before the texts.",
        "Example: servicesim detect --lang en --agent-name Sam --organisation \"Acme Electronics\" "
            + "\"Thank you for calling Acme Electronics, this is Sam. How can I help?\"",
        "With --eval and --cross-validate: choose the examples settings (the acts and each one's least probability) for "
            + "the lexicon of --lang by 5-fold cross-validation on the file's groups, and show each act before and after.",
        "With --eval, --lang and --tune: choose them instead on the tuning lines of --tune (lines no phrase was written "
            + "on), each judged by a classifier learned from all of the --eval file.",
        "With --learn-also: the classifier learns from more lines too, as from a lexicon's second examples file "
            + "(--learn-also scenarios/acts/ur/examples.tsv) or another language's set (its also-languages), e.g. "
            + "Urdu from Hindi: --eval scenarios/acts/ur/dev.tsv --lang ur --tune scenarios/acts/ur/tune.tsv "
            + "--learn-also scenarios/acts/hi/dev.tsv",
        "Example: servicesim detect --eval scenarios/acts/en/dev.tsv --min-f1 0.9"})
final class DetectCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--lang", paramLabel = "L",
      description = "Language of the texts: en, ur, el, hi. With --eval: score only the lines in this language.")
  String language;

  @Option(names = "--agent-name", paramLabel = "N", description = "The agent's own name (for own-name).")
  String agentName;

  @Option(names = "--organisation", paramLabel = "O", description = "The organisation's name (for org-name).")
  String organisation;

  @Option(names = "--policy", paramLabel = "FILE", description = "Policy whose lexicons to use (default: the default policy).")
  Path policyFile;

  @Option(names = "--eval", paramLabel = "FILE.tsv",
      description = "Labelled lines to score the detector on (header: lang agent_name organisation text acts ignore source).")
  Path evalFile;

  @Option(names = "--min-f1", paramLabel = "X",
      description = "With --eval: exit 1 when the overall (micro) F1 is below X (0 to 1).")
  Double minF1;

  @Option(names = "--cross-validate",
      description = "With --eval and --lang: choose the examples settings by 5-fold cross-validation on the file.")
  boolean crossValidate;

  @Option(names = "--tune", paramLabel = "TUNING.tsv",
      description = "With --eval and --lang: choose the examples settings on these labelled lines, judged by a classifier "
          + "learned from the --eval file.")
  Path tuneFile;

  @Option(names = "--learn-also", paramLabel = "FILE.tsv",
      description = "With --cross-validate or --tune: labelled lines the classifier also learns from (more lines of "
          + "--lang, as a lexicon's second examples file, or another language's set, as its also-languages); never "
          + "judged.")
  List<Path> learnAlso = new ArrayList<>();

  @Option(names = "--learn-only", paramLabel = "ACT", split = ",",
      description = "With --learn-also: its lines teach only these acts, as a lexicon's examples file listed under "
          + "teaches (--learn-only discourtesy); their other acts are neither examples nor counter-examples.")
  List<String> learnOnly = new ArrayList<>();

  @Parameters(paramLabel = "TEXT", arity = "0..*", preprocessor = TakeAsText.class, description = "Texts to analyse.")
  List<String> texts = new ArrayList<>();

  /** The acts of {@link #learnOnly}, read. */
  private java.util.Set<Act> taught = java.util.Set.of();

  /** Texts may start with '-' ("-Where is my order?"): what is not one of the options is a text. */
  static final class TextsAreNeverOptions implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec commandSpec) {
      commandSpec.parser().unmatchedOptionsArePositionalParams(true).posixClusteredShortOptionsAllowed(false);
      return commandSpec;
    }
  }

  /** Takes the next argument whole as a text; left to itself the parser stops at one that begins like "-h". */
  static final class TakeAsText implements CommandLine.IParameterPreprocessor {
    @Override
    public boolean preprocess(Stack<String> args, CommandSpec commandSpec, ArgSpec argSpec, Map<String, Object> info) {
      List<String> given = argSpec.getValue();
      List<String> texts = given == null ? new ArrayList<>() : new ArrayList<>(given);
      texts.add(args.pop());
      argSpec.setValue(texts);
      return true;
    }
  }

  /** A word like "--agent": a mistyped option rather than a text, which would have a space or no second dash. */
  private static final java.util.regex.Pattern LIKE_AN_OPTION = java.util.regex.Pattern.compile("--[A-Za-z][\\w-]*(=.*)?");

  @Override
  public Integer call() throws Exception {
    List<String> given = spec.commandLine().getParseResult().originalArgs();
    int endOfOptions = given.indexOf("--");
    // everything after "--" is a text, and the texts end the command line
    int beforeDashes = endOfOptions < 0 ? texts.size() : texts.size() - (given.size() - endOfOptions - 1);
    for (String text : texts.subList(0, Math.max(0, beforeDashes))) {
      if (LIKE_AN_OPTION.matcher(text).matches()) {
        throw new CommandLine.UnmatchedArgumentException(spec.commandLine(), List.of(text));
      }
    }
    if (evalFile == null && texts.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give --lang and the texts to analyse, or --eval FILE.tsv");
    }
    if (evalFile != null && !texts.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--eval scores a file: give no texts with it");
    }
    if (minF1 != null && (evalFile == null || minF1 < 0 || minF1 > 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          evalFile == null ? "--min-f1 goes with --eval" : "--min-f1 must be between 0 and 1");
    }
    if (crossValidate && (evalFile == null || language == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--cross-validate goes with --eval FILE.tsv and --lang L");
    }
    if (tuneFile != null && (evalFile == null || language == null || crossValidate)) {
      throw new CommandLine.ParameterException(spec.commandLine(), crossValidate
          ? "choose by --cross-validate or on --tune lines, not both" : "--tune goes with --eval FILE.tsv and --lang L");
    }
    if (!learnAlso.isEmpty() && !crossValidate && tuneFile == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--learn-also goes with --cross-validate or --tune");
    }
    if (!learnOnly.isEmpty() && learnAlso.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--learn-only goes with --learn-also");
    }
    taught = java.util.EnumSet.noneOf(Act.class);
    for (String id : learnOnly) {
      taught.add(Act.byId(id).filter(Act::labelled).orElseThrow(() -> new CommandLine.ParameterException(
          spec.commandLine(), "--learn-only: '" + id + "' is not an act labelled in example lines")));
    }
    Policy policy = PolicyLoader.load(policyFile != null ? policyFile : Home.policies().resolve("default.yaml"));
    if (evalFile == null && language == null) {
      String languages = String.join(", ", policy.lexicons().languages().stream().sorted().toList());
      throw new CommandLine.ParameterException(spec.commandLine(),
          "missing --lang L, the language of the texts (" + languages + ")");
    }
    if (crossValidate || tuneFile != null) return choose(policy);
    return evalFile != null ? evaluate(policy) : detect(policy);
  }

  private int choose(Policy policy) throws Exception {
    ActDetector detector = detectorFor(policy);
    List<LabelledLine> lines = linesIn(evalFile);
    List<LabelledLine> also = new ArrayList<>();
    for (Path file : learnAlso) {
      if (file.toAbsolutePath().normalize().equals(evalFile.toAbsolutePath().normalize())) {
        throw new Main.UserError(file + " is the --eval file; --learn-also names lines besides it");
      }
      List<LabelledLine> more = LabelledLines.read(file);
      if (more.isEmpty()) throw new Main.UserError("no labelled lines in " + file);
      for (LabelledLine line : more) also.add(taught.isEmpty() ? line : line.teachingOnly(taught));
    }
    CrossValidation judged;
    if (tuneFile == null) {
      judged = new CrossValidation(detector, lines, also);
    } else {
      try {
        judged = CrossValidation.onTuningLines(detector, lines, also, linesIn(tuneFile));
      } catch (IllegalArgumentException e) {
        throw new Main.UserError(e.getMessage());
      }
    }
    CrossValidation.Choice choice = judged.choose();
    PrintWriter out = spec.commandLine().getOut();
    out.println(choice.settings().acts().isEmpty() ? "The classifier raises no act's recall with its own precision at "
        + CrossValidation.MIN_PRECISION + " or more: leave examples out."
        : "Chosen, each act with its least probability: " + choice.settings().describe());
    out.println("Per act: the phrases alone, the classifier alone and both, " + (tuneFile == null
        ? CrossValidation.FOLDS + "-fold by groups" + learnedAlso() + ":"
        : "on " + tuneFile + ", learned from " + evalFile + learnedAlso() + ":"));
    out.print(CrossValidation.table(choice.before(), choice.alone(), choice.after()));
    out.flush();
    return 0;
  }

  private String learnedAlso() {
    return learnAlso.isEmpty() ? "" : " (and the lines of "
        + String.join(", ", learnAlso.stream().map(Path::toString).toList())
        + (taught.isEmpty() ? "" : ", for " + String.join(", ", taught.stream().map(Act::id).toList()) + " only") + ")";
  }

  private ActDetector detectorFor(Policy policy) {
    return policy.lexicons().detector(language).orElseThrow(() -> new Main.UserError(
        "no lexicon for language '" + language + "' (have: " + String.join(", ", policy.lexicons().languages()) + ")"));
  }

  private List<LabelledLine> linesIn(Path file) throws Exception {
    List<LabelledLine> lines = LabelledLines.read(file).stream().filter(l -> l.language().equals(language)).toList();
    if (lines.isEmpty()) throw new Main.UserError("no lines in language '" + language + "' in " + file);
    return lines;
  }

  private int detect(Policy policy) throws Exception {
    ActDetector detector = detectorFor(policy);
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
        if (d.byExample()) a.put("example", d.pattern());
      }
      // the sentences another language read alone, so that a lexicon's author sees why this one's phrases found nothing
      List<ActDetector.ReadAlone> alone = detector.readAlone(text, context);
      if (!alone.isEmpty()) {
        ArrayNode read = line.putArray("read-alone");
        for (ActDetector.ReadAlone r : alone) {
          ObjectNode a = read.addObject();
          a.put("language", r.language());
          a.put("start", r.sentence().start());
          a.put("end", r.sentence().end());
          a.put("sentence", r.sentence().written());
        }
      }
      // what a phrase found but the classifier did not confirm, so that a lexicon's author sees why it is missing
      List<ActDetector.Doubt> doubted = detector.doubted(text, context);
      if (!doubted.isEmpty()) {
        ArrayNode doubts = line.putArray("doubted");
        for (ActDetector.Doubt doubt : doubted) {
          ObjectNode a = doubts.addObject();
          a.put("act", doubt.detection().act().id());
          a.put("match", doubt.detection().match());
          a.put("pattern", doubt.detection().pattern());
          a.put("probability", Math.round(doubt.probability() * 1000) / 1000.0);
          a.put("least", doubt.least());
        }
      }
      out.println(mapper.writeValueAsString(line));
    }
    return 0;
  }

  private int evaluate(Policy policy) throws Exception {
    List<LabelledLine> lines = LabelledLines.read(evalFile);
    if (language != null) {
      lines = lines.stream().filter(l -> l.language().equals(language)).toList();
      if (lines.isEmpty()) throw new Main.UserError("no lines in language '" + language + "' in " + evalFile);
    }
    Evaluation.Report report = Evaluation.evaluate(lines, policy.lexicons()::detector,
        servicesim.files.ContentHash.sha256(java.nio.file.Files.readAllBytes(evalFile)));
    PrintWriter out = spec.commandLine().getOut();
    out.print(ReportText.table(report));
    out.println();
    out.print(ReportText.mistakes(report));
    out.flush();
    double f1 = report.overall().f1();
    if (minF1 != null && !(f1 >= minF1)) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(String.format(Locale.ROOT, "servicesim: micro F1 %s is below --min-f1 %s", ReportText.ratio(f1),
          minF1));
      err.flush();
      return 1;
    }
    return 0;
  }
}
