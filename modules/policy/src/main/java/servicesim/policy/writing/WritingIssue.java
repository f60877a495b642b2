package servicesim.policy.writing;

import java.util.List;

/**
 * A spelling or grammar problem in a written message: where, the checker's message saying what is wrong, its
 * suggested replacements (best first, possibly none) and its rule id.
 */
public record WritingIssue(int start, int end, String text, String message, List<String> suggestions, String ruleId) {

  /** "Possible spelling mistake found. Suggestion: replacement" — what a trainee reads. */
  public String explanation() {
    return suggestions.isEmpty() ? message : message + " Suggestion: " + String.join(" or ", suggestions);
  }
}
