package servicesim.http;

import java.util.Locale;
import java.util.Optional;

/** Who a request acts for: a role from its bearer token, and for a trainee the one trainee id it may act as. */
public record Principal(Role role, String traineeId) {

  public enum Role {
    TRAINER, TRAINEE, AUDITOR;

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
}
