package servicesim.policy.transcript;

import java.util.List;

public enum Severity {
  NORMAL("normal"),
  HIGH("high");

  private final String id;

  Severity(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Severity byId(String id) {
    return "high".equals(id) ? HIGH : NORMAL;
  }

  public static List<String> ids() {
    return List.of("normal", "high");
  }

  @Override
  public String toString() {
    return id;
  }
}
