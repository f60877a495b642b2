package servicesim.policy.acts;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.ContentHash;
import servicesim.files.InvalidFileException;
import servicesim.policy.acts.eval.Counts;
import servicesim.policy.acts.eval.CrossValidation;
import servicesim.policy.acts.eval.Evaluation;
import servicesim.policy.acts.eval.LabelledLine;
import servicesim.policy.acts.eval.LabelledLines;

public class ExampleClassifierTest extends JUnitSuite {

  private static final String HEADER = "lang\tagent_name\torganisation\ttext\tacts\tignore\tsource\n";
  private static final String EXAMPLES = HEADER
      + "xx\t\t\tWe would love to sort this out for you.\toffer-help\t\twritten:a:g1\n"
      + "xx\t\t\tWe'd love to sort out your order.\toffer-help\t\twritten:a:g2\n"
      + "xx\t\t\tI would love to sort the refund out.\toffer-help\t\twritten:a:g3\n"
      + "xx\t\t\tOur team would love to sort out the booking.\toffer-help\t\twritten:a:g4\n"
      + "xx\t\t\tHappy to assist you today.\toffer-help\t\twritten:a:g5\n"
      + "xx\t\t\tYour parcel left the depot this morning.\t\t\twritten:a:g6\n"
      + "xx\t\t\tThe store opens at nine.\t\t\twritten:a:g7\n"
      + "xx\t\t\tYour order number is in the email.\t\t\twritten:a:g8\n"
      + "xx\t\t\tThe refund went to your card.\t\t\twritten:a:g9\n"
      + "xx\t\t\tWould you prefer a refund or a replacement?\task-preference\t\twritten:a:g10\n";

  private static String lexicon(String acts, String minProbability) {
    return "language: xx\n"
        + "acts:\n"
        + "  offer-help: [happy to assist]\n"
        + "negation:\n"
        + "  cues: [not]\n"
        + "  acts: [offer-help]\n"
        + "examples:\n"
        + "  files: [ex.tsv]\n"
        + "  acts: [" + acts + "]\n"
        + "  min-probability: " + minProbability + "\n";
  }

  private static ActDetector detector(String minProbability) throws InvalidFileException {
    return Lexicons.fromTexts(Map.of("xx", lexicon("offer-help", minProbability), "xx:ex.tsv", EXAMPLES)).require("xx");
  }

  private static List<Detection> detect(ActDetector detector, String text) {
    return detector.detect(text, ActDetector.Context.NONE);
  }

  @Test
  public void aSentenceWrittenLikeTheExamplesGetsTheirActCitingWordsAndTheNearestExample() throws Exception {
    List<Detection> found = detect(detector("0.6"), "Thanks. We would love to sort that out!");
    assertEquals(1, found.size());
    Detection d = found.get(0);
    assertEquals(Act.OFFER_HELP, d.act());
    assertTrue(d.byExample());
    assertEquals("We would love to sort that out", d.match());
    assertEquals("Thanks. ".length(), d.start());
    assertTrue(d.pattern(), d.pattern().matches("learned from examples, probability 0\\.\\d\\d \\(.*love.*\\); "
        + "nearest example ex\\.tsv:\\d+ “.*” \\(similarity 0\\.\\d\\d\\)"));
  }

  @Test
  public void anUnlikeSentenceOrOneBelowTheLeastProbabilityGetsNothing() throws Exception {
    assertTrue(detect(detector("0.6"), "The weather is cold in Athens.").isEmpty());
    assertTrue(detect(detector("0.999"), "We would love to sort that out!").isEmpty());
  }

  @Test
  public void onlyTheConfiguredActsAreAddedAndAPhraseHitIsNotRepeated() throws Exception {
    ActDetector d = detector("0.6");
    assertTrue(detect(d, "Would you prefer a refund or a replacement?").isEmpty());
    List<Detection> phrase = detect(d, "Happy to assist you today.");
    assertEquals(1, phrase.size());
    assertFalse(phrase.get(0).byExample());
  }

  @Test
  public void anActThePhrasesNegatedInTheSentenceIsNeverAdded() throws Exception {
    ActDetector d = detector("0.5");
    assertTrue(detect(d, "Not happy to assist you, we would love to sort it out.").isEmpty());
    assertEquals(1, detect(d, "Happy to assist you today!").size());
  }

  @Test
  public void anActAnExceptionPhraseMatchesInTheSentenceIsNeverAddedEvenWithoutAPhraseOfIt() throws Exception {
    String lexicon = lexicon("offer-help", "0.5").replace("  offer-help: [happy to assist]\n",
        "  offer-help:\n    phrases: [happy to assist]\n    except: [love to sort * later]\n");
    ActDetector d = Lexicons.fromTexts(Map.of("xx", lexicon, "xx:ex.tsv", EXAMPLES)).require("xx");
    assertTrue(detect(d, "We would love to sort it out later.").isEmpty());
    // the exception rules the act out in its own sentence only
    List<Detection> found = detect(d, "We would love to sort it out later. We would love to sort that out!");
    assertEquals(1, found.size());
    assertEquals("We would love to sort that out", found.get(0).match());
  }

  @Test
  public void anActWithLearnedNeedsIsAddedOnlyToAMessageThatNamesOneAnywhere() throws Exception {
    String lexicon = lexicon("offer-help", "0.5").replace("  offer-help: [happy to assist]\n",
        "  offer-help:\n    phrases: [happy to assist]\n    learned-needs: [team, (our|the) desk]\n");
    ActDetector d = Lexicons.fromTexts(Map.of("xx", lexicon, "xx:ex.tsv", EXAMPLES)).require("xx");
    assertTrue(detect(d, "We would love to sort that out!").isEmpty());
    List<Detection> named = detect(d, "Our desk is open. We would love to sort that out!");
    assertEquals(1, named.size());
    assertTrue(named.get(0).byExample());
    assertEquals("We would love to sort that out", named.get(0).match());
    assertEquals(1, detect(d, "The team would love to sort that out!").size());
    // what the phrases find needs nothing
    assertEquals(1, detect(d, "Happy to assist you today.").size());
  }

  @Test
  public void anActWithLearnedNeedsInTheSentenceIsAddedOnlyToASentenceThatHoldsOne() throws Exception {
    String lexicon = lexicon("offer-help", "0.5").replace("  offer-help: [happy to assist]\n",
        "  offer-help:\n    phrases: [happy to assist]\n    learned-needs-in-sentence: [\"<any> <question>\", team]\n");
    ActDetector d = Lexicons.fromTexts(Map.of("xx", lexicon, "xx:ex.tsv", EXAMPLES)).require("xx");
    assertTrue(detect(d, "We would love to sort that out!").isEmpty());
    // a question elsewhere in the message does not do: the very sentence must hold it
    assertTrue(detect(d, "Is it the bill? We would love to sort that out!").isEmpty());
    List<Detection> asked = detect(d, "Is it the bill? Would we love to sort that out?");
    assertEquals(1, asked.size());
    assertEquals("Would we love to sort that out", asked.get(0).match());
    assertEquals(1, detect(d, "The team would love to sort that out!").size());
    // what the phrases find needs nothing
    assertEquals(1, detect(d, "Happy to assist you today.").size());
  }

  @Test
  public void theSameExamplesAlwaysGiveTheSameAnswer() throws Exception {
    List<Detection> first = detect(detector("0.6"), "We would love to sort it out for you");
    assertEquals(1, first.size());
    for (int i = 0; i < 3; i++) assertEquals(first, detect(detector("0.6"), "We would love to sort it out for you"));
  }

  @Test
  public void aLoneWordIsNotJudged() throws Exception {
    // the initials that sign a reply were learned as offer-help, and alone they say nothing of what was written
    String signed = EXAMPLES + "xx\t\t\tWe would love to sort it out. Zorblax.\toffer-help\t\twritten:a:s1\n"
        + "xx\t\t\tWe'd love to sort the bill out. Zorblax.\toffer-help\t\twritten:a:s2\n";
    ActDetector d = Lexicons.fromTexts(Map.of("xx", lexicon("offer-help", "0.5"), "xx:ex.tsv", signed)).require("xx");
    String key = d.sentences("Zorblax.").get(0).key();
    assertTrue(d.examples().orElseThrow().probability(Act.OFFER_HELP, key, ExampleClassifier.ALL) >= 0.5);
    assertTrue(detect(d, "Zorblax.").isEmpty());
    assertEquals(1, detect(d, "Zorblax would love to sort it.").size());
  }

  @Test
  public void aModelLeavingAFoldOutHasNotLearnedFromIt() throws Exception {
    String rare = EXAMPLES + "xx\t\t\tZorblax quiggle.\toffer-help\t\twritten:a:rare\n";
    ActDetector d = Lexicons.fromTexts(Map.of("xx", lexicon("offer-help", "0.6"), "xx:ex.tsv", rare)).require("xx");
    ExampleClassifier c = d.examples().orElseThrow();
    int fold = ExampleClassifier.fold("written:rare");
    String key = d.sentences("Zorblax quiggle.").get(0).key();
    assertTrue(c.probability(Act.OFFER_HELP, key, ExampleClassifier.ALL)
        > c.probability(Act.OFFER_HELP, key, fold) + 0.1);
  }

  @Test
  public void linesOfTheLanguagesTheExamplesAlsoNameTeachEveryFoldAndOthersNone() throws Exception {
    String mixed = EXAMPLES + "yy\t\t\tZorblax quiggle.\toffer-help\t\twritten:a:rare\n"
        + "zz\t\t\tBlorp quiggle.\toffer-help\t\twritten:a:other\n";
    ActDetector d = Lexicons.fromTexts(Map.of("xx", lexicon("offer-help", "0.6").replace("  files: [ex.tsv]\n",
        "  files: [ex.tsv]\n  also-languages: [yy]\n"), "xx:ex.tsv", mixed)).require("xx");
    ExampleClassifier c = d.examples().orElseThrow();
    // the yy line is learned from, with a group no fold leaves out; the zz line is not read at all
    assertEquals(List.of(ExampleClassifier.EVERY_FOLD), c.examples().stream()
        .filter(e -> e.lineText().contains("quiggle")).map(NearestExamples.Example::group).toList());
    String key = d.sentences("Zorblax quiggle.").get(0).key();
    for (int fold = 0; fold < ExampleClassifier.FOLDS; fold++) {
      assertEquals(c.probability(Act.OFFER_HELP, key, ExampleClassifier.ALL),
          c.probability(Act.OFFER_HELP, key, fold), 0.2);
    }
    ActDetector own = Lexicons.fromTexts(Map.of("xx", lexicon("offer-help", "0.6"), "xx:ex.tsv", mixed)).require("xx");
    assertEquals(EXAMPLES.split("\n").length - 1, own.examples().orElseThrow().examples().size());
    try {
      Lexicons.fromTexts(Map.of("xx", lexicon("offer-help", "0.6").replace("  files: [ex.tsv]\n",
          "  files: [ex.tsv]\n  also-languages: [Hindi]\n"), "xx:ex.tsv", mixed));
      throw new AssertionError("loaded a language that is no code");
    } catch (InvalidFileException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("xx.yaml:") && e.getMessage().contains(
          "'Hindi' is not a language code"));
    }
  }

  @Test
  public void theCacheKeepsTheClassifiersOfALanguageLearnedLast() throws Exception {
    Path dir = Files.createTempDirectory("servicesim-cache-test");
    List<Path> old = new java.util.ArrayList<>();
    for (int i = 0; i < 9; i++) {
      Path f = dir.resolve("xx-" + String.format("%032x", i) + ".bin");
      Files.writeString(f, "learned earlier");
      Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000L + 1000L * i));
      old.add(f);
    }
    Path otherLanguage = dir.resolve("xy-" + "0".repeat(32) + ".bin");
    Files.writeString(otherLanguage, "another language's");
    Files.setLastModifiedTime(otherLanguage, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000L));
    Path notAClassifier = dir.resolve("xx-notes.txt");
    Files.writeString(notAClassifier, "kept");
    String previous = System.getProperty("servicesim.cache");
    System.setProperty("servicesim.cache", dir.toString());
    try {
      // a lexicon no run has learned from: its classifier is learned now, kept, and the oldest ones go
      ActDetector d = Lexicons.fromTexts(Map.of("xx", lexicon("offer-help", "0.61"), "xx:ex.tsv", EXAMPLES))
          .require("xx");
      assertEquals(1, detect(d, "We would love to sort out your order").size());
    } finally {
      if (previous == null) System.clearProperty("servicesim.cache");
      else System.setProperty("servicesim.cache", previous);
    }
    List<String> left;
    try (var list = Files.list(dir)) {
      left = list.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(left.toString(), Lexicons.KEPT_PER_LANGUAGE + 2, left.size());
    for (int i = 0; i < old.size(); i++) {
      assertEquals(old.get(i).toString(), i >= old.size() - (Lexicons.KEPT_PER_LANGUAGE - 1), Files.exists(old.get(i)));
    }
    assertTrue(Files.exists(otherLanguage));
    assertTrue(Files.exists(notAClassifier));
  }

  @Test
  public void aFileWrittenForSomeActsTeachesOnlyThose() throws Exception {
    // a file written for rudeness and its look-alikes: its offers of help and its plain lines say nothing of how often
    // offers of help occur, so they are neither examples nor counter-examples of offer-help
    String rude = HEADER
        + "xx\t\t\tCalm down and read the terms, happy to assist.\tdiscourtesy,offer-help\t\twritten:r:1\n"
        + "xx\t\t\tYour parcel left the depot, read the label.\tdiscourtesy\t\twritten:r:2\n"
        + "xx\t\t\tThe store opens at nine, sorry for the wait.\t\tapology\twritten:r:3\n";
    String lexicon = lexicon("offer-help, discourtesy", "0.6").replace("  files: [ex.tsv]\n",
        "  files: [ex.tsv, rude.tsv]\n  teaches: {rude.tsv: [discourtesy]}\n");
    ExampleClassifier c = Lexicons.fromTexts(Map.of("xx", lexicon, "xx:ex.tsv", EXAMPLES, "xx:rude.tsv", rude))
        .require("xx").examples().orElseThrow();
    List<NearestExamples.Example> taught = c.examples().stream().filter(e -> e.file().equals("rude.tsv")).toList();
    assertEquals(3, taught.size());
    for (NearestExamples.Example e : taught) {
      assertFalse(e.lineText(), e.acts().contains(Act.OFFER_HELP));
      assertTrue(e.lineText(), e.ignore().contains(Act.OFFER_HELP) && e.ignore().contains(Act.APOLOGY));
      assertFalse(e.lineText(), e.ignore().contains(Act.DISCOURTESY));
      assertEquals(e.lineText(), !e.lineText().startsWith("The store"), e.acts().contains(Act.DISCOURTESY));
    }
    // the model of offer-help is the one learned without the file, and so are its findings, also in a sentence of words
    // only the file holds ("calm", "label", "terms"), which offer-help never learned from
    ActDetector withoutFile = Lexicons.fromTexts(Map.of("xx", lexicon("offer-help, discourtesy", "0.6"),
        "xx:ex.tsv", EXAMPLES)).require("xx");
    ExampleClassifier without = withoutFile.examples().orElseThrow();
    for (String text : List.of("Happy to assist you today", "Your parcel left the depot",
        "Happy to assist, calm down and read the label and the terms")) {
      String key = withoutFile.sentences(text).get(0).key();
      assertEquals(without.probability(Act.OFFER_HELP, key, ExampleClassifier.ALL),
          c.probability(Act.OFFER_HELP, key, ExampleClassifier.ALL), 1e-9);
    }
    try {
      Lexicons.fromTexts(Map.of("xx", lexicon.replace("teaches: {rude.tsv", "teaches: {other.tsv"),
          "xx:ex.tsv", EXAMPLES, "xx:rude.tsv", rude));
      throw new AssertionError("taught from a file the examples do not name");
    } catch (InvalidFileException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("xx.yaml:")
          && e.getMessage().contains("teaches: 'other.tsv' is not one of the files (ex.tsv, rude.tsv)"));
    }
  }

  @Test
  public void crossValidationAndTuningLearnFromAnotherSetsLinesWithoutJudgingThem() throws Exception {
    ActDetector plain = Lexicons.fromTexts(Map.of("xx", "language: xx\nacts:\n  offer-help: [happy to assist]\n"))
        .require("xx");
    List<LabelledLine> examples = LabelledLines.parse("ex.tsv", EXAMPLES);
    List<LabelledLine> also = LabelledLines.parse("other.tsv", HEADER
        + "yy\t\t\tZorblax quiggle, we would love to help.\toffer-help\t\twritten:b:y1\n"
        + "yy\t\t\tZorblax quiggle glad to sort it.\toffer-help\t\twritten:b:y2\n");
    // only the example file's own lines are judged: as many labelled offers of help as without the other lines
    var withOther = new CrossValidation(plain, examples, also).score(true, ExampleClassifier.Settings.NONE);
    var without = new CrossValidation(plain, examples).score(true, ExampleClassifier.Settings.NONE);
    assertEquals(without.get(Act.OFFER_HELP).correct() + without.get(Act.OFFER_HELP).misses(),
        withOther.get(Act.OFFER_HELP).correct() + withOther.get(Act.OFFER_HELP).misses());
    List<LabelledLine> tuning = LabelledLines.parse("tune.tsv", HEADER
        + "xx\t\t\tZorblax quiggle!\toffer-help\t\twritten:a:t1\n");
    ExampleClassifier.Settings offers = new ExampleClassifier.Settings(Set.of(Act.OFFER_HELP), 0.5);
    assertEquals(new Counts(0, 0, 1), CrossValidation.onTuningLines(plain, examples, tuning).score(false, offers)
        .get(Act.OFFER_HELP));
    assertEquals(new Counts(1, 0, 0), CrossValidation.onTuningLines(plain, examples, also, tuning).score(false, offers)
        .get(Act.OFFER_HELP));
    List<LabelledLine> seen = LabelledLines.parse("tune.tsv", HEADER
        + "xx\t\t\tZorblax quiggle glad to sort it.\toffer-help\t\twritten:a:t2\n");
    IllegalArgumentException e = org.junit.Assert.assertThrows(IllegalArgumentException.class,
        () -> CrossValidation.onTuningLines(plain, examples, also, seen));
    assertTrue(e.getMessage(), e.getMessage().contains("also among the examples"));
  }

  @Test
  public void anExampleFileIsJudgedByModelsThatDidNotLearnFromEachLinesGroup() throws Exception {
    ActDetector d = detector("0.6");
    String hash = ContentHash.sha256(EXAMPLES.getBytes(StandardCharsets.UTF_8));
    Evaluation.Report leftOut = Evaluation.evaluate(LabelledLines.parse("ex.tsv", EXAMPLES),
        l -> java.util.Optional.of(d), hash);
    assertTrue(leftOut.ownGroupsLeftOut());
    Evaluation.Report resubstituted = Evaluation.evaluate(LabelledLines.parse("ex.tsv", EXAMPLES),
        l -> java.util.Optional.of(d));
    assertFalse(resubstituted.ownGroupsLeftOut());
    // learned from every line, the model finds every offer of help it learned from
    assertEquals(0, resubstituted.misses().stream().filter(m -> m.act() == Act.OFFER_HELP).count());
    // no line cites itself or its own group as the nearest example
    for (LabelledLine line : LabelledLines.parse("ex.tsv", EXAMPLES)) {
      for (Detection found : d.detect(line.text(), ActDetector.Context.NONE,
          new ActDetector.Holdout(Set.of("ex.tsv"), "written:" + line.source().split(":")[2]))) {
        assertFalse(found.pattern(), found.pattern().contains("ex.tsv:" + line.location().line() + " "));
      }
    }
  }

  @Test
  public void actsFoundByStructureAndBadSettingsAreRefusedWithTheirPlace() {
    for (String[] bad : new String[][] {{"own-name", "0.6", "own-name"}, {"offer-help", "1.5", "min-probability"},
        {"offer-help", "0", "min-probability must be above 0 and below 1, found 0.0"}}) {
      try {
        Lexicons.fromTexts(Map.of("xx", lexicon(bad[0], bad[1]), "xx:ex.tsv", EXAMPLES));
        throw new AssertionError("loaded " + bad[0]);
      } catch (InvalidFileException e) {
        assertTrue(e.getMessage(), e.getMessage().contains("xx.yaml:") && e.getMessage().contains(bad[2]));
      }
    }
  }

  @Test
  public void eachActMayHaveItsOwnLeastProbability() throws Exception {
    String eachOwn = lexicon("", "0.6").replace("  acts: []\n  min-probability: 0.6\n",
        "  acts:\n    offer-help: 0.6\n    ask-preference: 0.99\n");
    ExampleClassifier.Settings settings = Lexicons.fromTexts(Map.of("xx", eachOwn, "xx:ex.tsv", EXAMPLES)).require("xx")
        .examples().orElseThrow().settings();
    assertEquals(Map.of(Act.OFFER_HELP, 0.6, Act.ASK_PREFERENCE, 0.99), settings.minProbabilities());
    assertEquals("offer-help 0.60, ask-preference 0.99", settings.describe());
    for (String[] bad : new String[][] {
        {"    offer-help: 1\n", "least probability of offer-help must be above 0 and below 1"},
        {"    own-name: 0.5\n", "unknown act 'own-name'"},
        {"    offer-help: 0.6\n  min-probability: 0.5\n", "min-probability goes with a list of acts"}}) {
      try {
        Lexicons.fromTexts(Map.of("xx", lexicon("", "0.6").replace("  acts: []\n  min-probability: 0.6\n",
            "  acts:\n" + bad[0]), "xx:ex.tsv", EXAMPLES));
        throw new AssertionError("loaded " + bad[0]);
      } catch (InvalidFileException e) {
        assertTrue(e.getMessage(), e.getMessage().contains("xx.yaml:") && e.getMessage().contains(bad[1]));
      }
    }
  }

  private static final String TIMES = HEADER
      + "xx\t\t\tWe will call you back at nine.\tconcrete-timeline\t\twritten:a:t1\n"
      + "xx\t\t\tThe engineer will come at nine tomorrow.\tconcrete-timeline\t\twritten:a:t2\n"
      + "xx\t\t\tYour refund will arrive at nine on Monday.\tconcrete-timeline\t\twritten:a:t3\n"
      + "xx\t\t\tWe will send the courier at nine.\tconcrete-timeline\t\twritten:a:t4\n"
      + "xx\t\t\tThe store opens at nine.\t\t\twritten:a:t5\n"
      + "xx\t\t\tThe shop opened at nine yesterday.\t\t\twritten:a:t6\n"
      + "xx\t\t\tThe branch opens at nine every day.\t\t\twritten:a:t7\n"
      + "xx\t\t\tOur desk opens at nine on weekdays.\t\t\twritten:a:t8\n"
      + "xx\t\t\tHappy to assist you today.\toffer-help\t\twritten:a:t9\n";

  private static ActDetector confirming(String confirm) throws InvalidFileException {
    String lexicon = lexicon("offer-help", "0.6").replace("  offer-help: [happy to assist]\n",
        "  offer-help: [happy to assist]\n  concrete-timeline: [at nine]\n") + confirm;
    return Lexicons.fromTexts(Map.of("xx", lexicon, "xx:ex.tsv", TIMES)).require("xx");
  }

  @Test
  public void aPhraseFindingTheClassifierDoesNotConfirmIsDropped() throws Exception {
    ActDetector d = confirming("  confirm:\n    concrete-timeline: 0.3\n");
    assertEquals(Map.of(Act.CONCRETE_TIMELINE, 0.3), d.lexicon().examples().orElseThrow().confirm().minProbabilities());
    // the examples say a time beside "opens" is opening hours, beside "will" a promise
    assertFalse(d.contains("The office opens at nine.", Act.CONCRETE_TIMELINE, ActDetector.Context.NONE));
    assertTrue(d.contains("We will ring you at nine.", Act.CONCRETE_TIMELINE, ActDetector.Context.NONE));
    // a sentence holding little besides the time gives the classifier nothing to judge: it stands
    assertTrue(d.contains("At nine.", Act.CONCRETE_TIMELINE, ActDetector.Context.NONE));
    // without confirm the phrase alone decides
    assertTrue(confirming("").contains("The office opens at nine.", Act.CONCRETE_TIMELINE,
        ActDetector.Context.NONE));
    for (String[] bad : new String[][] {
        {"  confirm:\n    next-step: 0.3\n", "act 'next-step' is never labelled in example lines"},
        {"  confirm:\n    concrete-timeline: 1.5\n", "least probability of concrete-timeline"},
        {"  confirm: [concrete-timeline]\n", "'confirm' must be a mapping"}}) {
      try {
        confirming(bad[0]);
        throw new AssertionError("loaded " + bad[0]);
      } catch (InvalidFileException e) {
        assertTrue(e.getMessage(), e.getMessage().contains("xx.yaml:") && e.getMessage().contains(bad[1]));
      }
    }
  }

  @Test
  public void theExampleFilesAreStoredWithTheLexiconTexts() throws Exception {
    Path dir = Files.createTempDirectory("lexicons");
    Files.writeString(dir.resolve("xx.yaml"), lexicon("offer-help", "0.6"));
    Files.writeString(dir.resolve("ex.tsv"), EXAMPLES);
    Map<String, String> texts = Lexicons.texts(dir);
    assertEquals(EXAMPLES, texts.get("xx:ex.tsv"));
    Path missing = Files.createTempDirectory("lexicons");
    Files.writeString(missing.resolve("xx.yaml"), lexicon("offer-help", "0.6"));
    try {
      Lexicons.load(missing);
      throw new AssertionError("loaded without its example file");
    } catch (InvalidFileException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("xx.yaml:") && e.getMessage().contains(
          "examples: cannot read 'ex.tsv' (relative to " + missing + "): no such file"));
    }
    String text = "We would love to sort that out for you!";
    List<Detection> stored = detect(Lexicons.fromTexts(texts).require("xx"), text);
    assertEquals(detect(Lexicons.load(dir).require("xx"), text), stored);
    assertEquals(1, stored.size());
  }

  @Test
  public void crossValidationKeepsOnlyActsTheClassifierFindsPrecisely() throws Exception {
    ActDetector plain = Lexicons.fromTexts(Map.of("xx", "language: xx\nacts:\n  offer-help: [happy to assist]\n"))
        .require("xx");
    CrossValidation.Choice choice = new CrossValidation(plain, LabelledLines.parse("ex.tsv", EXAMPLES)).choose();
    for (Act act : choice.settings().acts()) {
      var alone = choice.alone().get(act);
      assertTrue(act + " " + alone, alone.correct() > 0 && alone.falseHits() * 9 <= alone.correct());
    }
    assertTrue(Set.of(Act.OFFER_HELP, Act.ASK_PREFERENCE).containsAll(choice.settings().acts()));
    assertEquals(choice.before().get(Act.OFFER_HELP).correct(),
        new CrossValidation(plain, LabelledLines.parse("ex.tsv", EXAMPLES)).score(true, ExampleClassifier.Settings.NONE)
            .get(Act.OFFER_HELP).correct());
  }

  @Test
  public void tuningLinesAreJudgedByAClassifierLearnedFromEveryExampleAndMustBeNewToIt() throws Exception {
    ActDetector plain = Lexicons.fromTexts(Map.of("xx", "language: xx\nacts:\n  offer-help: [happy to assist]\n"))
        .require("xx");
    List<LabelledLine> examples = LabelledLines.parse("ex.tsv", EXAMPLES);
    List<LabelledLine> tuning = LabelledLines.parse("tune.tsv", HEADER
        + "xx\t\t\tWe would love to sort out the delivery.\toffer-help\t\twritten:a:t1\n"
        + "xx\t\t\tThe depot opens at nine.\t\t\twritten:a:t2\n");
    CrossValidation tuned = CrossValidation.onTuningLines(plain, examples, tuning);
    // the phrase misses the offer; a classifier that learned every "would love to sort" example finds it
    assertEquals(new Counts(0, 0, 1), tuned.score(true, ExampleClassifier.Settings.NONE).get(Act.OFFER_HELP));
    assertEquals(new Counts(1, 0, 0), tuned.score(false, new ExampleClassifier.Settings(Set.of(Act.OFFER_HELP), 0.5))
        .get(Act.OFFER_HELP));
    List<LabelledLine> seen = LabelledLines.parse("tune.tsv", HEADER
        + "xx\t\t\tThe store opens at nine.\t\t\twritten:a:t3\n");
    IllegalArgumentException e = org.junit.Assert.assertThrows(IllegalArgumentException.class,
        () -> CrossValidation.onTuningLines(plain, examples, seen));
    assertTrue(e.getMessage(), e.getMessage().startsWith("tune.tsv:2:") && e.getMessage().contains("also among the examples"));
  }

  @Test
  public void wordsANegationCueReachesAreReadAsNegatedWords() throws Exception {
    ActDetector before = detector("0.6");
    assertEquals("we are not ~happy ~to ~assist ~you", before.sentences("We are not happy to assist you.").get(0).key());
    ActDetector after = Lexicons.fromTexts(Map.of("xx", "language: xx\nnegation:\n  cues: [nahi]\n  after: 2\n")).require("xx");
    assertEquals("ye ~hamari ~galti nahi ~hai", after.sentences("ye hamari galti nahi hai").get(0).key());
    assertEquals("ye hamari galti hai", after.sentences("ye hamari galti hai").get(0).key());
  }

  @Test
  public void aNegatedWordSharesNoSpellingWithTheWordItself() {
    Set<String> negated = ExampleClassifier.features("we are not ~happy ~to ~assist");
    Set<String> plain = ExampleClassifier.features("we are happy to assist");
    assertTrue(negated.contains("w ~happy") && negated.contains("n ppy") && plain.contains("c ppy"));
    assertFalse(negated.contains("c ppy"));
    assertFalse(negated.stream().anyMatch(f -> f.startsWith("c ") && f.contains("ssis")));
  }

  @Test
  public void aClassifierReadBackFromItsCacheFileFindsTheSameAndABrokenFileIsIgnored() throws Exception {
    ExampleClassifier learned = detector("0.6").examples().orElseThrow();
    Path file = Files.createTempDirectory("examples-cache").resolve("xx.bin");
    learned.save(file);
    ExampleClassifier read = ExampleClassifier.load(file, learned.settings()).orElseThrow();
    assertEquals(learned.examples(), read.examples());
    assertEquals(learned.fileHashes(), read.fileHashes());
    for (String key : List.of("we would love to sort that out", "the store opens at nine", "zorblax")) {
      assertEquals(learned.probability(Act.OFFER_HELP, key, ExampleClassifier.ALL),
          read.probability(Act.OFFER_HELP, key, ExampleClassifier.ALL), 0);
      // a fold model is learned again from the examples read back, as it was from the file's lines
      assertEquals(learned.probability(Act.OFFER_HELP, key, 2), read.probability(Act.OFFER_HELP, key, 2), 0);
      assertEquals(learned.find(key, ExampleClassifier.ALL, e -> true), read.find(key, ExampleClassifier.ALL, e -> true));
    }
    Files.write(file, new byte[] {1, 2, 3});
    assertTrue(ExampleClassifier.load(file, learned.settings()).isEmpty());
    assertTrue(ExampleClassifier.load(file.resolveSibling("none.bin"), learned.settings()).isEmpty());
  }
}
