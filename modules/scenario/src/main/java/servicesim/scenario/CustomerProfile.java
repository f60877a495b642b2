package servicesim.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated customer: details a complaint record must repeat, the starting mood (−5 … +5), the patience
 * (unhelpful replies tolerated before giving up), how long they wait in silence before nudging, and how often; what
 * else they can tell when asked ({@code knows}) and how they would like it put right ({@code prefers}, may be null).
 */
public record CustomerProfile(String name, String phone, String email, String address, int mood, int patience,
    Duration nudgeAfter, int maxNudges, Map<String, Known> knows, String prefers) {

  /** Details every customer can be asked for, besides the keys of {@code knows}. */
  public static final List<String> DETAILS = List.of("name", "phone", "address", "email");

  /**
   * Something the customer knows and tells when asked.
   *
   * @param askedBy phrases (in the lexicon's syntax) that ask for it, besides the lexicon's own for the key
   */
  public record Known(String value, List<String> askedBy) {}

  public CustomerProfile(String name, String phone, String email, String address, int mood, int patience,
      Duration nudgeAfter, int maxNudges) {
    this(name, phone, email, address, mood, patience, nudgeAfter, maxNudges, Map.of(), null);
  }

  /** What the customer answers when asked for {@code detail}, or empty when they do not know it. */
  public Optional<String> detail(String detail) {
    Known known = knows.get(detail);
    if (known != null) return Optional.of(known.value());
    String value = switch (detail) {
      case "name" -> name;
      case "phone" -> phone;
      case "address" -> address;
      case "email" -> email;
      default -> null;
    };
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }
}
