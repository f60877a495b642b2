package servicesim.policy.assessment;

import static org.junit.Assert.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.InvalidFileException;
import servicesim.files.YamlFile;
import servicesim.policy.Repo;
import servicesim.policy.assessment.SelfAssessment.Band;

public class SelfAssessmentTest extends JUnitSuite {

  private static Map<String, List<Integer>> ratings(List<Integer> culture, List<Integer> products,
      List<Integer> feedback, List<Integer> knowing, List<Integer> ease, List<Integer> staff, List<Integer> improvement) {
    Map<String, List<Integer>> r = new LinkedHashMap<>();
    r.put("culture", culture);
    r.put("products", products);
    r.put("feedback", feedback);
    r.put("knowing-customers", knowing);
    r.put("ease-of-contact", ease);
    r.put("staff", staff);
    r.put("improvement", improvement);
    return r;
  }

  private static Map<String, List<Integer>> all(int rating) {
    Map<String, List<Integer>> r = new LinkedHashMap<>();
    for (SelfAssessment.Section s : SelfAssessment.SECTIONS) r.put(s.id(), java.util.Collections.nCopies(s.count(), rating));
    return r;
  }

  private static String problems(String yaml) {
    InvalidFileException e = org.junit.Assert.assertThrows(InvalidFileException.class,
        () -> SelfAssessmentLoader.load(YamlFile.parse("ratings.yaml", yaml)));
    return e.getMessage();
  }

  @Test
  public void sectionsFollowPolicyMdInOrderWithTheirStatementCounts() {
    assertEquals(List.of("culture", "products", "feedback", "knowing-customers", "ease-of-contact", "staff",
        "improvement"), SelfAssessment.sectionIds());
    assertEquals(List.of(4, 4, 3, 3, 3, 5, 3), SelfAssessment.SECTIONS.stream().map(SelfAssessment.Section::count).toList());
    assertEquals("We are committed to doing whatever it takes to have satisfied customers.",
        SelfAssessment.SECTIONS.get(0).statements().get(0));
    assertEquals("We fix problems quickly once they are found.", SelfAssessment.SECTIONS.get(6).statements().get(2));
  }

  @Test
  public void totalIsTheSumOfSectionMeans() {
    SelfAssessment.Result r = SelfAssessment.score(all(5));
    assertEquals(35.0, r.total(), 0);
    assertEquals(Band.ASSET, r.band());
    SelfAssessment.Result lowest = SelfAssessment.score(all(1));
    assertEquals(7.0, lowest.total(), 0);
    assertEquals(Band.AT_RISK, lowest.band());
  }

  @Test
  public void fractionalMeansGiveFractionalTotals() {
    SelfAssessment.Result r = SelfAssessment.score(ratings(List.of(5, 4, 4, 4), List.of(4, 4, 3, 4), List.of(5, 3, 4),
        List.of(4, 4, 3), List.of(4, 5, 3), List.of(4, 4, 4, 3, 5), List.of(4, 3, 4)));
    assertEquals(4.25, r.sections().get("culture"), 0);
    assertEquals(3.75, r.sections().get("products"), 0);
    assertEquals(11.0 / 3, r.sections().get("knowing-customers"), 1e-12);
    assertEquals(4.0, r.sections().get("staff"), 0);
    assertEquals(SelfAssessment.sectionIds(), List.copyOf(r.sections().keySet()));
    // 4.25 + 3.75 + 4 + 11/3 + 4 + 4 + 11/3 = 27 1/3
    assertEquals(27.0 + 1.0 / 3, r.total(), 1e-12);
    assertEquals(Band.ADEQUATE, r.band());
  }

  @Test
  public void bandBoundariesAreClosedAsPolicyMdWritesThem() {
    assertEquals(Band.ADEQUATE, Band.forTotal(27.99));
    assertEquals(Band.ASSET, Band.forTotal(28));
    assertEquals(Band.AT_RISK, Band.forTotal(20.99));
    assertEquals(Band.ADEQUATE, Band.forTotal(21));
    assertEquals(Band.ASSET, Band.forTotal(35));
    assertEquals(Band.AT_RISK, Band.forTotal(7));
  }

  @Test
  public void aTotalOfExactlyTwentyEightIsAnAssetEvenWhenTheMeansAreThirds() {
    // adding these means one by one in floating point gives 27.999999999999996
    SelfAssessment.Result r = SelfAssessment.score(ratings(List.of(4, 4, 3, 3), List.of(5, 5, 4, 4), List.of(5, 4, 4),
        List.of(4, 4, 5), List.of(3, 3, 4), List.of(5, 5, 5, 5, 5), List.of(3, 3, 3)));
    assertEquals(28.0, r.total(), 0);
    assertEquals(Band.ASSET, r.band());
  }

  @Test
  public void aTotalOfExactlyTwentyOneIsAdequateEvenWhenTheMeansAreThirds() {
    // adding these means one by one in floating point gives 20.999999999999996
    SelfAssessment.Result r = SelfAssessment.score(ratings(List.of(4, 4, 4, 4), List.of(2, 2, 2, 2), List.of(4, 4, 3),
        List.of(4, 3, 3), List.of(2, 2, 1), List.of(4, 4, 4, 4, 4), List.of(3, 2, 2)));
    assertEquals(21.0, r.total(), 0);
    assertEquals(Band.ADEQUATE, r.band());
  }

  @Test
  public void aRatingsFileLoadsAndScores() throws InvalidFileException {
    Map<String, List<Integer>> loaded = SelfAssessmentLoader.load(
        Repo.root().resolve("modules/policy/src/test/resources/assessments/example.yaml"));
    assertEquals(List.of(5, 4, 4, 4), loaded.get("culture"));
    SelfAssessment.Result r = SelfAssessment.score(loaded);
    assertEquals(27.0 + 1.0 / 3, r.total(), 1e-12);
    assertEquals("adequate", r.band().id());
  }

  @Test
  public void wrongCountsAndOutOfRangeRatingsAreLocated() {
    String yaml = String.join("\n",
        "culture: [5, 4, 4]",
        "products: [4, 4, 3, 4]",
        "feedback: [5, 3, 6]",
        "knowing-customers: [4, 4, 3]",
        "ease-of-contact: [4, 0, 3.5]",
        "staff: [4, 4, 4, 3, 5, 5]",
        "improvement: [4, three, 4]",
        "");
    assertEquals(String.join("\n",
        "ratings.yaml:1:10: 'culture' needs 4 ratings, one per statement; found 3",
        "ratings.yaml:3:18: 'feedback' rating 3 must be a whole number from 1 (never) to 5 (always), found '6'",
        "ratings.yaml:5:22: 'ease-of-contact' rating 2 must be a whole number from 1 (never) to 5 (always), found '0'",
        "ratings.yaml:5:25: 'ease-of-contact' rating 3 must be a whole number from 1 (never) to 5 (always), found '3.5'",
        "ratings.yaml:6:8: 'staff' needs 5 ratings, one per statement; found 6",
        "ratings.yaml:7:18: 'improvement' rating 2 must be a whole number from 1 (never) to 5 (always), found 'three'"),
        problems(yaml));
  }

  @Test
  public void unknownAndMissingSectionsAreLocated() {
    String yaml = String.join("\n",
        "cultur: [5, 4, 4, 4]",
        "products: [4, 4, 3, 4]",
        "feedback: 4",
        "knowing-customers: [4, 4, 3]",
        "ease-of-contact: [4, 5, 3]",
        "staff: [4, 4, 4, 3, 5]",
        "improvement: [4, 3, 4]",
        "");
    assertEquals(String.join("\n",
        "ratings.yaml:1:1: unknown section 'cultur' (did you mean 'culture'? sections: culture, products, feedback, "
            + "knowing-customers, ease-of-contact, staff, improvement)",
        "ratings.yaml:1:1: missing section 'culture' (4 ratings)",
        "ratings.yaml:3:11: 'feedback' needs 3 ratings, one per statement, as a list; found a text value"),
        problems(yaml));
  }

  @Test
  public void aFileThatIsNotAMappingIsRejected() {
    assertEquals("ratings.yaml:1:1: expected a self-assessment (one list of ratings per section: culture, products, "
        + "feedback, knowing-customers, ease-of-contact, staff, improvement), found a list", problems("- 5\n- 4\n"));
    assertEquals("ratings.yaml:1:1: expected a self-assessment (one list of ratings per section: culture, products, "
        + "feedback, knowing-customers, ease-of-contact, staff, improvement), found nothing", problems(""));
    org.junit.Assert.assertTrue(problems("culture: [4, 4\n").startsWith("ratings.yaml:2:1: YAML syntax: "));
  }
}
