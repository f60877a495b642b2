package servicesim.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What people read instead of ids: a short title and a one-line description of each of a policy's rules and of the
 * acts, in the policy's own language and in the languages it gives translations for. Ids stay what files, scores and
 * exports use.
 *
 * @param language the language of the titles and descriptions written without a translation (BCP 47, e.g. {@code en})
 */
public record Names(String language, Map<String, Name> rules, Map<String, Name> acts) {

  /** A title and description in one language. */
  public record Text(String language, String title, String description) {}

  /** A rule's or act's title and description, and their translations by language. */
  public record Name(String title, String description, Map<String, Text> translations) {

    /**
     * The text in {@code language} where a translation gives it, else in the policy's language; a description a
     * translation leaves out comes from the policy's language.
     */
    public Text in(String language, String policyLanguage) {
      Text own = new Text(policyLanguage, title, description);
      Text t = language == null ? null : translations.get(language);
      if (t == null) return own;
      return new Text(t.language(), t.title(), t.description() == null ? description : t.description());
    }
  }

  public static final Names NONE = new Names("en", Map.of(), Map.of());

  /** Names from the rules' titles only: what a policy built in code, without a file, can be read by. */
  public static Names ofTitles(List<RuleSpec> rules) {
    Map<String, Name> byRule = new LinkedHashMap<>();
    for (RuleSpec r : rules) byRule.put(r.id(), new Name(r.title(), "", Map.of()));
    return new Names("en", Map.copyOf(byRule), Map.of());
  }

  public Optional<Name> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  public Optional<Name> act(String id) {
    return Optional.ofNullable(acts.get(id));
  }
}
