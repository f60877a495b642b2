package servicesim.scenario;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;
import org.junit.Assert;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.acts.Act;

public class GuardTest extends JUnitSuite {

  private static Guard.Facts facts(Set<Act> acts, Set<String> actions, int mood) {
    return new Guard.Facts() {
      public boolean agentShowed(Act act) {
        return acts.contains(act);
      }

      public boolean agentTook(servicesim.policy.transcript.ActionType type) {
        return actions.contains(type.id());
      }

      public boolean answered(String q) {
        return q.equals("when");
      }

      public boolean interrupted() {
        return false;
      }

      public boolean contactedFirst() {
        return false;
      }

      public int mood() {
        return mood;
      }

      public int patience() {
        return 2;
      }
    };
  }

  @Test
  public void andBindsTighterThanOr() {
    Guard g = Guard.parse("agent.apologized and agent.resolved or mood >= 3");
    assertTrue(g.test(facts(Set.of(Act.APOLOGY), Set.of("resolve"), 0)));
    assertFalse(g.test(facts(Set.of(Act.APOLOGY), Set.of(), 0)));
    assertTrue(g.test(facts(Set.of(), Set.of(), 3)));
  }

  @Test
  public void negationAndGenericTermsWork() {
    assertTrue(Guard.parse("not agent.used-policy").test(facts(Set.of(), Set.of(), 0)));
    assertTrue(Guard.parse("agent.said.concrete-timeline").test(facts(Set.of(Act.CONCRETE_TIMELINE), Set.of(), 0)));
    assertTrue(Guard.parse("agent.action.escalate").test(facts(Set.of(), Set.of("escalate"), 0)));
    assertTrue(Guard.parse("agent.escalated").test(facts(Set.of(Act.ESCALATION), Set.of(), 0)));
    assertTrue(Guard.parse("agent.answered.when and patience > 1").test(facts(Set.of(), Set.of(), 0)));
    assertTrue(Guard.parse("mood<0").test(facts(Set.of(), Set.of(), -1)));
    assertEquals(Set.of("when"), Guard.parse("agent.answered.when or not agent.answered.when").questionIds());
  }

  @Test
  public void malformedGuardsSayWhatIsWrong() {
    assertTrue(message("agent.sorry").contains("references nothing"));
    assertTrue(message("agent.apologized agent.resolved").contains("missing 'and' or 'or'"));
    assertTrue(message("and agent.resolved").contains("must join two conditions"));
    assertTrue(message("mood >> 2").contains("must be compared with a number"));
    assertTrue(message("customer.happy").contains("references nothing"));
  }

  private static String message(String guard) {
    IllegalArgumentException e = Assert.assertThrows(IllegalArgumentException.class, () -> Guard.parse(guard));
    return e.getMessage();
  }
}
