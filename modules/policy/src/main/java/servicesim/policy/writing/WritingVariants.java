package servicesim.policy.writing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.Language;
import org.languagetool.language.AmericanEnglish;
import org.languagetool.language.AustralianEnglish;
import org.languagetool.language.BritishEnglish;
import org.languagetool.language.CanadianEnglish;
import org.languagetool.language.Greek;
import org.languagetool.language.NewZealandEnglish;
import org.languagetool.language.SouthAfricanEnglish;

/**
 * The written-language variants a policy may accept ({@code en-GB}, {@code en-US}, {@code en-IN} ...) and the
 * LanguageTool language each is checked with. LanguageTool 6.4 has no Indian, Pakistani or Irish English: those
 * follow British spelling and are checked as {@code en-GB}.
 */
public final class WritingVariants {

  /** A variant tag, its language, and the variant LanguageTool checks it as. */
  public record Variant(String tag, String language, String checkedAs) {}

  private static final Map<String, Variant> KNOWN = new LinkedHashMap<>();
  private static final Map<String, Supplier<Language>> CHECKERS = new LinkedHashMap<>();

  static {
    checker("en-US", AmericanEnglish::new);
    checker("en-GB", BritishEnglish::new);
    checker("en-AU", AustralianEnglish::new);
    checker("en-CA", CanadianEnglish::new);
    checker("en-NZ", NewZealandEnglish::new);
    checker("en-ZA", SouthAfricanEnglish::new);
    alias("en-IN", "en-GB");
    alias("en-PK", "en-GB");
    alias("en-IE", "en-GB");
    checker("el", Greek::new);
    alias("el-GR", "el");
  }

  private WritingVariants() {}

  private static void checker(String tag, Supplier<Language> factory) {
    KNOWN.put(tag.toLowerCase(Locale.ROOT), new Variant(tag, language(tag), tag));
    CHECKERS.put(tag, factory);
  }

  private static void alias(String tag, String checkedAs) {
    KNOWN.put(tag.toLowerCase(Locale.ROOT), new Variant(tag, language(tag), checkedAs));
  }

  private static String language(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? tag : tag.substring(0, dash);
  }

  /** Every tag a policy may name, in a stable order. */
  public static List<String> tags() {
    return KNOWN.values().stream().map(Variant::tag).toList();
  }

  /** The variant a tag names, whatever its case ("en-gb" is en-GB); empty for a tag nobody checks. */
  public static Optional<Variant> byTag(String tag) {
    return Optional.ofNullable(KNOWN.get(tag.trim().toLowerCase(Locale.ROOT)));
  }

  /** Languages with a checker. */
  public static List<String> languages() {
    return CHECKERS.keySet().stream().map(WritingVariants::language).distinct().toList();
  }

  /**
   * The LanguageTool variants a text in {@code language} is checked with: those of {@code accepted} in that
   * language, or every variant of the language when the policy accepts any (or names none of it); each once.
   */
  public static List<String> checkedAs(String language, List<String> accepted) {
    List<String> out = new ArrayList<>();
    for (String tag : accepted) {
      byTag(tag).filter(v -> v.language().equals(language)).map(Variant::checkedAs)
          .filter(v -> !out.contains(v)).ifPresent(out::add);
    }
    if (out.isEmpty()) {
      for (String tag : CHECKERS.keySet()) if (language(tag).equals(language)) out.add(tag);
    }
    return List.copyOf(out);
  }

  private static final Map<String, Predicate<String>> OWN_RULES = new ConcurrentHashMap<>();
  private static final Pattern RULE_ID = Pattern.compile("<(?:rule|rulegroup)\\b[^>]*\\bid=\"([A-Za-z0-9_]+)\"");

  /**
   * Whether a rule id is one of the rules only this variant has, not the language's other variants: those named for
   * it (its speller and its word replacements, such as {@code MORFOLOGIK_RULE_EN_US}) and those of its own grammar and
   * style files.
   */
  static Predicate<String> ownRule(String checkedAs) {
    return OWN_RULES.computeIfAbsent(checkedAs, tag -> {
      Set<String> ids = new HashSet<>();
      for (String file : List.of("grammar.xml", "style.xml")) {
        String path = "/org/languagetool/rules/" + language(tag) + "/" + tag + "/" + file;
        try (InputStream in = WritingVariants.class.getResourceAsStream(path)) {
          if (in == null) continue;
          Matcher m = RULE_ID.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          while (m.find()) ids.add(m.group(1));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read LanguageTool's " + path, e);
        }
      }
      String marker = tag.toUpperCase(Locale.ROOT).replace('-', '_');
      Set<String> own = Set.copyOf(ids);
      return id -> own.contains(id) || id.contains(marker);
    });
  }

  static Language newLanguage(String checkedAs) {
    Supplier<Language> factory = CHECKERS.get(checkedAs);
    if (factory == null) throw new IllegalArgumentException("no checker for " + checkedAs);
    return factory.get();
  }
}
