package servicesim.policy.acts;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import servicesim.files.Durations;

/**
 * Turns a concrete-timeline detection into the moment it promises, so that promised times can be checked on the
 * simulated clock (002: a clear time for the next step, and keeping to it). Sessions run in UTC.
 *
 * <ul>
 *   <li>a weekday is its next occurrence, today included, unless a {@code next-marker} ("next") asks for the one
 *       after today;</li>
 *   <li>a duration ("within 3 business days", "in 2 hours") counts from the message;</li>
 *   <li>a day ("by Friday", "tomorrow", "on 12 March") means the end of that day, or the given clock time on it;</li>
 *   <li>a clock time alone ("at 3pm") means its next occurrence.</li>
 * </ul>
 */
public final class Timeline {

  private Timeline() {}

  public static Optional<Instant> deadline(Detection detection, Instant said) {
    Duration duration = Duration.ZERO;
    Integer pendingNumber = null;
    Integer hour = null;
    Integer minute = null;
    boolean pm = false;
    boolean next = false;
    DayOfWeek weekday = null;
    LocalDate day = null;
    Integer dayOfMonth = null;
    Integer month = null;
    LocalDateTime now = LocalDateTime.ofInstant(said, ZoneOffset.UTC);

    for (PhrasePattern.Capture c : detection.captures()) {
      String v = c.value() == null ? "" : c.value();
      switch (c.className()) {
        case "number" -> pendingNumber = parseInt(v);
        case "unit" -> {
          Optional<Duration> unit = Durations.parse(v);
          if (unit.isPresent()) {
            duration = duration.plus(unit.get().multipliedBy(pendingNumber == null ? 1 : pendingNumber));
            pendingNumber = null;
          }
        }
        case "hour-marker" -> {
          if (pendingNumber != null) {
            hour = pendingNumber;
            minute = 0;
            pendingNumber = null;
          }
        }
        case "clock" -> {
          int[] hm = clock(v);
          if (hm != null) {
            hour = hm[0];
            minute = hm[1];
            if ((v.endsWith("pm") || v.endsWith("p")) && hour < 12) hour += 12;
          }
        }
        case "time-of-day" -> {
          try {
            LocalTime t = LocalTime.parse(v.length() == 4 ? "0" + v : v);
            hour = t.getHour();
            minute = t.getMinute();
          } catch (RuntimeException ignored) {
            // validated when the lexicon was loaded
          }
        }
        case "pm-marker" -> {
          pm = true;
          if (hour == null && pendingNumber != null) {
            // "at 3 pm": the number before the marker is the hour
            hour = pendingNumber;
            minute = 0;
            pendingNumber = null;
          }
        }
        case "next-marker" -> next = true;
        case "weekday" -> weekday = DayOfWeek.valueOf(v.toUpperCase(Locale.ROOT));
        case "relative-day", "same-day" -> day = Durations.parse(v)
            .map(d -> now.toLocalDate().plusDays(d.toDays())).orElse(day);
        case "day-of-month" -> dayOfMonth = parseInt(v);
        case "month" -> {
          month = parseInt(v);
          if (pendingNumber != null && dayOfMonth == null) {
            dayOfMonth = pendingNumber;
            pendingNumber = null;
          }
        }
        default -> { }
      }
    }
    if (weekday != null) {
      // "by Friday" said on a Friday means today; "next Friday" means the one after
      day = now.toLocalDate().with(next ? TemporalAdjusters.next(weekday) : TemporalAdjusters.nextOrSame(weekday));
    }
    if (month != null && dayOfMonth == null && pendingNumber != null) dayOfMonth = pendingNumber;
    if (month != null && dayOfMonth != null) {
      try {
        LocalDate d = LocalDate.of(now.getYear(), month, dayOfMonth);
        day = d.isBefore(now.toLocalDate()) ? d.plusYears(1) : d;
      } catch (RuntimeException ignored) {
        // "31 February": no deadline to check
      }
    }
    if (hour != null && pm && hour < 12) hour += 12;
    if (!duration.isZero()) return Optional.of(said.plus(duration));
    if (day != null) {
      LocalTime time = hour == null ? LocalTime.of(23, 59, 59) : LocalTime.of(hour % 24, minute == null ? 0 : minute);
      return Optional.of(LocalDateTime.of(day, time).toInstant(ZoneOffset.UTC));
    }
    if (hour != null) {
      LocalDateTime at = LocalDateTime.of(now.toLocalDate(), LocalTime.of(hour % 24, minute == null ? 0 : minute));
      if (!at.isAfter(now)) at = at.plusDays(1);
      return Optional.of(at.toInstant(ZoneOffset.UTC));
    }
    return Optional.empty();
  }

  private static int[] clock(String v) {
    String t = v.replaceAll("(am|pm|a|p)$", "");
    String[] parts = t.split("[:.]");
    try {
      int h = Integer.parseInt(parts[0]);
      int m = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return h <= 24 && m < 60 ? new int[] {h, m} : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer parseInt(String v) {
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
