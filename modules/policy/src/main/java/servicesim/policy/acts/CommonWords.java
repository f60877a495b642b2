package servicesim.policy.acts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language's most common words, as LanguageTool lists them to tell languages apart ({@code common_words.txt} of its
 * language module): a sentence most of whose words are on the list is written in that language ("Let us know if you
 * need anything else" is English, "Let me check, aik minute hold karein" is not).
 */
public final class CommonWords {

  private static final String RESOURCE = "/org/languagetool/resource/%s/common_words.txt";
  private static final Map<String, Optional<CommonWords>> LOADED = new ConcurrentHashMap<>();
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");

  private final Set<String> words;
  private final Character.UnicodeScript script;

  private CommonWords(Set<String> words, Character.UnicodeScript script) {
    this.words = words;
    this.script = script;
  }

  /** The common words of {@code language} (a code such as en), if LanguageTool lists them. */
  public static Optional<CommonWords> of(String language) {
    return LOADED.computeIfAbsent(language, CommonWords::load);
  }

  private static Optional<CommonWords> load(String language) {
    try (InputStream in = CommonWords.class.getResourceAsStream(String.format(Locale.ROOT, RESOURCE, language))) {
      if (in == null) return Optional.empty();
      Set<String> words = new HashSet<>();
      Character.UnicodeScript script = null;
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String w = line.strip().toLowerCase(Locale.ROOT);
          if (w.isEmpty() || w.startsWith("#")) continue;
          words.add(w.replace('’', '\''));
          if (script == null) script = Character.UnicodeScript.of(w.codePointAt(0));
        }
      }
      return words.isEmpty() ? Optional.empty() : Optional.of(new CommonWords(Set.copyOf(words), script));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when some word of {@code text} written in the language's script is none of its common words. */
  public boolean holdsOther(String text) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      if (Character.UnicodeScript.of(w.codePointAt(0)) != script) continue;
      if (!words.contains(w.toLowerCase(Locale.ROOT).replace('’', '\''))) return true;
    }
    return false;
  }

  /** The least share of a sentence's words that are common words for the sentence to be written in the language. */
  static final double SHARE = 0.8;
  /** The least words a sentence needs, besides names and acronyms, to be judged at all ("Hi Sana": none). */
  static final int LEAST_WORDS = 3;
  /**
   * The longest word that, written in small letters and not a common word, says the sentence is code-mixed: the
   * little words of another language ("Main ne dropped the ball", "ek minute dijiye") are short, the rare words of
   * this one (modem, reactivated) long.
   */
  static final int LITTLE_WORD = 3;

  /**
   * True when {@code sentence} is written in the language: at least {@link #SHARE} of its words, leaving out
   * {@code names} (lower case) and words written in capitals (acronyms: DM, PNR), are common words, at least
   * {@link #LEAST_WORDS} count, none is written in another script, and no little word in small letters is foreign
   * to it.
   */
  public boolean writes(String sentence, Set<String> names) {
    int counted = 0;
    int common = 0;
    // a short greeting or sign-off names someone: "Hi Matt.", "Hey, Sam here."
    int named = 0;
    int commonOrNamed = 0;
    boolean first = true;
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      String w = m.group();
      boolean initial = first;
      first = false;
      if (Character.UnicodeScript.of(w.codePointAt(0)) != script) return false;
      String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
      if (names.contains(lower)) {
        named++;
        continue;
      }
      if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) continue;
      counted++;
      boolean capitalised = !initial && !w.equals(lower) && w.length() > 1;
      boolean isCommon = words.contains(lower);
      if (capitalised) named++;
      if (isCommon) common++;
      if (isCommon || capitalised) {
        commonOrNamed++;
      } else if (w.length() > 1 && w.length() <= LITTLE_WORD) {
        return false;
      }
    }
    if (counted >= LEAST_WORDS) return common >= SHARE * counted;
    // too few words to weigh: a greeting with a name is the language's when every other word is a common one
    return named > 0 && common > 0 && commonOrNamed == counted;
  }
}
