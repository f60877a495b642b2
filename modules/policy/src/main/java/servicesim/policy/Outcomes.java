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

  public static final java.util.List<String> ALL = java.util.List.of(SATISFIED, NEUTRAL, UNSATISFIED, HUNG_UP);

  /** Customers who ended unsatisfied or hung up: those who tell 9–15 others (003), counted in the likely reach. */
  public static boolean unhappy(String outcome) {
    return UNSATISFIED.equals(outcome) || HUNG_UP.equals(outcome);
  }

  public String forMood(int mood) {
    if (mood >= satisfiedFrom) return SATISFIED;
    if (mood <= unsatisfiedAtMost) return UNSATISFIED;
    return NEUTRAL;
  }
}
