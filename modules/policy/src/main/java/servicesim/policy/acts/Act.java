package servicesim.policy.acts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an agent's message does, as detected by the lexicons. The ids are fixed (POLICY.md, "Acts detected in text"). */
public enum Act {
  OWN_NAME("own-name"),
  ORG_NAME("org-name"),
  OFFER_HELP("offer-help"),
  APOLOGY("apology"),
  CONFIRM_UNDERSTANDING("confirm-understanding"),
  ACCEPT_RESPONSIBILITY("accept-responsibility"),
  ASK_PREFERENCE("ask-preference"),
  CHECK_SATISFACTION("check-satisfaction"),
  ANYTHING_ELSE("anything-else"),
  POLICY_AS_WEAPON("policy-as-weapon"),
  DISCOURTESY("discourtesy"),
  VAGUE_PROMISE("vague-promise"),
  CONCRETE_TIMELINE("concrete-timeline"),
  ESCALATION("escalation"),
  /** Tells the customer what happens next or what is expected of them (004 letters: "what is expected"). */
  NEXT_STEP("next-step"),
  /** Takes the customer's name and contact details to come back to them (004 in person). */
  TAKE_DETAILS("take-details"),
  /** Asks the customer for one of their details (name, phone, address, email, something they know): the detection's
   * {@link Detection#detail()} names which. The lexicon's {@code ask-detail} block holds its phrases, per detail. */
  ASK_DETAIL("ask-detail");

  private final String id;

  Act(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Acts a lexicon defines with phrases; own-name and org-name come from the scenario instead. */
  public boolean fromLexicon() {
    return this != OWN_NAME && this != ORG_NAME;
  }

  public static Optional<Act> byId(String id) {
    return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Act::id).toList();
  }

  public static List<String> lexiconIds() {
    return Arrays.stream(values()).filter(Act::fromLexicon).map(Act::id).toList();
  }

  /** True for the acts that labelled lines mark (ACTS.md); next-step, take-details and ask-detail serve rules only. */
  public boolean labelled() {
    return this != NEXT_STEP && this != TAKE_DETAILS && this != ASK_DETAIL;
  }

  public static List<Act> labelledActs() {
    return Arrays.stream(values()).filter(Act::labelled).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
