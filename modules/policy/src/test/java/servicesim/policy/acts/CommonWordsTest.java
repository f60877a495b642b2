package servicesim.policy.acts;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;

public class CommonWordsTest extends JUnitSuite {

  private final CommonWords english = CommonWords.of("en").orElseThrow();

  @Test
  public void aSentenceMostlyOfCommonEnglishWordsIsEnglish() {
    assertTrue(english.writes("Let us know if you need anything else.", Set.of()));
    assertTrue(english.writes("Try power cycling your modem.", Set.of()));
    // names and acronyms do not count either way
    assertTrue(english.writes("Thanks for calling Jazz, this is Fariha.", Set.of("jazz", "fariha")));
    assertTrue(english.writes("Please DM us your PNR and we will check.", Set.of()));
  }

  @Test
  public void aCodeMixedSentenceIsNot() {
    assertFalse(english.writes("Let me check, aik minute hold karein.", Set.of()));
    assertFalse(english.writes("Sorry for the trouble, main abhi check karti hun.", Set.of()));
    // one little word of another language is enough: "ne", "ek", "hai" are no English words however few they are
    assertFalse(english.writes("Main ne dropped the ball, sorry sir.", Set.of()));
    assertFalse(english.writes("Let me bring in someone more senior on this, ek minute dijiye.", Set.of()));
    assertFalse(english.writes("Ek minute please, I will check.", Set.of()));
  }

  @Test
  public void anotherScriptOrTooFewWordsIsNotJudgedEnglish() {
    assertFalse(english.writes("Sorry, میں ابھی چیک کرتی ہوں", Set.of()));
    assertFalse(english.writes("Thank you.", Set.of()));
    assertFalse(english.writes("Seriously?", Set.of()));
    assertFalse(english.writes("Ji Sir.", Set.of()));
    assertFalse(english.writes("Shukriya Ahmed.", Set.of()));
  }

  @Test
  public void aShortGreetingWithANameIsEnglish() {
    assertTrue(english.writes("Hi Matt.", Set.of()));
    assertTrue(english.writes("Hello Jose", Set.of()));
    assertTrue(english.writes("Hi Sana!", Set.of("sana")));
    assertTrue(english.writes("Hey, Sam here.", Set.of()));
  }

  @Test
  public void aWordNoCommonWordIsFoundInAMatch() {
    assertTrue(english.holdsOther("Sorry, maafi"));
    assertFalse(english.holdsOther("let us know if"));
    assertTrue(CommonWords.of("xx").isEmpty());
  }
}
