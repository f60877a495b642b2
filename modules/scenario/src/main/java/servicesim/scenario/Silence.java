package servicesim.scenario;

import java.time.Duration;
import servicesim.policy.Channel;

/**
 * How long a customer waits in silence before nudging, and how many nudges before giving up, by channel. A phone
 * caller is quicker to give up than someone who wrote a letter. Scenarios override both per customer.
 */
public record Silence(Duration nudgeAfter, int maxNudges) {

  public static Silence forChannel(Channel channel) {
    if (channel == null) return new Silence(Duration.ofSeconds(30), 2);
    return switch (channel) {
      case PHONE -> new Silence(Duration.ofSeconds(30), 2);
      case IN_PERSON -> new Silence(Duration.ofSeconds(45), 2);
      case CHAT -> new Silence(Duration.ofMinutes(2), 2);
      case EMAIL -> new Silence(Duration.ofHours(48), 1);
      case LETTER -> new Silence(Duration.ofDays(14), 1);
      case VOICEMAIL -> new Silence(Duration.ofHours(24), 1);
    };
  }
}
