package servicesim.policy.rules;

/** A rule's judgement of one session. */
public enum Verdict {
  PASS("pass"),
  FAIL("fail"),
  NOT_APPLICABLE("n/a");

  private final String id;

  Verdict(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Verdict byId(String id) {
    for (Verdict v : values()) if (v.id.equals(id)) return v;
    throw new IllegalArgumentException("unknown verdict '" + id + "' (pass, fail, n/a)");
  }

  @Override
  public String toString() {
    return id;
  }
}
