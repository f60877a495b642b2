package servicesim.scenario;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import servicesim.files.Durations;

/**
 * Times written in action fields: ISO-8601 ({@code 2026-03-12T15:00:00Z}, {@code 2026-03-12T15:00}) or relative to the
 * session start ({@code +2d}, {@code +3h}, {@code +0s}). Sessions run in UTC.
 */
public final class FieldTimes {

  private FieldTimes() {}

  public static boolean valid(String text) {
    return resolve(text, Instant.EPOCH).isPresent();
  }

  public static Optional<Instant> resolve(String text, Instant sessionStart) {
    String t = text.trim();
    if (t.startsWith("+")) return Durations.parse(t.substring(1)).map(sessionStart::plus);
    try {
      return Optional.of(Instant.parse(t));
    } catch (DateTimeParseException ignored) {
      // try the other ISO forms
    }
    try {
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException ignored) {
      // try a local date-time
    }
    try {
      return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
