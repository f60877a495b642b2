package servicesim.scenario.workshop;

/** A workshop participant: scripted (plays the named agent script of every scenario that has it) or live. */
public record Trainee(String id, String name, String agent, boolean live) {
  public boolean scripted() {
    return !live;
  }
}
