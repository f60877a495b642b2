package servicesim.policy.acts;

/** A word of normalized text, with the span of the original text it covers. */
public record Token(String text, int start, int end) {}
