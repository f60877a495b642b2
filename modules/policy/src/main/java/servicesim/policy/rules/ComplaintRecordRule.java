package servicesim.policy.rules;

import servicesim.policy.transcript.FieldTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Normalizer;
import servicesim.policy.acts.Token;
import servicesim.policy.acts.Tokenizer;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.Customer;
import servicesim.policy.transcript.SessionEvent;

/**
 * 003 step 1: a complaint record with every field, whose values agree with the session. The last record counts (an
 * agent may correct a record by filing it again). The resolution time is needed only when it was solved on the spot.
 */
final class ComplaintRecordRule implements Rule {

  private static final String DONE_ON_THE_SPOT = "done-on-the-spot";

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    if (!session.transcript().facts().complaint()) return Judgement.notApplicable("not a complaint scenario");
    List<SessionEvent.AgentActionTaken> records = session.actions(ActionType.RECORD_COMPLAINT);
    if (records.isEmpty()) return Judgement.fail("no complaint record was filed", session.customerOpening());
    SessionEvent.AgentActionTaken record = records.get(records.size() - 1);
    Map<String, String> fields = record.fields();
    String status = value(fields, "solutionStatus");

    List<String> missing = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    for (String field : spec.fields()) {
      boolean required = !field.equals("resolvedAt") || DONE_ON_THE_SPOT.equals(status);
      if (required && value(fields, field).isEmpty()) missing.add(field);
    }
    if (!status.isEmpty() && !ActionType.SOLUTION_STATUSES.contains(status)) {
      invalid.add("solutionStatus '" + status + "' (" + String.join(" or ", ActionType.SOLUTION_STATUSES) + ")");
    }
    for (String field : List.of("receivedAt", "resolvedAt", "followUpAt")) {
      String v = value(fields, field);
      if (!v.isEmpty() && FieldTimes.parse(v, session.transcript().startedAt()).isEmpty()) {
        invalid.add(field + " '" + v + "' (not a time)");
      }
    }
    List<String> mismatched = mismatches(fields, session);

    List<String> problems = new ArrayList<>();
    if (!missing.isEmpty()) problems.add("missing " + String.join(", ", missing));
    if (!invalid.isEmpty()) problems.add("invalid " + String.join(", ", invalid));
    problems.addAll(mismatched);
    Evidence evidence = Evidence.of(record);
    if (problems.isEmpty()) return Judgement.pass("complete complaint record that agrees with the session", evidence);
    return Judgement.fail("complaint record: " + String.join("; ", problems), evidence);
  }

  private static List<String> mismatches(Map<String, String> fields, SessionAnalysis session) {
    Normalizer normalizer = session.detector().lexicon().normalizer();
    Customer customer = session.transcript().customer();
    // what the customer said in the session counts as much as what the scenario knows of them
    List<String> said = session.entries().stream()
        .filter(e -> e instanceof SessionEvent.CustomerMessageSent)
        .map(e -> ((SessionEvent.CustomerMessageSent) e).text()).toList();
    List<String> out = new ArrayList<>();
    check(out, fields, "customerName", customer.name(), said, v -> " " + words(normalizer, v, " ") + " ", 1);
    check(out, fields, "phone", customer.phone(), said, v -> v.replaceAll("\\D", ""), 7);
    check(out, fields, "email", customer.email(), said, v -> v.trim().toLowerCase(Locale.ROOT), 6);
    check(out, fields, "address", customer.address(), said, v -> words(normalizer, v, ""), 6);
    check(out, fields, "employeeName", session.transcript().agentName(), List.of(),
        v -> words(normalizer, v, " "), Integer.MAX_VALUE);
    return out;
  }

  /**
   * A field agrees when it is the scenario's value, or a value the customer gave in one of their messages
   * ({@code said}) at least {@code minLength} characters long once made comparable.
   */
  private static void check(List<String> out, Map<String, String> fields, String field, String expected,
      List<String> said, UnaryOperator<String> comparable, int minLength) {
    String given = value(fields, field);
    if (given.isEmpty() || expected == null || expected.isBlank()) return;
    String mine = comparable.apply(given);
    if (mine.equals(comparable.apply(expected))) return;
    if (mine.strip().length() >= minLength && said.stream().anyMatch(t -> comparable.apply(t).contains(mine))) return;
    out.add(field + " '" + given + "' does not match '" + expected + "'" + (said.isEmpty() ? "" : " nor what the customer said"));
  }

  /** The words of a value after the language's normalization, joined by {@code separator}: punctuation ignored. */
  private static String words(Normalizer normalizer, String value, String separator) {
    return Tokenizer.tokens(normalizer.apply(value)).stream()
        .map(Token::text)
        .collect(Collectors.joining(separator));
  }

  private static String value(Map<String, String> fields, String field) {
    return Optional.ofNullable(fields.get(field)).map(String::trim).orElse("");
  }
}
