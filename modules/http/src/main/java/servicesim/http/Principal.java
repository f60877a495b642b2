package servicesim.http;

import java.util.Locale;
import java.util.Optional;

/**
 * Who a request acts for: a role and the id of its bearer token (a reviewer, whom a trainer invites to review
 * sessions and calibrate, is known by it); for a trainee, the one trainee it acts as and the
 * workshop it acts in (none only for the first start's trainee token, which acts as its trainee wherever that trainee
 * plays live).
 */
public record Principal(Role role, String tokenId, String traineeId, String workshopId) {

  public enum Role {
    ADMIN, TRAINER, TRAINEE, AUDITOR, REVIEWER;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> byId(String id) {
      for (Role r : values()) if (r.id().equals(id)) return Optional.of(r);
      return Optional.empty();
    }
  }

  public boolean is(Role r) {
    return role == r;
  }

  /** Whether this caller is the trainee who plays, in this workshop, as this trainee. */
  public boolean playsAs(String workshopId, String traineeId) {
    return role == Role.TRAINEE && this.traineeId.equals(traineeId)
        && (this.workshopId == null || this.workshopId.equals(workshopId));
  }
}
