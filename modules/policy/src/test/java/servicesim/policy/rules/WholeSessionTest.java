package servicesim.policy.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;
import servicesim.policy.scoring.SessionScore;

/** Whole sessions of DESIGN.md's sample scenario (a defective unit, the company at fault) under the default policy. */
public class WholeSessionTest extends JUnitSuite {

  private static TranscriptBuilder refundDefectiveUnit() {
    return TranscriptBuilder.phone().companyAtFault()
        .question("refund-timeline", "business days", "by friday", "within");
  }

  private static Map<String, String> record() {
    Map<String, String> r = new HashMap<>();
    r.put("customerName", "Maria Lopez");
    r.put("address", "12 Elm Street, Springfield");
    r.put("phone", "+1 555 0100");
    r.put("employeeName", "Sam");
    r.put("receivedAt", "+4s");
    r.put("nature", "unit incompatible although the website listed it as compatible");
    r.put("agreedSolution", "replacement unit and full refund");
    r.put("solutionStatus", "promised");
    r.put("stepsTaken", "replacement ordered, refund issued");
    r.put("followUpAt", "+2d");
    r.put("compensation", "free express delivery");
    r.put("prevention", "correct the compatibility list on the website");
    return r;
  }

  @Test
  public void byTheBookAgentPassesEveryApplicableRule() {
    SessionScore score = Judge.score(refundDefectiveUnit()
        .after(Duration.ofSeconds(4))
        .agent("Thank you for calling Acme Electronics, this is Sam. How can I help you?")
        .after(Duration.ofSeconds(2))
        .customerPart("Hi. The unit I ordered from your website doesn't work with my system.")
        .after(Duration.ofSeconds(2))
        .customer("It says it's compatible on your site, but it isn't.")
        .after(Duration.ofSeconds(3))
        .agent("I'm sorry about that. Just to confirm, the unit doesn't work with your system although our site said "
            + "it was compatible?")
        .after(Duration.ofSeconds(2))
        .customer("Yes, exactly.")
        .after(Duration.ofSeconds(3))
        .agent("That's our mistake, the website listed it wrongly. How would you like us to put this right?")
        .after(Duration.ofSeconds(2))
        .customerAsks("I'd like a unit that works, and my money back for this one. When will I get my money back?",
            "refund-timeline")
        .after(Duration.ofSeconds(3))
        .action("resolve", Map.of("how", "replacement unit and full refund"))
        .action("offer-compensation", Map.of("what", "free express delivery"))
        .action("schedule-follow-up", Map.of("at", "+2d", "contactName", "Sam", "contactPhone", "+1 555 0123"))
        .action("record-complaint", record())
        .agent("I've arranged a replacement and a full refund; you'll have the refund within 3 business days, and "
            + "express delivery is free. I'll call you on Wednesday to check the new unit works, and you can reach "
            + "me, Sam, on 555 0123. Are you happy with this solution?")
        .after(Duration.ofSeconds(2))
        .customer("Yes, thank you.")
        .after(Duration.ofSeconds(3))
        .agent("Is there anything else I can help you with?")
        .after(Duration.ofSeconds(2))
        .customer("No, that's all.")
        .after(Duration.ofSeconds(3))
        .agent("Thank you for calling Acme Electronics. Goodbye!")
        .end("satisfied"));

    String failures = score.verdicts().stream().filter(RuleVerdict::failed)
        .map(v -> v.id() + ": " + v.explanation()).collect(Collectors.joining("; "));
    assertEquals(failures, 100.0, score.score(), 0);
    assertTrue(score.passed());
    assertEquals("satisfied", score.outcome());
    List<String> notApplicable = score.verdicts().stream().filter(v -> v.verdict() == Verdict.NOT_APPLICABLE)
        .map(RuleVerdict::id).toList();
    assertEquals(List.of("escalation", "keep-informed", "proactive-contact", "written-quality", "no-ignored-messages"),
        notApplicable);
    // rules that pass because something never happened have nothing to point at; every other pass has evidence
    List<String> passOnAbsence = List.of("courtesy", "no-policy-as-weapon", "let-customer-finish", "no-vague-promises");
    for (RuleVerdict v : score.verdicts()) {
      if (v.passed() && !passOnAbsence.contains(v.id())) assertFalse(v.id(), v.evidence().isEmpty());
    }
  }

  @Test
  public void agentHidingBehindPolicyFailsTheSessionWhateverTheScore() {
    SessionScore score = Judge.score(refundDefectiveUnit()
        .after(Duration.ofSeconds(4))
        .agent("Acme Electronics, Sam speaking, how can I help?")
        .customer("The unit I ordered doesn't work with my system, and your site said it would.")
        .agent("Sorry, but that's company policy: no refunds on opened items.")
        .customer("So your policy matters more than your customer?")
        .hangUp("Forget it. I'll take my business elsewhere."));
    assertFalse(score.passed());
    assertEquals(List.of("no-policy-as-weapon"), score.criticalFailures());
    assertEquals("hung-up", score.outcome());
    RuleVerdict closing = score.verdict("closing-check").orElseThrow();
    assertEquals("never asked whether there was anything else: the customer hung up first", closing.explanation());
  }
}
