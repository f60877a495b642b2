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
}
