package servicesim.policy.acts;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.InvalidFileException;
import servicesim.files.YamlFile;

/** Sentence ends, clauses and negation, as the engine applies them for any language whose lexicon declares them. */
public class SentencesAndNegationTest extends JUnitSuite {

  private static final String LEXICON = String.join("\n",
      "language: xx",
      "abbreviations: [mr]",
      "negation:",
      "  cues: [not, no, cant, couldnt, nahi]",
      "  ignore: [no problem]",
      "  stops: [but, we]",
      "  acts: [offer-help]",
      "acts:",
      "  offer-help: [happy to help, help you today, i * help, madad, we can help]",
      "  apology: [sorry, not sorry]",
      "  escalation: [call mr smith]",
      "");

  private static Lexicon lexicon(String text) throws InvalidFileException {
    return LexiconLoader.load(YamlFile.parse("xx.yaml", text), "xx");
  }

  private static ActDetector detector(String text) {
    try {
      return new ActDetector(lexicon(text));
    } catch (InvalidFileException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static final ActDetector XX = detector(LEXICON);

  private static boolean finds(ActDetector detector, Act act, String text) {
    return detector.detect(text, ActDetector.Context.NONE).stream().anyMatch(d -> d.act() == act);
  }

  private static List<Integer> sentences(String text) throws InvalidFileException {
    return lexicon(LEXICON).tokens(text).stream().map(Token::sentence).toList();
  }

  @Test
  public void aWebAddressHoldsNoWords() throws Exception {
    Lexicon xx = lexicon(LEXICON);
    assertEquals(List.of("see", "this", "and", "reply"),
        xx.tokens("See this https://t.co/GDrqU22YpT and www.example.com/help reply").stream().map(Token::text).toList());
    // words a link happens to spell are no phrase of the message
    assertFalse(finds(XX, Act.APOLOGY, "Tips: https://example.com/sorry-for-the-wait"));
    assertTrue(finds(XX, Act.APOLOGY, "Sorry! Tips: https://example.com/tips"));
  }

  @Test
  public void sentencesEndAtStopsMarksAndLineBreaksInEveryScript() throws Exception {
    assertEquals(List.of(0, 0, 1, 2, 3, 4), sentences("It broke. Sorry! Why? Yes;\nno"));
    assertEquals(List.of(0, 0, 0, 1), sentences("آپ کا شکریہ۔ جی"));
    assertEquals(List.of(0, 0, 1), sentences("धन्यवाद आपका। जी"));
    assertEquals(List.of(0, 0, 1), sentences("Πώς είστε; Καλά"));
  }

  @Test
  public void aFullStopAfterAnAbbreviationASingleLetterOrInsideAWordEndsNoSentence() throws Exception {
    assertEquals(List.of(0, 0, 0, 0, 1, 1), sentences("Ask Mr. Smith today. Then go"));
    assertEquals(List.of(0, 0, 0, 0, 0), sentences("at 3 p.m. tomorrow"));
    assertEquals(List.of(0, 0, 0, 0, 0), sentences("see acme.com or 3.30"));
  }

  @Test
  public void commasColonsAndDashesEndClausesNotSentences() throws Exception {
    List<Token> tokens = lexicon(LEXICON).tokens("No, sorry: it is - as I said — broken \uD83D\uDE15 fine");
    assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0), tokens.stream().map(Token::sentence).toList());
    assertEquals(List.of(0, 1, 2, 2, 3, 3, 3, 4, 5), tokens.stream().map(Token::clause).toList());
  }

  @Test
  public void phrasesNeverMatchAcrossASentenceEnd() {
    assertTrue(finds(XX, Act.OFFER_HELP, "I am happy to help."));
    assertFalse(finds(XX, Act.OFFER_HELP, "I am happy. To help you, we need your number."));
    assertFalse(finds(XX, Act.OFFER_HELP, "We will help you\ntoday or tomorrow"));
    assertTrue(finds(XX, Act.ESCALATION, "I will call Mr. Smith now."));
  }

  @Test
  public void aCueBeforeAPhraseOfANegatedActCancelsIt() {
    assertFalse(finds(XX, Act.OFFER_HELP, "Sorry that I couldn't help you today"));
    assertTrue(finds(XX, Act.APOLOGY, "Sorry that I couldn't help you today"));
    assertFalse(finds(XX, Act.OFFER_HELP, "I am not happy to help"));
    assertFalse("a cue that a gap of the phrase took", finds(XX, Act.OFFER_HELP, "I can't really help"));
  }

  @Test
  public void aCueReachesOnlyItsOwnClauseUpToStopWordsAndWithinItsReach() {
    assertTrue(finds(XX, Act.OFFER_HELP, "Not sure yet, happy to help"));
    assertTrue(finds(XX, Act.OFFER_HELP, "Not sure yet but happy to help"));
    assertTrue("a phrase that opens with a stop word", finds(XX, Act.OFFER_HELP, "If you can't connect we can help"));
    assertTrue(finds(XX, Act.OFFER_HELP, "Not once in all those years have we been happy to help"));
    assertFalse(finds(XX, Act.OFFER_HELP, "Not really all that happy to help"));
    assertTrue(finds(XX, Act.OFFER_HELP, "No problem happy to help"));
    assertFalse(finds(XX, Act.OFFER_HELP, "No happy to help."));
    assertTrue(finds(XX, Act.OFFER_HELP, "No. Happy to help"));
  }

  @Test
  public void onlyTheDeclaredActsAreNegatedAndNegationWordsInAPhraseAreNoCues() {
    assertTrue(finds(XX, Act.APOLOGY, "I am not sorry"));
    Detection d = XX.detect("I am not sorry", ActDetector.Context.NONE).get(0);
    assertEquals("not sorry", d.match());
  }

  @Test
  public void aLanguageThatNegatesAfterTheVerbSaysHowFarBackACueReaches() {
    ActDetector after = detector(LEXICON.replace("  acts: [offer-help]", "  acts: [offer-help]\n  before: 0\n  after: 2"));
    assertFalse(finds(after, Act.OFFER_HELP, "main madad nahi kar sakta"));
    assertTrue(finds(after, Act.OFFER_HELP, "nahi main madad kar sakta"));
    assertTrue(finds(after, Act.OFFER_HELP, "main madad kar sakta hoon nahi"));
  }

  @Test
  public void aLexiconWithoutNegationNegatesNothing() {
    ActDetector plain = detector("language: xx\nacts:\n  offer-help: [happy to help]\n");
    assertTrue(finds(plain, Act.OFFER_HELP, "I am not happy to help"));
  }

  @Test
  public void mistakesInTheNegationAndAbbreviationsAreLocated() {
    InvalidFileException e = org.junit.Assert.assertThrows(InvalidFileException.class, () -> lexicon(String.join("\n",
        "language: xx",
        "abbreviations: [mr, e g]",
        "negation:",
        "  cues: [not, \"* not\"]",
        "  acts: [offer-help, own-name, helping]",
        "  before: -1",
        "  reach: 3",
        "acts:",
        "  offer-help: [happy to help]",
        "")));
    assertEquals(String.join("\n",
        "xx.yaml:2:21: abbreviation 'e g': give one word, as written before its full stop ('mr', 'etc')",
        "xx.yaml:4:15: phrase \"* not\": a phrase must start with a required word, not a gap or optional word",
        "xx.yaml:5:22: unknown act 'own-name' (expected one of: offer-help, apology, confirm-understanding, "
            + "accept-responsibility, ask-preference, check-satisfaction, anything-else, policy-as-weapon, discourtesy, "
            + "vague-promise, concrete-timeline, escalation, next-step, take-details, ask-detail)",
        "xx.yaml:5:32: unknown act 'helping' (expected one of: offer-help, apology, confirm-understanding, "
            + "accept-responsibility, ask-preference, check-satisfaction, anything-else, policy-as-weapon, discourtesy, "
            + "vague-promise, concrete-timeline, escalation, next-step, take-details, ask-detail)",
        "xx.yaml:6:11: 'before' must be between 0 and 20, found -1",
        "xx.yaml:7:3: unknown key 'reach' (expected one of: cues, ignore, stops, acts, before, after)"), e.getMessage());
  }

  @Test
  public void aLexiconOnlySaysWhereTheOrganisationsNameIsAProducts() {
    InvalidFileException e = org.junit.Assert.assertThrows(InvalidFileException.class, () -> lexicon(String.join("\n",
        "language: xx",
        "acts:",
        "  org-name:",
        "    phrases: [acme]",
        "    except: [\"<any> app\"]",
        "")));
    assertEquals("xx.yaml:4:5: unknown key 'phrases' (expected one of: except)", e.getMessage());
  }

  private static final String ANCHORS = String.join("\n",
      "language: xx",
      "classes:",
      "  day: {tomorrow: 1d}",
      "acts:",
      "  check-satisfaction: [\"<start> still broken\", \"(works|right) <question>\", \"fixed <end>\"]",
      "  concrete-timeline: [\"[will|going to] ** <day>\"]",
      "");

  @Test
  public void anchorsTieAPhraseToTheStartOrEndOfItsSentenceOrToAQuestion() {
    ActDetector d = detector(ANCHORS);
    assertTrue(finds(d, Act.CHECK_SATISFACTION, "Still broken?"));
    assertFalse(finds(d, Act.CHECK_SATISFACTION, "Sorry it is still broken."));
    assertTrue(finds(d, Act.CHECK_SATISFACTION, "It is all right now, right?"));
    assertFalse(finds(d, Act.CHECK_SATISFACTION, "That is right. Good"));
    assertTrue(finds(d, Act.CHECK_SATISFACTION, "It is fixed. Thanks"));
    assertFalse(finds(d, Act.CHECK_SATISFACTION, "It is fixed now"));
  }

  @Test
  public void aContextMustComeBeforeAPhraseInItsSentenceButIsNoPartOfTheMatch() {
    ActDetector d = detector(ANCHORS);
    List<Detection> found = d.detect("We are going to call you back tomorrow", ActDetector.Context.NONE);
    assertEquals(1, found.size());
    assertEquals("tomorrow", found.get(0).match());
    assertFalse(finds(d, Act.CONCRETE_TIMELINE, "It broke tomorrow"));
    assertFalse(finds(d, Act.CONCRETE_TIMELINE, "We will. Tomorrow"));
    assertFalse(finds(d, Act.CONCRETE_TIMELINE, "We will call you and then one two three four five six seven eight tomorrow"));
  }

  @Test
  public void misplacedAnchorsAndContextsAreReported() {
    for (String bad : List.of("still <start> broken", "[will] ** <end>", "[will broken", "works [will] now", "[] works")) {
      InvalidFileException e = org.junit.Assert.assertThrows(bad, InvalidFileException.class,
          () -> lexicon("language: xx\nacts:\n  offer-help: [\"" + bad + "\"]\n"));
      assertTrue(e.getMessage(), e.getMessage().startsWith("xx.yaml:3:16: phrase \"" + bad + "\": "));
    }
  }

  @Test
  public void quotedRudenessIsNoneAndALexiconChoosesItsQuotationMarks() throws Exception {
    String rude = String.join("\n", "language: xx", "acts:", "  discourtesy: [calm down]", "");
    ActDetector any = detector(rude);
    assertFalse(finds(any, Act.DISCOURTESY, "He told you 'calm down', and I am sorry for it."));
    assertFalse(finds(any, Act.DISCOURTESY, "He told you «calm down», and I am sorry for it."));
    assertTrue(finds(any, Act.DISCOURTESY, "Calm down, it's only 'a few' minutes."));
    ActDetector guillemetsOnly = detector(rude + "quotation-marks: [\"«»\"]\n");
    assertTrue(finds(guillemetsOnly, Act.DISCOURTESY, "He told you 'calm down', and I am sorry for it."));
    assertFalse(finds(guillemetsOnly, Act.DISCOURTESY, "He told you «calm down», and I am sorry for it."));
    InvalidFileException e = org.junit.Assert.assertThrows(InvalidFileException.class,
        () -> lexicon(rude + "quotation-marks: [\"«\"]\n"));
    assertTrue(e.getMessage(), e.getMessage().contains("xx.yaml:4:18: quotation-marks lists pairs"));
  }
}
