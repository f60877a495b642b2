package servicesim.policy.acts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How a language is typed in Latin letters (Roman Urdu, Hinglish, Greeklish), as a <em>Latin key</em> that a word in
 * either script reduces to, so that one phrase written in the native script also matches the same words typed in Latin
 * letters, and a name configured in one script is found written in the other.
 *
 * <p>A word of normalized text becomes its key in three steps, each declared in the lexicon's {@code latin} section:
 * <ol>
 *   <li>a native word is written out letter by letter in Latin letters ({@code letters}, longest first: ου → ou
 *       before ο → o, νν → n before ν → n); a word typed in Latin letters loses its doubled letters (syggnomi, sorry)
 *       and, when it is shorthand, is written out in full ({@code words}: nhi → nahin);</li>
 *   <li>spelling rules fold the ways people spell the same sound into one ({@code spelling}: regular expressions
 *       applied in order to one word, e.g. w → o, 8 → θ's key, ee → i); a rule may split a word (karega → kare ga);</li>
 *   <li>where the native script leaves short vowels unwritten (Urdu) or typists drop them (kr skta hun),
 *       {@code drop-vowels} keeps only a word's consonants: a vowel at the start stays, as "a".</li>
 * </ol>
 * Matching compares keys, so it is deterministic, and every match still covers whole words of the original text.
 * Inside a word that mixes scripts, Latin letters that look like native ones ({@code lookalikes}: a Latin H in ΣΥΓΓΝΩΜH)
 * are read as the native letters first.
 */
public final class Transliteration {

  /** A spelling rule: every match of {@code pattern} in a word is replaced (Java regular expression syntax). */
  public record Rule(Pattern pattern, String replacement) {}

  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}(am|pm)");
  private static final Pattern DOUBLED = Pattern.compile("([a-z])\\1+");
  private static final int CACHE_LIMIT = 100_000;

  private final List<Map.Entry<String, String>> letters;
  private final Map<String, String> words;
  private final List<Rule> spelling;
  private final String dropVowels;
  private final Map<Character, String> lookalikes;
  private final Map<Character, String> letterNames;
  private final List<Rule> englishNames;
  private final Map<String, String> keys = new ConcurrentHashMap<>();
  private final Map<String, String> nameKeys = new ConcurrentHashMap<>();
  private final Map<String, String> englishReadings = new ConcurrentHashMap<>();

  /**
   * @param letters native letters (normalized) and how they are written in Latin letters
   * @param words shorthand typed in Latin letters and its full spelling
   * @param spelling rules applied in order to every word, native ones after {@code letters}
   * @param dropVowels letters dropped after a word's first letter (empty: vowels are kept)
   * @param lookalikes Latin letters read as native ones inside words that mix both scripts
   * @param letterNames how the Latin letters are named, in Latin letters (acronyms in names: TCS, ٹی سی ایس)
   * @param englishNames rules that read a name typed the English way as it sounds, before {@code spelling} (National
   *     as nashnal, Alpha as alfa), for the second key of a Latin name word
   */
  public Transliteration(Map<String, String> letters, Map<String, String> words, List<Rule> spelling, String dropVowels,
      Map<Character, String> lookalikes, Map<Character, String> letterNames, List<Rule> englishNames) {
    List<Map.Entry<String, String>> list = new ArrayList<>();
    for (var e : letters.entrySet()) list.add(Map.entry(e.getKey(), e.getValue()));
    list.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    this.letters = List.copyOf(list);
    this.words = Map.copyOf(words);
    this.spelling = List.copyOf(spelling);
    this.dropVowels = dropVowels;
    this.lookalikes = Map.copyOf(lookalikes);
    this.letterNames = Map.copyOf(letterNames);
    this.englishNames = List.copyOf(englishNames);
  }

  /** The Latin key of one normalized word (possibly several words, when a spelling rule splits it). */
  public String key(String word) {
    String cached = keys.get(word);
    if (cached != null) return cached;
    String key = isLatin(word) ? fold(single(words.getOrDefault(word, word))) : fold(writeOut(mendLookalikes(word)));
    if (keys.size() < CACHE_LIMIT) keys.put(word, key);
    return key;
  }

  /** What marks a short name key whose word ends in a vowel. */
  public static final String VOWEL_END = "-";

  /**
   * A name word's key, all in one piece. Where short vowels are dropped, a short key is marked when its word ends in a
   * vowel, which scripts that leave short vowels unwritten still write: "Ana" is انا but not ان. A Latin e after a
   * consonant at the end is silent (Home, Mobile).
   */
  public String nameKey(String word) {
    String cached = nameKeys.get(word);
    if (cached != null) return cached;
    String key = computeNameKey(word);
    if (nameKeys.size() < CACHE_LIMIT) nameKeys.put(word, key);
    return key;
  }

  private String computeNameKey(String word) {
    boolean latin = isLatin(word);
    String spelled = spell(latin ? single(word) : writeOut(mendLookalikes(word))).trim();
    String key = skeleton(spelled).replace(" ", "");
    if (dropVowels.isEmpty() || spelled.isEmpty() || key.length() > 2) return key;
    boolean vowelAtEnd = "aeiouy".indexOf(spelled.charAt(spelled.length() - 1)) >= 0;
    if (latin && word.length() > 2 && word.endsWith("e") && "aeiouy".indexOf(word.charAt(word.length() - 2)) < 0) {
      vowelAtEnd = false;
    }
    return vowelAtEnd ? key + VOWEL_END : key;
  }

  /**
   * The name word as its English spelling sounds, where the lexicon says how ({@code english-names}) and the word is
   * typed in Latin letters: "national" as "nashonal", found in نیشنل; empty when that reading changes nothing. Names of
   * organisations are often English words, written the English way in Latin letters and as they sound in the local
   * script.
   */
  public java.util.Optional<String> englishReading(String word) {
    if (englishNames.isEmpty() || !isLatin(word)) return java.util.Optional.empty();
    String read = englishReadings.get(word);
    if (read == null) {
      read = word;
      for (Rule r : englishNames) read = r.pattern().matcher(read).replaceAll(r.replacement());
      if (englishReadings.size() < CACHE_LIMIT) englishReadings.put(word, read);
    }
    return read.equals(word) ? java.util.Optional.empty() : java.util.Optional.of(read);
  }

  /**
   * Stricter keys for a name word whose key is too short to go by (Neha, نیہا: "n"): its letters as written out, once
   * with every consonant (h too) and a mark for a final vowel, once with its vowels (Jio, जियो). Both begin with a tag
   * so that they are never taken for a plain key.
   */
  public List<String> shortNameKeys(String word) {
    boolean latin = isLatin(word);
    String written = (latin ? single(word) : writeOut(mendLookalikes(word))).toLowerCase(java.util.Locale.ROOT);
    // a letter written out as a capital stands for a sound typists write with h (ہ, ह: Q) or as the letter itself
    written = written.replace('q', 'h').replaceAll("^'+", "a").replace("'", "");
    if (written.isEmpty()) return List.of();
    StringBuilder consonants = new StringBuilder();
    consonants.append("aeiouy".indexOf(written.charAt(0)) >= 0 ? 'a' : written.charAt(0));
    for (int i = 1; i < written.length(); i++) {
      if ("aeiouy".indexOf(written.charAt(i)) < 0) consonants.append(written.charAt(i));
    }
    boolean vowelAtEnd = "aeiouy".indexOf(written.charAt(written.length() - 1)) >= 0;
    if (latin && word.length() > 2 && word.endsWith("e") && "aeiouy".indexOf(word.charAt(word.length() - 2)) < 0) {
      vowelAtEnd = false;
    }
    String withVowels = DOUBLED.matcher(written.replace('y', 'i').replace('w', 'u')).replaceAll("$1");
    return List.of("c:" + DOUBLED.matcher(consonants).replaceAll("$1") + (vowelAtEnd ? VOWEL_END : ""), "v:" + withVowels);
  }

  /**
   * A name word's key as part of a run of letters (names compared whatever their word breaks): without the vowel
   * mark, and, where vowels are dropped, without the vowel a word starts with.
   */
  public String runKey(String word) {
    String key = nameKey(word).replace(VOWEL_END, "");
    return !dropVowels.isEmpty() && key.startsWith("a") ? key.substring(1) : key;
  }

  /** An acronym's run key, letter by letter as its letters are named (TCS: tee see es, ٹی سی ایس). */
  public String spelledOut(String word) {
    if (letterNames.isEmpty()) return runKey(word);
    return named(word).stream().map(this::runKey).collect(java.util.stream.Collectors.joining());
  }

  /**
   * An acronym's name keys letter by letter, each with its vowel mark, as its letters written apart read (SBI: es bee
   * aai, ایس بی آئی, एस बी आई); empty without letter names.
   */
  public String lettersKey(String word) {
    if (letterNames.isEmpty()) return "";
    return named(word).stream().map(this::nameKey).collect(java.util.stream.Collectors.joining());
  }

  /**
   * An acronym's letters as one word reads them, by its strict consonant key (SBI as एसबीआई, LIC as एलआईसी); empty
   * without letter names.
   */
  public String wholeLettersKey(String word) {
    if (letterNames.isEmpty()) return "";
    List<String> strict = shortNameKeys(String.join("", named(word)));
    return strict.isEmpty() ? "" : strict.get(0);
  }

  /** Each letter of a word by its name, where the lexicon names it (t: tee), or as itself. */
  private List<String> named(String word) {
    List<String> out = new ArrayList<>(word.length());
    for (char c : word.toCharArray()) out.add(letterNames.getOrDefault(c, String.valueOf(c)));
    return out;
  }

  /** True when {@code a} becomes {@code b} by changing, adding or removing at most {@code edits} letters. */
  public static boolean withinEdits(String a, String b, int edits) {
    if (Math.abs(a.length() - b.length()) > edits) return false;
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) previous[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int least = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
        least = Math.min(least, current[j]);
      }
      if (least > edits) return false;
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()] <= edits;
  }

  /** True when {@code a} becomes {@code b} by changing, adding or removing at most one letter. */
  public static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) return false;
    int i = 0;
    int j = 0;
    boolean edited = false;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (edited) return false;
      edited = true;
      if (a.length() > b.length()) i++;
      else if (a.length() < b.length()) j++;
      else {
        i++;
        j++;
      }
    }
    return !edited || (i == a.length() && j == b.length());
  }

  /** True for a word of Latin letters (and digits) only, with at least one letter. */
  public static boolean isLatin(String word) {
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 'a' && c <= 'z') letter = true;
      else if (c < '0' || c > '9') return false;
    }
    return letter;
  }

  /** True when the word has a letter of this language's script. */
  public boolean isNative(String word) {
    for (var e : letters) if (word.contains(e.getKey())) return true;
    return false;
  }

  /** For the text of the Latin-letter view: words typed in Latin letters become keys, native words stay as they are. */
  public Normalizer.Step keyLatinWords() {
    return n -> rewriteWords(n, w -> isLatin(w) && !CLOCK.matcher(w).matches() ? key(w) : mendLookalikes(w));
  }

  /** For the phrases of the Latin-letter view: every word becomes its key. */
  public Normalizer.Step keyAllWords() {
    return n -> rewriteWords(n, w -> hasLetter(w) && !CLOCK.matcher(w).matches() ? key(w) : w);
  }

  /** For the native view: Latin lookalikes inside native words become native letters; nothing else changes. */
  public Normalizer.Step mendLookalikesStep() {
    return n -> rewriteWords(n, this::mendLookalikes);
  }

  private String mendLookalikes(String word) {
    if (lookalikes.isEmpty() || isLatin(word) || !isNative(word)) return word;
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      String native_ = lookalikes.get(word.charAt(i));
      if (native_ != null) b.append(native_);
      else b.append(word.charAt(i));
    }
    return b.toString();
  }

  private String writeOut(String word) {
    StringBuilder b = new StringBuilder(word.length() + 4);
    outer:
    for (int i = 0; i < word.length(); ) {
      for (var e : letters) {
        if (word.startsWith(e.getKey(), i)) {
          b.append(e.getValue());
          i += e.getKey().length();
          continue outer;
        }
      }
      b.append(word.charAt(i));
      i++;
    }
    return b.toString();
  }

  /**
   * A typed word with doubled letters made single (sorry, syggnomi, maddad); native doubles are in {@code letters}.
   * Where vowels are dropped, a word typed without vowels keeps its doubled consonants: "mdd" is madad.
   */
  private String single(String typed) {
    return dropVowels.isEmpty() || typed.chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0)
        ? DOUBLED.matcher(typed).replaceAll("$1") : typed;
  }

  private String fold(String word) {
    return skeleton(spell(word));
  }

  private String spell(String word) {
    String w = word;
    for (Rule r : spelling) w = r.pattern().matcher(w).replaceAll(r.replacement());
    return w;
  }

  /** Without the dropped vowels (but a first one); per word of a split. */
  private String skeleton(String spelled) {
    StringBuilder out = new StringBuilder(spelled.length());
    for (String part : spelled.trim().split(" +")) {
      if (part.isEmpty()) continue;
      if (out.length() > 0) out.append(' ');
      StringBuilder b = new StringBuilder(part.length());
      int i = 0;
      if (!dropVowels.isEmpty() && "aeiou".indexOf(part.charAt(0)) >= 0) {
        b.append('a');
        while (i < part.length() && dropVowels.indexOf(part.charAt(i)) >= 0) i++;
      } else {
        b.append(part.charAt(0));
        i = 1;
      }
      for (; i < part.length(); i++) {
        char c = part.charAt(i);
        if (dropVowels.indexOf(c) < 0) b.append(c);
      }
      out.append(b);
    }
    return out.toString();
  }

  private static boolean hasLetter(String word) {
    for (int i = 0; i < word.length(); i++) if (Character.isLetter(word.charAt(i))) return true;
    return false;
  }

  private interface WordRewrite {
    String apply(String word);
  }

  /** Rewrites each word of normalized text; every character of a rewritten word maps to the whole original word. */
  private static Normalizer.Normalized rewriteWords(Normalizer.Normalized n, WordRewrite rewrite) {
    String t = n.text();
    StringBuilder out = new StringBuilder(t.length());
    List<int[]> spans = new ArrayList<>(t.length());
    int i = 0;
    while (i < t.length()) {
      if (!isWordChar(t.charAt(i))) {
        out.append(t.charAt(i));
        spans.add(new int[] {n.starts()[i], n.ends()[i]});
        i++;
        continue;
      }
      int start = i;
      while (i < t.length() && isWordChar(t.charAt(i))) i++;
      String word = t.substring(start, i);
      String rewritten = rewrite.apply(word);
      if (rewritten.equals(word)) {
        for (int k = start; k < i; k++) {
          out.append(t.charAt(k));
          spans.add(new int[] {n.starts()[k], n.ends()[k]});
        }
      } else {
        int from = n.starts()[start];
        int to = n.ends()[i - 1];
        for (int k = 0; k < rewritten.length(); k++) {
          out.append(rewritten.charAt(k));
          spans.add(new int[] {from, to});
        }
      }
    }
    int[] starts = new int[spans.size()];
    int[] ends = new int[spans.size()];
    for (int k = 0; k < starts.length; k++) {
      starts[k] = spans.get(k)[0];
      ends[k] = spans.get(k)[1];
    }
    return new Normalizer.Normalized(n.original(), out.toString(), starts, ends);
  }

  private static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c)) return true;
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
