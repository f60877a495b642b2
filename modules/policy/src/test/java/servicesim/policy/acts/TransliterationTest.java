package servicesim.policy.acts;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.InvalidFileException;
import servicesim.files.YamlFile;
import servicesim.policy.Repo;

/** Latin keys: spellings of one word in either script read alike, and a lexicon's latin section is checked. */
public class TransliterationTest extends JUnitSuite {

  private static String keys(String language, String text) {
    Lexicon lexicon = Repo.lexicons().require(language).lexicon();
    Transliteration latin = lexicon.scripts().transliteration();
    return String.join(" ", lexicon.tokens(text).stream().map(t -> latin.key(t.text())).toList());
  }

  private static void sameKeys(String language, String... spellings) {
    String expected = keys(language, spellings[0]);
    for (String s : spellings) assertEquals("\"" + s + "\" against \"" + spellings[0] + "\"", expected, keys(language, s));
  }

  @Test
  public void romanUrduSpellingsReadLikeTheUrduWord() {
    sameKeys("ur", "معذرت", "maazrat", "mazrat", "maazarat", "muazrat");
    sameKeys("ur", "معافی", "maafi", "mafi", "maafee", "muaafi");
    sameKeys("ur", "کر سکتا ہوں", "kar sakta hoon", "kr skta hun", "karsakta hu");
    sameKeys("ur", "مدد", "madad", "mdd", "maddad");
    sameKeys("ur", "کریں گے", "karenge", "karein ge", "krenge");
  }

  @Test
  public void littleWordsThatWouldReadAlikeKeepKeysOfTheirOwn() {
    // the future apart from the past, "was" apart from "then", sorry apart from sir, kal apart from call
    assertNotEquals(keys("ur", "گا"), keys("ur", "گیا"));
    assertNotEquals(keys("ur", "tha"), keys("ur", "to"));
    assertNotEquals(keys("ur", "sorry"), keys("ur", "sir"));
    assertNotEquals(keys("hi", "कल"), keys("hi", "khul"));
    assertNotEquals(keys("ur", "نہیں"), keys("ur", "نے"));
  }

  @Test
  public void hinglishSpellingsReadLikeTheHindiWord() {
    sameKeys("hi", "माफ़ी", "maafi", "mafi");
    sameKeys("hi", "करूंगा", "karunga", "karoonga", "krunga");
    sameKeys("hi", "नहीं", "nahi", "nahin", "nhi");
    sameKeys("hi", "अच्छा", "accha", "achha", "acha");
  }

  @Test
  public void greeklishSpellingsReadLikeTheGreekWord() {
    sameKeys("el", "συγγνώμη", "sygnomi", "signomi", "syggnomi", "sygnwmh", "sugnwmh", "ΣΥΓΓΝΩΜΗ");
    sameKeys("el", "θα", "tha", "8a", "0a");
    sameKeys("el", "ευχαριστώ", "eyxaristw", "efxaristo", "efharisto", "euxaristw");
    sameKeys("el", "τηλέφωνο", "thlefwno", "tilefono");
    sameKeys("el", "ξανά", "ksana", "xana", "3ana");
  }

  @Test
  public void latinLookalikesInsideAGreekWordAreReadAsGreek() {
    Lexicon lexicon = Repo.lexicons().require("el").lexicon();
    // ΣYΓΓNΩMH typed with Latin Y, N, M, H
    assertEquals(lexicon.normalizer().normalize("ΣΥΓΓΝΩΜΗ"), lexicon.normalizer().normalize("ΣYΓΓNΩMH"));
    // a word all in Latin letters stays Latin in the native view
    assertEquals("sorry", lexicon.normalizer().normalize("Sorry"));
  }

  @Test
  public void namesCompareByKeysWithAVowelEndingForShortOnes() {
    Transliteration latin = Repo.lexicons().require("ur").lexicon().scripts().transliteration();
    assertEquals(latin.nameKey("ana"), latin.nameKey("انا"));
    assertNotEquals(latin.nameKey("ana"), latin.nameKey("ان"));
    assertTrue(Transliteration.withinOneEdit("nrhmplnss", "nrhmplnsz"));
    assertTrue(!Transliteration.withinOneEdit("abcdef", "abcfed"));
    assertTrue(Transliteration.withinEdits("muhamad", "mohamed", 2));
    assertTrue(!Transliteration.withinEdits("muhamad", "mohamed", 1));
    assertTrue(Transliteration.withinEdits("neha", "neha", 0));
    assertTrue(!Transliteration.withinEdits("neha", "nahi", 1));
  }

  private static String problems(String yaml) {
    try {
      LexiconLoader.load(YamlFile.parse("xx.yaml", yaml), "xx");
    } catch (InvalidFileException e) {
      return e.getMessage();
    }
    throw new AssertionError("the lexicon loaded");
  }

  @Test
  public void aBrokenLatinSectionIsReportedWhereItIsWrong() {
    String found = problems("""
        language: xx
        latin:
          letters: {"ب": "β"}
          spelling:
            - ["(unclosed", "x"]
            - just-one
          drop-vowels: "AE"
          english-names:
            - ["[ph", "f"]
          lookalikes: {ab: α}
          colour: red
        also-read: [xx]
        acts:
          apology: [sorry]
        """);
    assertTrue(found, found.contains("xx.yaml:3:") && found.contains("is to be written in Latin letters"));
    assertTrue(found, found.contains("xx.yaml:5:") && found.contains("spelling rule [(unclosed, x]"));
    assertTrue(found, found.contains("xx.yaml:6:") && found.contains("a spelling rule is a pair"));
    assertTrue(found, found.contains("xx.yaml:7:") && found.contains("drop-vowels lists Latin letters"));
    assertTrue(found, found.contains("xx.yaml:9:") && found.contains("english-names rule [[ph, f]"));
    assertTrue(found, found.contains("xx.yaml:10:") && found.contains("a lookalike is one Latin letter"));
    assertTrue(found, found.contains("xx.yaml:11:") && found.contains("unknown key 'colour'"));
    assertTrue(found, found.contains("xx.yaml:12:") && found.contains("also-read names another language's lexicon"));
  }

  @Test
  public void alsoReadNeedsThatLanguagesLexicon() {
    try {
      Lexicons.fromTexts(Map.of("xx", "language: xx\nalso-read: [yy]\nacts:\n  apology: [sorry]\n"));
      throw new AssertionError("loaded");
    } catch (InvalidFileException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("xx.yaml:2:") && e.getMessage().contains("no lexicon for 'yy'"));
    }
  }

  @Test
  public void aCodeMixedLineIsReadInBothLanguagesAndEachActCountsOnce() throws Exception {
    Lexicons lexicons = Lexicons.fromTexts(Map.of(
        "en", "language: en\nacts:\n  apology: [sorry]\n  concrete-timeline: [\"<digits> days\"]\n",
        "xx", "language: xx\nalso-read: [en]\nacts:\n  apology: [sorry, maafi]\n"));
    List<Detection> found = lexicons.require("xx").detect("Sorry, maafi, it will take 3 days", ActDetector.Context.NONE);
    assertEquals(List.of("apology:Sorry", "apology:maafi", "concrete-timeline:3 days"),
        found.stream().map(d -> d.act().id() + ":" + d.match()).toList());
  }

  @Test
  public void aLanguagesOwnExceptionHoldsForTheLanguagesItAlsoReads() throws Exception {
    Lexicons lexicons = Lexicons.fromTexts(Map.of(
        "en", "language: en\nacts:\n  concrete-timeline: [\"<digits> days\"]\n",
        "xx", "language: xx\nalso-read: [en]\nacts:\n  concrete-timeline:\n    phrases: [\"<digits> days\"]\n"
            + "    except: [\"<digits> days * tha\"]\n"));
    ActDetector xx = lexicons.require("xx");
    // the English reading knows no Urdu past tense; the line's own language does
    assertEquals(List.of(), xx.detect("refund 3 days pehle hua tha", ActDetector.Context.NONE));
    assertEquals(List.of("concrete-timeline:3 days"), xx.detect("refund 3 days mein, it was sent 5 days tha",
        ActDetector.Context.NONE).stream().map(d -> d.act().id() + ":" + d.match()).toList());
  }
}
