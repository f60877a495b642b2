package servicesim.files;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as scenario authors write them: {@code 500ms}, {@code 2s}, {@code 90m}, {@code 3h}, {@code 1d12h}, {@code 2w}. */
public final class Durations {

  private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:ms|s|m|h|d|w))+");
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d|w)");

  private Durations() {}

  public static Optional<Duration> parse(String text) {
    String t = text.trim().replace(" ", "");
    if (!WHOLE.matcher(t).matches()) return Optional.empty();
    Duration total = Duration.ZERO;
    Matcher m = PART.matcher(t);
    try {
      while (m.find()) {
        long n = Long.parseLong(m.group(1));
        total = total.plus(switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          case "d" -> Duration.ofDays(n);
          default -> Duration.ofDays(7 * n);
        });
      }
    } catch (ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.of(total);
  }

  /**
   * A measured duration as people read it in an explanation: whole seconds from a minute on ({@code 2m5s}), tenths
   * below ({@code 9.6s}), never milliseconds.
   */
  public static String readable(Duration d) {
    long tenths = Math.round(d.toMillis() / 100.0);
    if (tenths < 600 && tenths % 10 != 0) return String.format(java.util.Locale.ROOT, "%.1fs", tenths / 10.0);
    return format(Duration.ofSeconds(Math.round(d.toMillis() / 1000.0)));
  }

  /** The shortest way to write a duration back in the same notation. */
  public static String format(Duration d) {
    if (d.isZero()) return "0s";
    StringBuilder s = new StringBuilder();
    long days = d.toDays();
    if (days > 0) s.append(days).append('d');
    if (d.toHoursPart() > 0) s.append(d.toHoursPart()).append('h');
    if (d.toMinutesPart() > 0) s.append(d.toMinutesPart()).append('m');
    if (d.toSecondsPart() > 0) s.append(d.toSecondsPart()).append('s');
    if (d.toMillisPart() > 0) s.append(d.toMillisPart()).append("ms");
    return s.toString();
  }
}
