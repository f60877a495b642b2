package servicesim.policy.acts;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.ContentHash;
import servicesim.files.InvalidFileException;
import servicesim.policy.acts.eval.Evaluation;
import servicesim.policy.acts.eval.LabelledLines;

public class NearestExamplesTest extends JUnitSuite {

  private static final String HEADER = "lang\tagent_name\torganisation\ttext\tacts\tignore\tsource\n";
  private static final String EXAMPLES = HEADER
      + "xx\t\t\tWe would love to sort this out for you.\toffer-help\t\twritten:a:g1\n"
      + "xx\t\t\tHappy to assist you today.\toffer-help\t\twritten:a:g2\n"
      + "xx\t\t\tYour parcel left the depot this morning.\t\t\twritten:a:g3\n"
      + "xx\t\t\tWould you prefer a refund or a replacement?\task-preference\t\twritten:a:g4\n";

  private static String lexicon(String threshold) {
    return "language: xx\n"
        + "acts:\n"
        + "  offer-help: [happy to assist]\n"
        + "negation:\n"
        + "  cues: [not]\n"
        + "  acts: [offer-help]\n"
        + "nearest-examples:\n"
        + "  files: [ex.tsv]\n"
        + "  acts: [offer-help]\n"
        + "  k: 1\n"
        + "  votes: 1\n"
        + "  threshold: " + threshold + "\n";
  }

  private static ActDetector detector(String threshold, String examples) throws InvalidFileException {
    return Lexicons.fromTexts(Map.of("xx", lexicon(threshold), "xx:ex.tsv", examples)).require("xx");
  }

  private static List<Detection> detect(ActDetector detector, String text) {
    return detector.detect(text, ActDetector.Context.NONE);
  }

  @Test
  public void aSentenceCloseToAnExampleGetsItsActCitingTheExample() throws Exception {
    List<Detection> found = detect(detector("0.4", EXAMPLES), "Thanks. We would love to sort that out for you!");
    assertEquals(1, found.size());
    Detection d = found.get(0);
    assertEquals(Act.OFFER_HELP, d.act());
    assertTrue(d.byExample());
    assertEquals("We would love to sort that out for you", d.match());
    assertTrue(d.pattern(), d.pattern().startsWith("nearest example ex.tsv:2 “We would love to sort this out for you.”"));
    assertTrue(d.pattern(), d.pattern().matches(".*\\(similarity 0\\.\\d\\d, 1 of 1\\)"));
    assertEquals("Thanks. ".length(), d.start());
  }

  @Test
  public void aSentenceBelowTheThresholdGetsNothing() throws Exception {
    assertTrue(detect(detector("0.4", EXAMPLES), "The weather is lovely in Athens.").isEmpty());
    assertTrue(detect(detector("0.95", EXAMPLES), "We would love to sort that out for you!").isEmpty());
  }

  @Test
  public void onlyTheConfiguredActsAreAddedAndAPhraseHitIsNotRepeated() throws Exception {
    ActDetector d = detector("0.4", EXAMPLES);
    assertTrue(detect(d, "Would you prefer a refund or a new one?").isEmpty());
    List<Detection> phrase = detect(d, "Happy to assist you today.");
    assertEquals(1, phrase.size());
    assertFalse(phrase.get(0).byExample());
  }

  @Test
  public void anActThePhrasesNegatedInTheSentenceIsNeverAdded() throws Exception {
    ActDetector d = detector("0.3", EXAMPLES);
    assertTrue(detect(d, "Not happy to assist you today.").isEmpty());
    // the same words without the cue: the phrase finds it
    assertEquals(1, detect(d, "Happy to assist you today!").size());
  }

  @Test
  public void theSameInputGivesTheSameAnswerAndTiesGoToTheFirstExample() throws Exception {
    String twins = HEADER
        + "xx\t\t\tWe would love to sort this out for you.\toffer-help\t\twritten:a:g1\n"
        + "xx\t\t\tWe would love to sort this out for you.\toffer-help\t\twritten:a:g2\n";
    ActDetector d = detector("0.4", twins);
    List<Detection> first = detect(d, "We would love to sort it out for you");
    for (int i = 0; i < 5; i++) assertEquals(first, detect(detector("0.4", twins), "We would love to sort it out for you"));
    assertTrue(first.get(0).pattern(), first.get(0).pattern().startsWith("nearest example ex.tsv:2 "));
  }

  @Test
  public void neighboursVoteWithinK() {
    NearestExamples.Example yes = new NearestExamples.Example("a", java.util.Set.of(Act.APOLOGY), java.util.Set.of(),
        "f", 2, "a", "g1");
    NearestExamples.Example no = new NearestExamples.Example("b", java.util.Set.of(), java.util.Set.of(), "f", 3, "b",
        "g2");
    List<NearestExamples.Neighbour> n = List.of(new NearestExamples.Neighbour(yes, 0.9),
        new NearestExamples.Neighbour(no, 0.8), new NearestExamples.Neighbour(yes, 0.3));
    NearestExamples.Settings two = new NearestExamples.Settings(3, 0.5, 2, java.util.Set.of(Act.APOLOGY));
    assertTrue(NearestExamples.votes(n, two).isEmpty());
    NearestExamples.Settings low = new NearestExamples.Settings(3, 0.2, 2, java.util.Set.of(Act.APOLOGY));
    assertEquals(2, NearestExamples.votes(n, low).get(0).votes());
    assertEquals(0.9, NearestExamples.votes(n, low).get(0).nearest().similarity(), 0);
  }

  @Test
  public void actsFoundByStructureCannotBeAddedByExamples() {
    try {
      Lexicons.fromTexts(Map.of("xx", lexicon("0.5").replace("acts: [offer-help]\n  k:", "acts: [own-name]\n  k:"),
          "xx:ex.tsv", EXAMPLES));
      throw new AssertionError("loaded");
    } catch (InvalidFileException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("xx.yaml:") && e.getMessage().contains("own-name"));
    }
  }

  @Test
  public void anExampleFileIsEvaluatedWithoutEachLinesOwnGroup() throws Exception {
    ActDetector d = detector("0.4", EXAMPLES);
    String hash = ContentHash.sha256(EXAMPLES.getBytes(StandardCharsets.UTF_8));
    Evaluation.Report own = Evaluation.evaluate(LabelledLines.parse("ex.tsv", EXAMPLES), l -> java.util.Optional.of(d),
        hash);
    assertTrue(own.ownGroupsLeftOut());
    // "We would love to sort this out" has no other example close enough once its own is left out
    assertEquals(1, own.misses().stream().filter(m -> m.act() == Act.OFFER_HELP).count());
    Evaluation.Report resubstituted = Evaluation.evaluate(LabelledLines.parse("ex.tsv", EXAMPLES),
        l -> java.util.Optional.of(d));
    assertFalse(resubstituted.ownGroupsLeftOut());
    assertEquals(0, resubstituted.misses().stream().filter(m -> m.act() == Act.OFFER_HELP).count());
  }

  @Test
  public void theExampleFilesAreStoredWithTheLexiconTexts() throws Exception {
    Path dir = Files.createTempDirectory("lexicons");
    Files.writeString(dir.resolve("xx.yaml"), lexicon("0.4"));
    Files.writeString(dir.resolve("ex.tsv"), EXAMPLES);
    Map<String, String> texts = Lexicons.texts(dir);
    assertEquals(EXAMPLES, texts.get("xx:ex.tsv"));
    List<Detection> loaded = detect(Lexicons.load(dir).require("xx"), "We would love to sort that out for you!");
    List<Detection> stored = detect(Lexicons.fromTexts(texts).require("xx"), "We would love to sort that out for you!");
    assertEquals(loaded, stored);
    assertEquals(1, stored.size());
  }
}
