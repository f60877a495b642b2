package servicesim.policy.acts.eval;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.InvalidFileException;
import servicesim.policy.acts.Act;

public class LabelledLinesTest extends JUnitSuite {

  private static final String HEADER = "lang\tagent_name\torganisation\ttext\tacts\tignore\tsource\n";

  @Test
  public void linesAreReadWithTheirActsIgnoredActsAndPlace() throws Exception {
    List<LabelledLine> lines = LabelledLines.parse("set.tsv", HEADER
        + "# a comment\n"
        + "en\tSam\tAcme\tThis is Sam, how can I help?\town-name, offer-help\t\twritten\n"
        + "\n"
        + "en\t\t\tSorry, could you repeat that?\t\tapology\tcorpus 12\r\n");
    assertEquals(2, lines.size());
    LabelledLine first = lines.get(0);
    assertEquals(3, first.location().line());
    assertEquals(Set.of(Act.OWN_NAME, Act.OFFER_HELP), first.acts());
    assertEquals("Sam", first.agentName());
    LabelledLine second = lines.get(1);
    assertEquals(5, second.location().line());
    assertEquals(Set.of(), second.acts());
    assertEquals(Set.of(Act.APOLOGY), second.ignore());
    assertEquals("corpus 12", second.source());
  }

  @Test
  public void columnsMayComeInAnyOrder() throws Exception {
    List<LabelledLine> lines = LabelledLines.parse("set.tsv",
        "text\tlang\tacts\tignore\tsource\tagent_name\torganisation\nSorry!\ten\tapology\t\twritten\t\t\n");
    assertEquals("Sorry!", lines.get(0).text());
    assertEquals(Set.of(Act.APOLOGY), lines.get(0).acts());
  }

  @Test
  public void everyProblemIsReportedWithItsLineAndColumn() {
    InvalidFileException e = org.junit.Assert.assertThrows(InvalidFileException.class, () -> LabelledLines.parse("set.tsv", HEADER
        + "en\t\t\tHello\tofer-help\t\twritten\n"
        + "en\t\t\tHello\toffer-help\n"
        + "\t\t\tHello\t\t\twritten\n"
        + "english\t\t\t\tapology,,next-step\tapology\twritten\n"));
    assertEquals(String.join("\n",
        "set.tsv:2:12: unknown act 'ofer-help' (acts: own-name, org-name, offer-help, apology, confirm-understanding, "
            + "accept-responsibility, ask-preference, check-satisfaction, anything-else, policy-as-weapon, discourtesy, "
            + "vague-promise, concrete-timeline, escalation)",
        "set.tsv:3:1: expected 7 tab-separated fields (lang, agent_name, organisation, text, acts, ignore, source), found 5",
        "set.tsv:4:1: missing language (en, ur, el, hi ...)",
        "set.tsv:5:1: 'english' is not a language code such as en, ur, el or hi",
        "set.tsv:5:11: missing text",
        "set.tsv:5:20: empty act in 'apology,,next-step'",
        "set.tsv:5:21: unknown act 'next-step' (acts: own-name, org-name, offer-help, apology, confirm-understanding, "
            + "accept-responsibility, ask-preference, check-satisfaction, anything-else, policy-as-weapon, discourtesy, "
            + "vague-promise, concrete-timeline, escalation)",
        "set.tsv:5:31: act 'apology' is both labelled and ignored: keep one"), e.getMessage());
  }

  @Test
  public void aWrongHeaderSaysWhatTheHeaderIs() {
    InvalidFileException e = org.junit.Assert.assertThrows(InvalidFileException.class,
        () -> LabelledLines.parse("set.tsv", "lang\ttext\tlabels\nen\tHi\tapology\n"));
    assertEquals(String.join("\n",
        "set.tsv:1:1: the header lacks agent_name, organisation, acts, ignore, source (the header is "
            + "lang<tab>agent_name<tab>organisation<tab>text<tab>acts<tab>ignore<tab>source, tab-separated)",
        "set.tsv:1:11: unknown column 'labels' (the header is "
            + "lang<tab>agent_name<tab>organisation<tab>text<tab>acts<tab>ignore<tab>source)"), e.getMessage());
    assertEquals("set.tsv:1:1: empty file: expected the header "
            + "lang<tab>agent_name<tab>organisation<tab>text<tab>acts<tab>ignore<tab>source",
        org.junit.Assert.assertThrows(InvalidFileException.class, () -> LabelledLines.parse("set.tsv", "\n# nothing\n")).getMessage());
  }
}
