package servicesim.policy.transcript;

import java.util.List;

/**
 * A question the customer asks, and what counts as an answer: phrases in the lexicon pattern syntax, or
 * {@code act:<id>} for any message showing that act (e.g. {@code act:concrete-timeline}).
 */
public record Question(String id, List<String> answeredBy) {}
