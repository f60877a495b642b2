package servicesim.policy.transcript;

import java.time.Duration;
import java.util.Optional;

/**
 * What a scenario states about its situation; these decide which rules apply.
 *
 * @param proactive set when an internal alert comes before the customer notices (002)
 * @param resolution set when the issue is resolved over simulated time (002: keep the customer informed)
 */
public record Facts(
    boolean complaint,
    boolean companyAtFault,
    boolean outsideResponsibility,
    Severity severity,
    boolean resolvedOnTheSpot,
    Optional<Proactive> proactive,
    Optional<Resolution> resolution) {

  public static final Facts NONE =
      new Facts(false, false, false, Severity.NORMAL, false, Optional.empty(), Optional.empty());

  /** @param alertAt when the organisation learns of the problem, from the session start
   *  @param customerContactsAt when the customer would get in touch if nobody contacted them first */
  public record Proactive(Duration alertAt, Duration customerContactsAt, String alert) {}

  /** @param takes how long the fix takes in simulated time
   *  @param updateEvery the longest the customer may wait for a status update until then */
  public record Resolution(Duration takes, Duration updateEvery) {}

  public boolean multiStage() {
    return resolution.isPresent();
  }

  public boolean highSeverity() {
    return severity == Severity.HIGH;
  }
}
