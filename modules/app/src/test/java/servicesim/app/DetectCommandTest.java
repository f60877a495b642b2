package servicesim.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;

/** {@code detect}: acts in texts as JSON lines, and the scoring of labelled lines with {@code --eval}. */
public class DetectCommandTest extends JUnitSuite {

  private static final ObjectMapper JSON = new ObjectMapper();

  record Result(int exit, String out, String err) {}

  static Result cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(exit, out.toString(), err.toString());
  }

  private static String resource(String name) {
    return Path.of("src/test/resources/cli", name).toAbsolutePath().toString();
  }

  @Test
  public void textsStartingWithADashAreTextsNotOptions() throws Exception {
    Result r = cli("detect", "--lang", "en", "-Where is my order? Happy to help", "-hi, how can I help?", "-x");
    assertEquals(r.err(), 0, r.exit());
    String[] lines = r.out().trim().split("\n");
    assertEquals(3, lines.length);
    assertEquals("-Where is my order? Happy to help", JSON.readTree(lines[0]).path("text").asText());
    assertEquals("offer-help", JSON.readTree(lines[0]).path("acts").get(0).path("act").asText());
    assertEquals("-hi, how can I help?", JSON.readTree(lines[1]).path("text").asText());
    assertEquals("-x", JSON.readTree(lines[2]).path("text").asText());
    Result afterDashes = cli("detect", "--lang", "en", "--", "--lang");
    assertEquals("--lang", JSON.readTree(afterDashes.out().trim()).path("text").asText());
  }

  @Test
  public void aTimeThePhrasesFindButTheClassifierDoesNotConfirmIsListedAsDoubted() throws Exception {
    Result r = cli("detect", "--lang", "el", "Μπορούμε να σας το φέρουμε το Σάββατο.", "Θα σας καλέσουμε αύριο στις 10.");
    assertEquals(r.err(), 0, r.exit());
    String[] lines = r.out().trim().split("\n");
    var offered = JSON.readTree(lines[0]);
    assertEquals(0, offered.path("acts").size());
    var doubt = offered.path("doubted").get(0);
    assertEquals("concrete-timeline", doubt.path("act").asText());
    assertEquals("το Σάββατο", doubt.path("match").asText());
    assertEquals(0.05, doubt.path("least").asDouble(), 1e-9);
    assertTrue(doubt.toString(), doubt.path("probability").asDouble() < 0.05);
    var promised = JSON.readTree(lines[1]);
    assertTrue(promised.toString(), promised.path("doubted").isMissingNode());
    assertTrue(promised.toString(), promised.path("acts").toString().contains("concrete-timeline"));
  }

  @Test
  public void aMistypedOptionIsNoTextAndAMissingLanguageNamesTheChoices() {
    Result mistyped = cli("detect", "--lang", "en", "This is Sam, how can I help?", "--agent", "Sam");
    assertEquals(2, mistyped.exit());
    assertTrue(mistyped.err(), mistyped.err().contains("'--agent'"));
    assertTrue(mistyped.err(), mistyped.err().contains("--agent-name"));
    assertEquals("", mistyped.out());
    Result noLanguage = cli("detect", "Sorry for the wait");
    assertEquals(2, noLanguage.exit());
    assertTrue(noLanguage.err(), noLanguage.err().contains("missing --lang L, the language of the texts (el, en, hi, ur)"));
  }

  @Test
  public void evalPrintsTheTableThenEveryMissAndFalseHit() {
    Result r = cli("detect", "--eval", resource("acts.tsv"));
    assertEquals(r.err(), 0, r.exit());
    assertTrue(r.out(), r.out().startsWith("act                    labelled  found correct  missed  false precision  recall     F1"));
    assertTrue(r.out(), r.out().contains("overall (micro)               5      5       4       1      1      0.80    0.80   0.80"));
    assertTrue(r.out(), r.out().contains("acts.tsv:3: missed apology in \"Thanks for bearing with us.\""));
    assertTrue(r.out(), r.out().contains("acts.tsv:4: false discourtesy \"calm down\" at 7-16 by \"calm down\" in \"Please calm down.\""));
  }

  @Test
  public void evalCanScoreOneLanguage() {
    Result r = cli("detect", "--eval", resource("acts.tsv"), "--lang", "el");
    assertEquals(r.err(), 0, r.exit());
    assertTrue(r.out(), r.out().contains("overall (micro)               1      1       1       0      0      1.00    1.00   1.00"));
    assertTrue(r.out(), r.out().contains("\n1 line\n"));
  }

  @Test
  public void evalExitsOneBelowTheMinimumF1() {
    Result below = cli("detect", "--eval", resource("acts.tsv"), "--min-f1", "0.9");
    assertEquals(1, below.exit());
    assertEquals("servicesim: micro F1 0.80 is below --min-f1 0.9", below.err().trim());
    assertEquals(0, cli("detect", "--eval", resource("acts.tsv"), "--min-f1", "0.8").exit());
  }

  @Test
  public void aMalformedSetGivesLocatedMessagesAndUsageErrorsExitTwo() {
    Result bad = cli("detect", "--eval", resource("bad-acts.tsv"));
    assertEquals(1, bad.exit());
    assertTrue(bad.err(), bad.err().startsWith(resource("bad-acts.tsv") + ":2:12: unknown act 'ofer-help'"));
    assertFalse(bad.err(), bad.err().contains("Exception"));
    Result missing = cli("detect", "--eval", resource("nope.tsv"));
    assertEquals(1, missing.exit());
    assertEquals(resource("nope.tsv") + ":1:1: no such file", missing.err().trim());
    assertEquals(2, cli("detect", "--eval", resource("acts.tsv"), "some text").exit());
    assertEquals(2, cli("detect", "--eval", resource("acts.tsv"), "--min-f1", "2").exit());
    assertEquals(2, cli("detect", "Hello").exit());
    assertEquals(2, cli("detect").exit());
  }

  @Test
  public void crossValidateChoosesTheExamplesSettingsAndShowsEachActThreeWays() {
    Result r = cli("detect", "--eval", Path.of("../../scenarios/acts/el/dev.tsv").toAbsolutePath().toString(),
        "--lang", "el", "--cross-validate");
    assertEquals(r.err(), 0, r.exit());
    assertTrue(r.out(), r.out().matches("(?s)Chosen, each act with its least probability: [a-z-]+ 0\\.\\d\\d(, [a-z-]+ 0\\.\\d\\d)*\n"
        + "Per act: the phrases alone, the classifier alone and both, 5-fold by groups:\n"
        + "act +phrases P R F1 +classifier P R F1 +both P R F1 .*\nmicro .*"));
    assertEquals(2, cli("detect", "--eval", resource("acts.tsv"), "--cross-validate").exit());
  }

  @Test
  public void tuneChoosesOnLinesTheClassifierDidNotLearnFrom() {
    String dev = Path.of("../../scenarios/acts/en/dev.tsv").toAbsolutePath().toString();
    Result r = cli("detect", "--eval", dev, "--lang", "en", "--tune", resource("acts.tsv"));
    assertEquals(r.err(), 0, r.exit());
    assertTrue(r.out(), r.out().matches("(?s)(Chosen, each act with its least probability: .*|The classifier raises .*)\n"
        + "Per act: the phrases alone, the classifier alone and both, on .*acts\\.tsv, learned from .*dev\\.tsv:\n"
        + "act .*\nmicro .*"));
    // only the three English lines are judged: their four labelled acts, found or missed
    java.util.regex.Matcher micro = java.util.regex.Pattern.compile("\nmicro .* (\\d+)/(\\d+)/(\\d+) -> (\\d+)/(\\d+)/(\\d+)\n")
        .matcher(r.out());
    assertTrue(r.out(), micro.find());
    assertEquals(4, Integer.parseInt(micro.group(1)) + Integer.parseInt(micro.group(3)));
    assertEquals(4, Integer.parseInt(micro.group(4)) + Integer.parseInt(micro.group(6)));
    Result same = cli("detect", "--eval", dev, "--lang", "en", "--tune", dev);
    assertEquals(1, same.exit());
    assertTrue(same.err(), same.err().contains("is also among the examples; a tuning line must be new to the classifier"));
    assertEquals(2, cli("detect", "--eval", dev, "--lang", "en", "--tune", resource("acts.tsv"), "--cross-validate").exit());
    assertEquals(2, cli("detect", "--eval", dev, "--tune", resource("acts.tsv")).exit());
  }

  @Test
  public void learnAlsoAddsMoreLinesToWhatTheClassifierLearns() throws Exception {
    String dev = Path.of("../../scenarios/acts/en/dev.tsv").toAbsolutePath().toString();
    Path more = Files.createTempFile("more-", ".tsv");
    Files.writeString(more, "lang\tagent_name\torganisation\ttext\tacts\tignore\tsource\n"
        + "en\t\t\tWe truly regret the trouble this caused you.\tapology\t\twritten:chat:more-1\n"
        + "el\t\t\tΛυπούμαστε πολύ για την ταλαιπωρία.\tapology\t\twritten:chat:more-2\n");
    Result r = cli("detect", "--eval", dev, "--lang", "en", "--tune", resource("acts.tsv"), "--learn-also",
        more.toString());
    assertEquals(r.err(), 0, r.exit());
    assertTrue(r.out(), r.out().contains("learned from " + dev + " (and the lines of " + more + "):\n"));
    Result tuned = cli("detect", "--eval", dev, "--lang", "en", "--tune", resource("acts.tsv"), "--learn-also",
        resource("acts.tsv"));
    assertEquals(tuned.err(), 1, tuned.exit());
    assertTrue(tuned.err(), tuned.err().contains("a tuning line must be new to the classifier"));
    Result itself = cli("detect", "--eval", dev, "--lang", "en", "--tune", resource("acts.tsv"), "--learn-also", dev);
    assertEquals(itself.err(), 1, itself.exit());
    assertTrue(itself.err(), itself.err().contains(dev + " is the --eval file; --learn-also names lines besides it"));
    Result alone = cli("detect", "--eval", dev, "--lang", "en", "--learn-also", resource("acts.tsv"));
    assertEquals(2, alone.exit());
    assertTrue(alone.err(), alone.err().contains("--learn-also goes with --cross-validate or --tune"));
    Result only = cli("detect", "--eval", dev, "--lang", "en", "--tune", resource("acts.tsv"), "--learn-also",
        more.toString(), "--learn-only", "apology");
    assertEquals(only.err(), 0, only.exit());
    assertTrue(only.out(), only.out().contains("(and the lines of " + more + ", for apology only):\n"));
    Result unknown = cli("detect", "--eval", dev, "--lang", "en", "--tune", resource("acts.tsv"), "--learn-also",
        more.toString(), "--learn-only", "rudeness");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err(),
        unknown.err().contains("--learn-only: 'rudeness' is not an act labelled in example lines"));
    Result onlyAlone = cli("detect", "--eval", dev, "--lang", "en", "--tune", resource("acts.tsv"), "--learn-only",
        "apology");
    assertEquals(2, onlyAlone.exit());
    assertTrue(onlyAlone.err(), onlyAlone.err().contains("--learn-only goes with --learn-also"));
  }

  @Test
  public void anActLearnedFromExamplesCitesItsEvidence() throws Exception {
    Result r = cli("detect", "--lang", "en", "We want our engineers to look into this further with you.");
    assertEquals(r.err(), 0, r.exit());
    JsonNode act = JSON.readTree(r.out().trim()).path("acts").get(0);
    assertEquals("offer-help", act.path("act").asText());
    assertTrue(act.toString(), act.path("example").asText().matches(
        "learned from examples, probability 0\\.\\d\\d \\(.+\\); nearest example \\.\\./\\.\\./acts/en/dev\\.tsv:\\d+ .*"));
  }
}
