package servicesim.policy.writing;

/** A spelling or grammar problem in a written message: where, what, and the checker's rule id. */
public record WritingIssue(int start, int end, String text, String message, String ruleId) {}
