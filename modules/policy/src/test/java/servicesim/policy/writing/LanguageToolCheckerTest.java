package servicesim.policy.writing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;

public class LanguageToolCheckerTest extends JUnitSuite {

  private static final LanguageToolChecker CHECKER = new LanguageToolChecker();

  @Test
  public void cleanEnglishHasNoIssues() {
    List<WritingIssue> issues = CHECKER.check("en",
        "Dear Ms Lopez, thank you for your email. We will send a replacement unit by Friday.", Set.of("Lopez"))
        .orElseThrow();
    assertEquals(List.of(), issues);
  }

  @Test
  public void misspelledEnglishIsFlaggedWithItsSpan() {
    List<WritingIssue> issues = CHECKER.check("en", "We will send you a replacment tomorow.", Set.of()).orElseThrow();
    assertEquals(2, issues.size());
    assertEquals("replacment", issues.get(0).text());
    assertEquals(19, issues.get(0).start());
  }

  @Test
  public void knownNamesAreNotMisspellings() {
    assertTrue(CHECKER.check("en", "Dear Mr Ngozi Okonkwo-Adeyemi, thank you for writing.",
        Set.of("Ngozi", "Okonkwo-Adeyemi")).orElseThrow().isEmpty());
  }

  @Test
  public void greekIsChecked() {
    List<WritingIssue> clean = CHECKER.check("el", "Σας ευχαριστούμε για το μήνυμά σας.", Set.of()).orElseThrow();
    assertEquals(List.of(), clean);
    List<WritingIssue> bad = CHECKER.check("el", "Σας ευχαριστουμε για το μηνυμα σας.", Set.of()).orElseThrow();
    assertFalse(bad.isEmpty());
  }

  @Test
  public void urduAndHindiHaveNoChecker() {
    assertTrue(CHECKER.check("ur", "شکریہ", Set.of()).isEmpty());
    assertTrue(CHECKER.check("hi", "धन्यवाद", Set.of()).isEmpty());
  }

  private static final String BRITISH = "We apologise for the colour mismatch and will organise a replacement.";
  private static final String AMERICAN = "We apologize for the color mismatch and will organize a replacement.";

  @Test
  public void anyVariantAcceptsBritishAndAmericanSpellingButNotMistakes() {
    assertEquals(List.of(), CHECKER.check("en", List.of(), BRITISH, Set.of()).orElseThrow());
    assertEquals(List.of(), CHECKER.check("en", List.of(), AMERICAN, Set.of()).orElseThrow());
    List<WritingIssue> typos = CHECKER.check("en", List.of(), "We will send you a replacment.", Set.of()).orElseThrow();
    assertEquals(List.of("replacment"), typos.stream().map(WritingIssue::text).toList());
  }

  @Test
  public void aChosenVariantFlagsTheOthersSpellingWithTheCheckersMessageAndSuggestion() {
    List<WritingIssue> us = CHECKER.check("en", List.of("en-US"), BRITISH, Set.of()).orElseThrow();
    assertEquals(List.of("apologise", "colour", "organise"), us.stream().map(WritingIssue::text).toList());
    assertEquals("Possible spelling mistake. 'colour' is British English. Suggestion: color", us.get(1).explanation());
    assertEquals(List.of(), CHECKER.check("en", List.of("en-GB"), BRITISH, Set.of()).orElseThrow());
    List<WritingIssue> gb = CHECKER.check("en", List.of("en-GB"), AMERICAN, Set.of()).orElseThrow();
    assertEquals(List.of("color"), gb.stream().map(WritingIssue::text).toList());
    assertEquals(List.of("colour"), gb.get(0).suggestions());
  }

  @Test
  public void indianEnglishIsCheckedAsBritishAndSeveralVariantsMustAllObject() {
    assertEquals(List.of(), CHECKER.check("en", List.of("en-IN"), BRITISH, Set.of()).orElseThrow());
    assertEquals(List.of("color"), CHECKER.check("en", List.of("en-IN"), AMERICAN, Set.of()).orElseThrow().stream()
        .map(WritingIssue::text).toList());
    assertEquals(List.of(), CHECKER.check("en", List.of("en-GB", "en-US"), AMERICAN, Set.of()).orElseThrow());
    assertEquals(List.of(), CHECKER.check("el", List.of("en-GB"), "Σας ευχαριστούμε για το μήνυμά σας.", Set.of())
        .orElseThrow());
  }

  @Test
  public void variantTagsAreKnownWhateverTheirCase() {
    assertEquals("en-GB", WritingVariants.byTag("EN-gb").orElseThrow().tag());
    assertEquals("en-GB", WritingVariants.byTag("en-in").orElseThrow().checkedAs());
    assertTrue(WritingVariants.byTag("en-XX").isEmpty());
    assertEquals(List.of("en-US", "en-GB", "en-AU", "en-CA", "en-NZ", "en-ZA"), WritingVariants.checkedAs("en", List.of()));
    assertEquals(List.of("en-GB"), WritingVariants.checkedAs("en", List.of("en-IN", "en-GB", "el")));
  }
}
