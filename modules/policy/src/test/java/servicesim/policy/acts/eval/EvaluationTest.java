package servicesim.policy.acts.eval;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.InvalidFileException;
import servicesim.policy.Repo;
import servicesim.policy.acts.Act;

public class EvaluationTest extends JUnitSuite {

  private static final String HEADER = "lang\tagent_name\torganisation\ttext\tacts\tignore\tsource\n";

  private static Evaluation.Report evaluate(String rows) throws InvalidFileException {
    return Evaluation.evaluate(LabelledLines.parse("set.tsv", HEADER + rows), Repo.lexicons()::detector);
  }

  @Test
  public void rightFindingsMissesAndFalseHitsAreCountedPerActAndOverall() throws Exception {
    Evaluation.Report r = evaluate(""
        + "en\tSam\tAcme\tThis is Sam at Acme, how can I help?\town-name,org-name,offer-help\t\tw\n"
        + "en\t\t\tI'm so sorry about that.\tapology\t\tw\n"
        + "en\t\t\tThanks for bearing with us.\tapology\t\tw\n"
        + "en\t\t\tCalm down.\t\t\tw\n");
    assertEquals(new Counts(1, 0, 0), r.of(Act.OWN_NAME));
    assertEquals(new Counts(1, 0, 1), r.of(Act.APOLOGY));
    assertEquals(new Counts(0, 1, 0), r.of(Act.DISCOURTESY));
    assertEquals(new Counts(4, 1, 1), r.overall());
    assertEquals(0.8, r.overall().precision(), 1e-9);
    assertEquals(0.8, r.overall().recall(), 1e-9);
    assertEquals(0.8, r.overall().f1(), 1e-9);
    assertEquals(4, r.lines());

    Evaluation.Miss miss = r.misses().get(0);
    assertEquals(Act.APOLOGY, miss.act());
    assertEquals(4, miss.line().location().line());
    Evaluation.FalseHit hit = r.falseHits().get(0);
    assertEquals("Calm down", hit.detection().match());
    assertEquals(5, hit.line().location().line());
  }

  @Test
  public void eachKindOfLettersIsCountedOnItsOwn() throws Exception {
    Evaluation.Report r = evaluate(""
        + "ur\t\t\tmaazrat chahta hun\tapology\t\tw\n"
        + "ur\t\t\tمعذرت چاہتا ہوں\tapology\t\tw\n"
        + "ur\t\t\tHBL کی طرف سے معذرت\tapology\t\tw\n"
        + "ur\t\t\tشکریہ\t\t\tw\n");
    assertEquals(List.of(LineScript.OWN, LineScript.LATIN, LineScript.BOTH),
        r.scripts().stream().map(Evaluation.ScriptScore::script).toList());
    assertEquals(2, r.scripts().get(0).lines());
    assertEquals(new Counts(1, 0, 0), r.scripts().get(1).counts());
    assertEquals(r.overall(), r.scripts().stream().map(Evaluation.ScriptScore::counts).reduce(Counts.ZERO, Counts::plus));
    String table = ReportText.table(r);
    assertTrue(table, table.contains("Latin letters only"));
    assertTrue(table, table.contains("both scripts"));
    assertEquals(LineScript.LATIN, LineScript.of("Sorry 🙏 about that, 3-5 days"));
    assertEquals(LineScript.OWN, LineScript.of("Λυπάμαι πολύ, 3-5 μέρες"));
    assertEquals(LineScript.BOTH, LineScript.of("एसबीआई se Rahul"));
  }

  @Test
  public void ignoredActsCountNeitherWay() throws Exception {
    Evaluation.Report r = evaluate("en\t\t\tSorry, could you repeat that?\t\tapology\tw\n"
        + "en\t\t\tHappy to help!\t\toffer-help\tw\n");
    assertEquals(Counts.ZERO, r.overall());
    assertTrue(Double.isNaN(r.overall().f1()));
  }

  @Test
  public void aLanguageWithoutALexiconIsAProblemAtItsLine() {
    InvalidFileException e = org.junit.Assert.assertThrows(InvalidFileException.class,
        () -> Evaluation.evaluate(LabelledLines.parse("set.tsv", HEADER + "fr\t\t\tBonjour\t\t\tw\n"),
            lang -> Optional.empty()));
    assertEquals("set.tsv:2:1: no lexicon for language 'fr'", e.getMessage());
  }

  @Test
  public void theBarNamesEveryShortfall() throws Exception {
    Evaluation.Report r = evaluate(""
        + "en\t\t\tSorry about that.\tapology\t\tw\n".repeat(3)
        + "en\t\t\tThanks for bearing with us.\tapology\t\tw\n".repeat(2)
        + "en\t\t\tCalm down.\t\t\tw\n");
    assertEquals(List.of("micro F1 0.667 < 0.90", "precision 0.750 < 0.90", "apology recall 0.600 < 0.80 (3 of 5)"),
        Bar.DEFAULT.shortfalls(r));
    assertEquals(List.of(), new Bar(0.5, 0.5, 0.5, 5).shortfalls(r));
  }

  @Test
  public void aFloorHoldsTheOverallNumbersOnly() throws Exception {
    Evaluation.Report r = evaluate(""
        + "en\t\t\tSorry about that.\tapology\t\tw\n".repeat(3)
        + "en\t\t\tThanks for bearing with us.\tapology\t\tw\n".repeat(2)
        + "en\t\t\tCalm down.\t\t\tw\n");
    Bar floor = Bar.parseFloor("held-out.floor", "# lowest measured\nmicro-f1 0.666\n  precision\t0.75\n");
    assertEquals(List.of(), floor.shortfalls(r));
    assertEquals(List.of("micro F1 0.667 < 0.668", "precision 0.750 < 0.76"),
        Bar.parseFloor("held-out.floor", "micro-f1 0.668\nprecision 0.76\n").shortfalls(r));
  }

  @Test
  public void aMalformedFloorSaysWhereAndWhat() {
    InvalidFileException e = org.junit.Assert.assertThrows(InvalidFileException.class,
        () -> Bar.parseFloor("f", "micro-f1 0.9\nrecall 0.8\n precision high\nprecision 1.5\n"));
    assertEquals(List.of("f:2:1: unknown name 'recall' (expected micro-f1 or precision)",
            "f:3:12: expected a number from 0 to 1, found 'high'", "f:4:11: expected a number from 0 to 1, found 1.5"),
        e.problems().stream().map(Object::toString).toList());
    InvalidFileException missing = org.junit.Assert.assertThrows(InvalidFileException.class,
        () -> Bar.parseFloor("f", "micro-f1 0.9\n"));
    assertEquals("f:1:1: missing 'precision'", missing.getMessage());
  }

  @Test
  public void theReportListsTheTableThenEveryMistakeWithItsSpan() throws Exception {
    Evaluation.Report r = evaluate("en\t\t\tThanks for bearing with us.\tapology\t\tw\nen\t\t\tPlease calm down.\t\t\tw\n");
    String table = ReportText.table(r);
    assertTrue(table, table.contains("apology                       1      0       0       1      0         -    0.00   0.00"));
    assertTrue(table, table.contains("overall (micro)               1      1       0       1      1      0.00    0.00   0.00"));
    String mistakes = ReportText.mistakes(r);
    assertTrue(mistakes, mistakes.contains("set.tsv:2: missed apology in \"Thanks for bearing with us.\""));
    assertTrue(mistakes, mistakes.contains("set.tsv:3: false discourtesy \"calm down\" at 7-16 by \"calm down\" in \"Please calm down.\""));
  }
}
