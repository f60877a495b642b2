package servicesim.policy;

/**
 * How the customer's final mood (−5 … +5) maps to an outcome: {@code satisfied} from {@code satisfiedFrom},
 * {@code unsatisfied} at {@code unsatisfiedAtMost} or below, {@code neutral} between; {@code hung-up} whatever the mood.
 */
public record Outcomes(int satisfiedFrom, int unsatisfiedAtMost) {
  public static final Outcomes DEFAULT = new Outcomes(1, -2);

  public static final String SATISFIED = "satisfied";
  public static final String NEUTRAL = "neutral";
  public static final String UNSATISFIED = "unsatisfied";
  public static final String HUNG_UP = "hung-up";

  public String forMood(int mood) {
    if (mood >= satisfiedFrom) return SATISFIED;
    if (mood <= unsatisfiedAtMost) return UNSATISFIED;
    return NEUTRAL;
  }
}
