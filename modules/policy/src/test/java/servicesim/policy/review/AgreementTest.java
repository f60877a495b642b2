package servicesim.policy.review;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;

/** Kappa statistics against textbook worked examples whose values are published. */
public class AgreementTest extends JUnitSuite {

  /** Two raters' yes/no answers from a 2x2 table: both yes, first yes only, second yes only, both no. */
  private static List<List<String>> twoByTwo(int yesYes, int yesNo, int noYes, int noNo) {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    add(first, second, yesYes, "yes", "yes");
    add(first, second, yesNo, "yes", "no");
    add(first, second, noYes, "no", "yes");
    add(first, second, noNo, "no", "no");
    return List.of(first, second);
  }

  private static void add(List<String> first, List<String> second, int n, String a, String b) {
    first.addAll(Collections.nCopies(n, a));
    second.addAll(Collections.nCopies(n, b));
  }

  @Test
  public void cohensKappaOfTheFiftyProposalsExampleIsZeroPointFour() {
    // 50 grant proposals read by two readers: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no; po 0.7, pe 0.5
    List<List<String>> r = twoByTwo(20, 5, 10, 15);
    assertEquals(0.7, Agreement.raw(r.get(0), r.get(1)), 1e-12);
    assertEquals(0.4, Agreement.cohen(r.get(0), r.get(1)), 1e-12);
  }

  @Test
  public void sameRawAgreementGivesDifferentKappasWhenMarginalsDiffer() {
    // both tables agree on 60 of 100; kappa 0.1304 where the raters' yes-rates are alike, 0.2593 where they are not
    List<List<String>> balanced = twoByTwo(45, 15, 25, 15);
    List<List<String>> skewed = twoByTwo(25, 35, 5, 35);
    assertEquals(0.6, Agreement.raw(balanced.get(0), balanced.get(1)), 1e-12);
    assertEquals(0.6, Agreement.raw(skewed.get(0), skewed.get(1)), 1e-12);
    assertEquals(0.1304, Agreement.cohen(balanced.get(0), balanced.get(1)), 1e-4);
    assertEquals(0.2593, Agreement.cohen(skewed.get(0), skewed.get(1)), 1e-4);
  }

  @Test
  public void fleissKappaOfFourteenRatersOverTenSubjectsIsZeroPointTwoOne() {
    // Fleiss (1971) style worked example: 10 subjects, 14 raters, 5 categories; P-bar 0.378, Pe-bar 0.213, kappa 0.210
    int[][] table = {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
    List<List<String>> subjects = new ArrayList<>();
    for (int[] row : table) {
      List<String> ratings = new ArrayList<>();
      for (int category = 0; category < row.length; category++) {
        ratings.addAll(Collections.nCopies(row[category], "c" + (category + 1)));
      }
      subjects.add(ratings);
    }
    assertEquals(0.378, Agreement.raw(subjects), 5e-4);
    assertEquals(0.2099, Agreement.fleiss(subjects), 1e-4);
  }

  @Test
  public void fleissKappaOfTwoRatersIsScottsPiNotCohensKappa() {
    // with two raters Fleiss' kappa pools the marginals (Scott's pi): 0.6 - 0.5 / 0.5 for the balanced table above
    List<List<String>> r = twoByTwo(45, 15, 25, 15);
    List<List<String>> subjects = new ArrayList<>();
    for (int i = 0; i < r.get(0).size(); i++) subjects.add(List.of(r.get(0).get(i), r.get(1).get(i)));
    // pooled yes share 0.65: pe = 0.65^2 + 0.35^2 = 0.545; pi = (0.6 - 0.545) / 0.455
    assertEquals((0.6 - 0.545) / 0.455, Agreement.fleiss(subjects), 1e-12);
  }

  @Test
  public void perfectAgreementIsOneAndUniformRatingsLeaveKappaUndefined() {
    assertEquals(1.0, Agreement.cohen(List.of("pass", "fail", "pass"), List.of("pass", "fail", "pass")), 1e-12);
    assertTrue(Double.isNaN(Agreement.cohen(List.of("pass", "pass"), List.of("pass", "pass"))));
    assertTrue(Double.isNaN(Agreement.fleiss(List.of(List.of("pass", "pass", "pass")))));
  }

  @Test
  public void ratersOverDifferentSubjectsAreRefused() {
    org.junit.Assert.assertThrows(IllegalArgumentException.class,
        () -> Agreement.cohen(List.of("pass"), List.of("pass", "fail")));
    org.junit.Assert.assertThrows(IllegalArgumentException.class,
        () -> Agreement.fleiss(List.of(List.of("pass", "fail", "pass"), List.of("pass", "fail"))));
  }
}
