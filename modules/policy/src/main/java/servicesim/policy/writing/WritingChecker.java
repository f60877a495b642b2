package servicesim.policy.writing;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks written messages for spelling and grammar in the languages it knows. */
public interface WritingChecker {

  /**
   * The issues in {@code text}, or empty when no checker exists for {@code language}.
   *
   * @param knownWords names the checker must not flag (the customer's, the agent's, the organisation's)
   */
  Optional<List<WritingIssue>> check(String language, String text, Set<String> knownWords);

  /** Languages this checker can check. */
  Set<String> languages();
}
