package servicesim.policy.writing;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks written messages for spelling and grammar in the languages it knows. */
public interface WritingChecker {

  /**
   * The issues in {@code text}, or empty when no checker exists for {@code language}.
   *
   * @param variants the variants a policy accepts (en-GB, en-US, en-IN ...); an issue counts only when every
   *     accepted variant of the text's language reports it; none of that language means any variant is accepted
   * @param knownWords names the checker must not flag (the customer's, the agent's, the organisation's)
   */
  Optional<List<WritingIssue>> check(String language, List<String> variants, String text, Set<String> knownWords);

  /** The issues when any variant of the language is accepted. */
  default Optional<List<WritingIssue>> check(String language, String text, Set<String> knownWords) {
    return check(language, List.of(), text, knownWords);
  }

  /** Languages this checker can check. */
  Set<String> languages();

  /** What gives this checker's findings: the same text checked by the same version finds the same issues. */
  String version();
}
