package servicesim.policy.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 003 part 3: an organisation rates itself from 1 (never) to 5 (always) on the statements of seven sections. A
 * section's score is the mean of its ratings; the total is the sum of the seven means (7–35), and the total falls in a
 * {@link Band}.
 */
public final class SelfAssessment {

  /** One section of the questionnaire, with its statements in the order they are rated. */
  public record Section(String id, String title, List<String> statements) {
    public int count() {
      return statements.size();
    }
  }

  /** The sections of POLICY.md, in order. */
  public static final List<Section> SECTIONS = List.of(
      new Section("culture", "Culture", List.of(
          "We are committed to doing whatever it takes to have satisfied customers.",
          "We try to do things right the first time.",
          "The owner sets the example that customer service matters.",
          "Customer needs come before our internal needs.")),
      new Section("products", "Products and sales material", List.of(
          "We take a partnership approach when selling.",
          "Our advertising promises only what we can deliver.",
          "We know which features of our products matter most to customers.",
          "We design new products from customer input.")),
      new Section("feedback", "Response to feedback", List.of(
          "We review complaints.",
          "We constantly ask customers for feedback.",
          "We regularly look for ways to remove errors based on customer input.")),
      new Section("knowing-customers", "Knowing customers", List.of(
          "We have determined what our customers expect.",
          "We talk with our customers often.",
          "All staff know what matters to our customers.")),
      new Section("ease-of-contact", "Ease of contact", List.of(
          "We are easy to deal with.",
          "We aim to resolve every complaint.",
          "We encourage \"stopping the customer\": catching them before they leave unhappy.")),
      new Section("staff", "Staff", List.of(
          "We respect our staff.",
          "All staff understand the product.",
          "All staff have the tools and skills to serve customers.",
          "All staff are encouraged to solve customer issues.",
          "All staff see customer satisfaction as part of their job.")),
      new Section("improvement", "Improvement", List.of(
          "We constantly improve our processes and products.",
          "We network with other groups to learn.",
          "We fix problems quickly once they are found.")));

  public static final int MIN_RATING = 1;
  public static final int MAX_RATING = 5;

  private SelfAssessment() {}

  public static Optional<Section> section(String id) {
    return SECTIONS.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public static List<String> sectionIds() {
    return SECTIONS.stream().map(Section::id).toList();
  }

  /** Where a total stands (POLICY.md bands, closed as written there since totals can be fractional). */
  public enum Band {
    ASSET("asset", "service is an asset"),
    ADEQUATE("adequate", "adequate, needs improvement overall"),
    AT_RISK("at-risk", "likely losing customers through poor service");

    private final String id;
    private final String meaning;

    Band(String id, String meaning) {
      this.id = id;
      this.meaning = meaning;
    }

    public String id() {
      return id;
    }

    public String meaning() {
      return meaning;
    }

    public static Band forTotal(double total) {
      if (total >= 28) return ASSET;
      if (total >= 21) return ADEQUATE;
      return AT_RISK;
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /** Section means in questionnaire order, their sum and its band. */
  public record Result(Map<String, Double> sections, double total, Band band) {}

  /**
   * Scores complete, valid ratings (as {@link SelfAssessmentLoader} returns them). The total is computed as one
   * division of a whole number, so a total of exactly 28 or 21 is never a hair below it.
   *
   * @throws IllegalArgumentException when a section is missing or has the wrong number of ratings
   */
  public static Result score(Map<String, List<Integer>> ratings) {
    Map<String, Double> means = new LinkedHashMap<>();
    long denominator = 1;
    for (Section s : SECTIONS) denominator = lcm(denominator, s.count());
    long numerator = 0;
    for (Section s : SECTIONS) {
      List<Integer> given = ratings.get(s.id());
      if (given == null || given.size() != s.count()) {
        throw new IllegalArgumentException("section '" + s.id() + "' needs " + s.count() + " ratings");
      }
      long sum = 0;
      for (int r : given) {
        if (r < MIN_RATING || r > MAX_RATING) throw new IllegalArgumentException("rating " + r + " is not 1 to 5");
        sum += r;
      }
      means.put(s.id(), (double) sum / s.count());
      numerator += sum * (denominator / s.count());
    }
    double total = (double) numerator / denominator;
    return new Result(Collections.unmodifiableMap(means), total, Band.forTotal(total));
  }

  private static long lcm(long a, long b) {
    return a / gcd(a, b) * b;
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
