package servicesim.policy.transcript;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import servicesim.files.Durations;

/**
 * Times written in action fields (DESIGN.md, "Turns and timing"): ISO-8601 ({@code 2026-11-23T09:00:00Z}, with an
 * offset, or local, which means UTC as sessions run in UTC), or relative to the session start ({@code +2d}, {@code +3h}).
 */
public final class FieldTimes {

  private FieldTimes() {}

  public static Optional<Instant> parse(String value, Instant sessionStart) {
    if (value == null || value.isBlank()) return Optional.empty();
    String v = value.trim();
    if (v.startsWith("+")) return Durations.parse(v.substring(1)).map(sessionStart::plus);
    try {
      return Optional.of(OffsetDateTime.parse(v).toInstant());
    } catch (DateTimeParseException notOffset) {
      try {
        return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException notLocal) {
        return Optional.empty();
      }
    }
  }

  /** Whether {@code value} is a time in one of these forms (for checking files before any session starts). */
  public static boolean valid(String value) {
    return parse(value, Instant.EPOCH).isPresent();
  }
}
