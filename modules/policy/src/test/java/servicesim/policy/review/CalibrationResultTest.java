package servicesim.policy.review;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.rules.Verdict;

/** A calibration's figures per rule and overall, and the sessions on which reviewers split. */
public class CalibrationResultTest extends JUnitSuite {

  private static final List<String> SESSIONS = List.of("s1", "s2", "s3", "s4");
  private static final List<String> RULES = List.of("greeting", "apologize");

  private static Map<String, Map<String, Verdict>> scored(String greeting, String apologize) {
    Map<String, Map<String, Verdict>> bySession = new LinkedHashMap<>();
    for (int i = 0; i < SESSIONS.size(); i++) {
      bySession.put(SESSIONS.get(i), Map.of("greeting", v(greeting.charAt(i)), "apologize", v(apologize.charAt(i))));
    }
    return bySession;
  }

  private static Verdict v(char c) {
    return c == 'p' ? Verdict.PASS : c == 'f' ? Verdict.FAIL : Verdict.NOT_APPLICABLE;
  }

  @Test
  public void twoReviewersGetCohensKappaPerRuleAndAgreementWithTheMachine() {
    Map<String, Map<String, Map<String, Verdict>>> ratings = Map.of(
        "ann", scored("ppff", "pppf"),
        "bob", scored("pfff", "pppf"));
    Map<String, Map<String, Verdict>> machine = scored("ffff", "pppp");
    CalibrationResult r = CalibrationResult.of(RULES, SESSIONS, List.of("ann", "bob"), ratings, machine);
    assertEquals(CalibrationResult.COHEN, r.method());
    assertEquals(SESSIONS, r.complete());
    CalibrationResult.RuleAgreement greeting = r.rules().get(0);
    // ann p p f f, bob p f f f: po 0.75, pe 0.5*0.25 + 0.5*0.75 = 0.5, kappa 0.5
    assertEquals(0.75, greeting.agreement(), 1e-12);
    assertEquals(0.5, greeting.kappa(), 1e-12);
    assertEquals(5 / 8.0, greeting.machineAgreement(), 1e-12);
    CalibrationResult.RuleAgreement apologize = r.rules().get(1);
    assertEquals(1.0, apologize.agreement(), 1e-12);
    assertEquals(1.0, apologize.kappa(), 1e-12);
    assertEquals(6 / 8.0, apologize.machineAgreement(), 1e-12);
    assertEquals(List.of(new CalibrationResult.Split("s2", 1, List.of("greeting"))), r.splits());
  }

  @Test
  public void threeReviewersGetFleissKappaAndOnlyFullyScoredSessionsCount() {
    Map<String, Map<String, Map<String, Verdict>>> ratings = new LinkedHashMap<>();
    ratings.put("ann", scored("ppff", "pppf"));
    ratings.put("bob", scored("pfff", "pppf"));
    Map<String, Map<String, Verdict>> cyd = new LinkedHashMap<>(scored("ppfp", "ppff"));
    cyd.remove("s4");
    ratings.put("cyd", cyd);
    CalibrationResult r = CalibrationResult.of(RULES, SESSIONS, List.of("ann", "bob", "cyd"), ratings, Map.of());
    assertEquals(CalibrationResult.FLEISS, r.method());
    assertEquals(List.of("s1", "s2", "s3"), r.complete());
    // greeting over s1..s3: ppp, pfp, fff -> P-bar (1 + 1/3 + 1) / 3; pooled pass 5/9
    double pBar = (1 + 1 / 3.0 + 1) / 3;
    double pe = Math.pow(5 / 9.0, 2) + Math.pow(4 / 9.0, 2);
    assertEquals((pBar - pe) / (1 - pe), r.rules().get(0).kappa(), 1e-12);
    assertTrue(Double.isNaN(r.rules().get(0).machineAgreement()));
    assertEquals(2, r.splits().size());
  }
}
