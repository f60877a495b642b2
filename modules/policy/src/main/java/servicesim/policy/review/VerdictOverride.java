package servicesim.policy.review;

import java.time.Instant;
import servicesim.policy.rules.Verdict;

/**
 * A reviewer's correction of one rule's verdict: the machine's verdict it was made against, the final verdict before
 * it, the verdict after it, why, and who made it.
 */
public record VerdictOverride(String ruleId, Verdict machine, Verdict before, Verdict after, String reason, String by,
    Instant at) {}
