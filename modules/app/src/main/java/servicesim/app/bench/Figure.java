package servicesim.app.bench;

/**
 * One measured figure: its value, and where it has one, its ratio to the physical baseline and its target.
 *
 * @param ratio   value ÷ baseline value (null when there is no baseline for it)
 * @param target  the target as text ("≥ 0.5× insert", "≤ 20 ms"), null when there is none
 * @param met     whether the target is met, null when there is none
 */
public record Figure(String name, double value, String unit, String baseline, Double ratio, String target, Boolean met) {

  static Figure plain(String name, double value, String unit) {
    return new Figure(name, value, unit, null, null, null, null);
  }

  static Figure against(String name, double value, String unit, String baseline, double baselineValue,
      double minimumRatio) {
    double ratio = value / baselineValue;
    return new Figure(name, value, unit, baseline, ratio, "≥ " + minimumRatio + "× " + baseline, ratio >= minimumRatio);
  }

  static Figure atMost(String name, double value, String unit, double limit) {
    return new Figure(name, value, unit, null, null, "≤ " + fmt(limit) + " " + unit, value <= limit);
  }

  static Figure atLeast(String name, double value, String unit, double limit) {
    return new Figure(name, value, unit, null, null, "≥ " + fmt(limit) + " " + unit, value >= limit);
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
