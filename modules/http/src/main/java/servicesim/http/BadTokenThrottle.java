package servicesim.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bad bearer tokens per client, as a token bucket: a client may present {@code burst} bad tokens at once and one more
 * per {@code refill}; past that every request of that client is answered 429 until the bucket refills, so guessing
 * tokens costs time. Per node, in memory.
 */
final class BadTokenThrottle {

  static final int BURST = 10;
  static final Duration REFILL = Duration.ofSeconds(6);
  /** Clients tracked at most; full buckets are dropped first when there are more. */
  private static final int MAX_CLIENTS = 10_000;

  private record Bucket(double left, Instant at) {
    Bucket refilled(Instant now, int burst, Duration refill) {
      double gained = Duration.between(at, now).toNanos() / (double) refill.toNanos();
      return new Bucket(Math.min(burst, left + Math.max(0, gained)), now.isAfter(at) ? now : at);
    }
  }

  private final int burst;
  private final Duration refill;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  BadTokenThrottle(int burst, Duration refill) {
    this.burst = burst;
    this.refill = refill;
  }

  BadTokenThrottle() {
    this(BURST, REFILL);
  }

  /** How long the client must wait before presenting a token again, if it must. */
  Optional<Duration> retryAfter(String client, Instant now) {
    Bucket b = buckets.get(client);
    if (b == null) return Optional.empty();
    Bucket r = b.refilled(now, burst, refill);
    if (r.left() >= 1) return Optional.empty();
    return Optional.of(Duration.ofNanos((long) ((1 - r.left()) * refill.toNanos())));
  }

  /** The client presented a bad token. */
  void failed(String client, Instant now) {
    if (buckets.size() >= MAX_CLIENTS) forgetRested(now);
    buckets.compute(client, (k, b) -> {
      Bucket r = b == null ? new Bucket(burst, now) : b.refilled(now, burst, refill);
      return new Bucket(Math.max(0, r.left() - 1), r.at());
    });
  }

  private void forgetRested(Instant now) {
    buckets.entrySet().removeIf(e -> e.getValue().refilled(now, burst, refill).left() >= burst);
  }
}
