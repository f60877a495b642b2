package servicesim.app.bench;

/**
 * A generated chat scenario whose scripted agent produces about {@code events} events per session: each turn is a
 * customer message and an agent reply, each about the size of a real one.
 */
final class BenchScenario {

  static final String ID = "bench-chat";
  static final String AGENT = "bench";

  private BenchScenario() {}

  /** Turns needed for roughly {@code events} events (start, end and a few mood changes come on top). */
  static int turns(int events) {
    return Math.max(1, (events - 4) / 2);
  }

  static String yaml(int turns) {
    StringBuilder y = new StringBuilder();
    y.append("id: ").append(ID).append('\n')
        .append("title: \"Benchmark: a long chat about a late order\"\n")
        .append("language: en\nchannel: chat\norganisation: Acme Electronics\n")
        .append("facts: {complaint: true, companyAtFault: true}\n")
        .append("customer: {name: Robin Lee, phone: \"+1 555 0111\", address: \"8 Mill Lane, Springfield\", mood: 0, ")
        .append("patience: 20, nudgeAfter: 2h, maxNudges: 0}\n")
        .append("script:\n");
    for (int i = 1; i <= turns; i++) {
        y.append("  - say: \"About order ").append(1000 + i)
            .append(": the parcel tracking page still shows it waiting at the depot, and I need it for the weekend.\"\n");
    }
    y.append("agents:\n  ").append(AGENT).append(":\n    name: Sam\n    steps:\n");
    for (int i = 1; i <= turns; i++) {
      y.append("      - say: \"Thank you for waiting. I'm sorry about order ").append(1000 + i)
          .append(": I have checked it with the depot and it will be delivered within 2 days.\"\n")
          .append("        after: 20s\n");
    }
    y.append("      - end\n");
    return y.toString();
  }
}
