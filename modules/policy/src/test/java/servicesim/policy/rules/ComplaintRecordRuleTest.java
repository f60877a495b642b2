package servicesim.policy.rules;

import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.verdict;

import java.util.HashMap;
import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;

public class ComplaintRecordRuleTest extends JUnitSuite {

  /** A record that agrees with the builder's default customer (Maria Lopez) and agent (Sam). */
  private static Map<String, String> completeRecord() {
    Map<String, String> r = new HashMap<>();
    r.put("customerName", "Maria Lopez");
    r.put("address", "12 Elm Street, Springfield");
    r.put("phone", "+1 555 0100");
    r.put("employeeName", "Sam");
    r.put("receivedAt", "2026-11-23T09:00:10Z");
    r.put("nature", "incompatible unit");
    r.put("agreedSolution", "replacement and refund");
    r.put("solutionStatus", "promised");
    r.put("stepsTaken", "replacement ordered");
    r.put("followUpAt", "+2d");
    r.put("compensation", "20% voucher");
    r.put("prevention", "correct the compatibility list on the website");
    return r;
  }

  private static TranscriptBuilder complaintWith(Map<String, String> record) {
    return TranscriptBuilder.phone().complaint().customer("The unit doesn't work.").action("record-complaint", record);
  }

  @Test
  public void completeConsistentRecordPassesComplaintRecord() {
    RuleVerdict v = verdict("complaint-record", complaintWith(completeRecord()));
    assertVerdict(v, Verdict.PASS, "complete complaint record that agrees with the session", 2);
  }

  @Test
  public void valuesAreComparedIgnoringCaseSpacingPunctuationAndPhoneFormat() {
    Map<String, String> r = completeRecord();
    r.put("customerName", "  maria   LOPEZ ");
    r.put("address", "12 Elm St reet Springfield.");
    r.put("phone", "(1) 555-0100");
    r.put("employeeName", "sam");
    r.put("receivedAt", "2026-11-23T09:00:10");
    RuleVerdict v = verdict("complaint-record", complaintWith(r));
    assertVerdict(v, Verdict.PASS, "complete complaint record that agrees with the session", 2);
  }

  @Test
  public void resolutionTimeIsRequiredOnlyWhenDoneOnTheSpot() {
    Map<String, String> r = completeRecord();
    r.put("solutionStatus", "done-on-the-spot");
    RuleVerdict v = verdict("complaint-record", complaintWith(r));
    assertVerdict(v, Verdict.FAIL, "complaint record: missing resolvedAt", 2);
    r.put("resolvedAt", "+0s");
    assertVerdict(verdict("complaint-record", complaintWith(r)), Verdict.PASS,
        "complete complaint record that agrees with the session", 2);
  }

  @Test
  public void missingInvalidAndMismatchedFieldsAreAllListed() {
    Map<String, String> r = completeRecord();
    r.remove("address");
    r.put("prevention", " ");
    r.put("solutionStatus", "maybe");
    r.put("followUpAt", "next week");
    r.put("customerName", "Mario Lopez");
    r.put("phone", "+1 555 0199");
    r.put("employeeName", "Alex");
    RuleVerdict v = verdict("complaint-record", complaintWith(r));
    assertVerdict(v, Verdict.FAIL, "complaint record: missing address, prevention; "
        + "invalid solutionStatus 'maybe' (done-on-the-spot or promised), followUpAt 'next week' (not a time); "
        + "customerName 'Mario Lopez' does not match 'Maria Lopez' nor what the customer said; "
        + "phone '+1 555 0199' does not match '+1 555 0100' nor what the customer said; "
        + "employeeName 'Alex' does not match 'Sam'", 2);
  }

  @Test
  public void valuesTheCustomerGaveCountAsMuchAsTheScenariosOwn() {
    Map<String, String> r = completeRecord();
    r.put("customerName", "Maria Lopez-Ruiz");
    r.put("phone", "7700-900-123");
    r.put("address", "Flat 2, 12 Elm Street");
    TranscriptBuilder t = TranscriptBuilder.phone().complaint().customer("The unit doesn't work.")
        .customer("My name is Maria Lopez-Ruiz. My number is +44 7700 900123. My address is Flat 2, 12 Elm Street.")
        .action("record-complaint", r);
    assertVerdict(verdict("complaint-record", t), Verdict.PASS, "complete complaint record that agrees with the session",
        3);
    r.put("phone", "7700 900999");
    assertVerdict(verdict("complaint-record", TranscriptBuilder.phone().complaint().customer("My number is +44 7700 900123.")
        .action("record-complaint", r)), Verdict.FAIL,
        "complaint record: customerName 'Maria Lopez-Ruiz' does not match 'Maria Lopez' nor what the customer said; "
        + "phone '7700 900999' does not match '+1 555 0100' nor what the customer said; "
        + "address 'Flat 2, 12 Elm Street' does not match '12 Elm Street, Springfield' nor what the customer said", 2);
  }

  @Test
  public void theLastRecordCounts() {
    Map<String, String> first = completeRecord();
    first.remove("nature");
    RuleVerdict v = verdict("complaint-record", complaintWith(completeRecord()).action("record-complaint", first));
    assertVerdict(v, Verdict.FAIL, "complaint record: missing nature", 3);
    RuleVerdict corrected = verdict("complaint-record", complaintWith(first).action("record-complaint", completeRecord()));
    assertVerdict(corrected, Verdict.PASS, "complete complaint record that agrees with the session", 3);
  }

  @Test
  public void noRecordFailsComplaintRecord() {
    RuleVerdict v = verdict("complaint-record", TranscriptBuilder.phone().complaint()
        .customer("The unit doesn't work.").agent("I'm sorry."));
    assertVerdict(v, Verdict.FAIL, "no complaint record was filed", 1);
  }

  @Test
  public void complaintRecordDoesNotApplyWithoutAComplaint() {
    RuleVerdict v = verdict("complaint-record", TranscriptBuilder.phone().customer("Do you deliver?"));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "not a complaint scenario");
  }
}
