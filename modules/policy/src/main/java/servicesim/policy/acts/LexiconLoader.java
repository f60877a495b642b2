package servicesim.policy.acts;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;
import servicesim.files.Durations;
import servicesim.files.Fields;
import servicesim.files.InvalidFileException;
import servicesim.files.Problems;
import servicesim.files.YamlFile;
import servicesim.files.YamlNode;

/**
 * Reads a lexicon file ({@code scenarios/policies/lexicons/<lang>.yaml}), reporting every problem with its place.
 *
 * <pre>
 * language: en            # the file's language code; must match the file name
 * name: English
 * direction: ltr          # ltr | rtl
 * normalise:
 *   replace: {"ς": "σ"}   # applied to text and phrases after the built-in steps
 * classes:                # word classes for &lt;name&gt; in phrases; mappings give values
 *   number: {one: 1, two: 2}
 *   unit: {minute*: 1m, hour*: 1h, day*: 1d, week*: 1w}
 *   weekday: {monday: monday}
 *   relative-day: {today: 0d, tomorrow: 1d}
 *   same-day: {tonight: 0d}       # like relative-day, kept apart where a phrase needs the difference
 *   month: {january: 1}
 *   time-of-day: {noon: "12:00"}
 *   hour-marker: [o'clock]        # "3 o'clock": the number before it is an hour of the day
 *   pm-marker: [pm, evening]      # moves hours before 12 to the afternoon
 *   next-marker: [next]           # "next Monday": the Monday after today, never today
 * acts:
 *   apology: ["sorry", "apolog*", "i regret"]
 *   discourtesy:                  # or a mapping, with phrases that cancel an overlapping detection
 *     phrases: ["your fault"]
 *     except: ["not your fault"]
 *   policy-as-weapon:
 *     phrases: ["against policy"]
 *     learned-needs: [policy, rule*]  # optional: the classifier adds the act only to a message that names one of these
 *     learned-needs-in-sentence: ["<any> <question>"]  # optional: ... and only to a sentence that holds one of these
 * examples:                    # optional: labelled lines a classifier learns acts from, for what phrases miss
 *   files: [../../acts/el/dev.tsv]
 *   acts: [discourtesy]        # or a mapping from each act to its own least probability: {apology: 0.7}
 *   min-probability: 0.9
 *   also-languages: [hi]       # optional: lines of these languages in the files teach it too (never judged here)
 *   teaches: {rude.tsv: [discourtesy]}  # optional: one of the files, written for these acts, teaches only them;
 *                              #   its lines' other acts are neither example nor counter-example
 *   confirm: {concrete-timeline: 0.05}  # optional: what the phrases find of these acts stands only in a sentence the
 *                              #   classifier gives at least this probability of the act
 * name-endings: ["ος ου ο ε"]  # declensions of names: own-name matches "Νίκο" for the agent Νίκος
 * abbreviations: [mr, etc]     # a full stop after these does not end a sentence (nor after a single letter)
 * negation:                     # optional: a cue cancels a phrase it stands before, in the same clause
 *   cues: [not, never, "can*t"] # phrases in the pattern syntax
 *   ignore: [no problem]        # phrases in which a cue negates nothing
 *   stops: [but]                # words that end a cue's reach
 *   acts: [offer-help, apology] # acts a cue cancels (default: every act but policy-as-weapon and discourtesy)
 *   before: 4                   # how many words after it a cue reaches (default 4)
 *   after: 0                    # how many words before it a cue reaches, for languages that negate after the verb
 * customer:               # default customer lines in this language
 *   nudge: ["Hello? Are you still there?"]
 * ask-detail:             # the agent asks for a detail of the customer's (name, phone, address, email, a key of
 *   phrases:              #   the scenario's knows), and how the customer answers
 *     phone: ["your phone number"]
 *   answers:
 *     phone: "My number is {value}."
 *     other: "It's {value}."          # a detail without its own answer
 *     unknown: "Sorry, I don't know."  # a detail the customer does not know
 *     preference: "{value}"           # the answer to ask-preference, from the scenario's prefers
 * </pre>
 */
public final class LexiconLoader {

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]+)?");
  private static final List<String> WEEKDAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private LexiconLoader() {}

  public static Lexicon load(Path file) throws InvalidFileException {
    return load(YamlFile.read(file), fileLanguage(file));
  }

  private static String fileLanguage(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
  }

  public static Lexicon load(YamlFile file, String expectedLanguage) throws InvalidFileException {
    return load(file, expectedLanguage, null);
  }

  /**
   * With {@code latinKeys}, reads the lexicon's Latin-letter view: every word of every phrase, class and exception
   * becomes its Latin key, and so does every word of a text typed in Latin letters.
   */
  private static Lexicon load(YamlFile file, String expectedLanguage, Transliteration latinKeys)
      throws InvalidFileException {
    Problems problems = new Problems();
    Fields f = Fields.of(file.root(), "a lexicon", problems);
    String language = f.requiredId("language", LANGUAGE, "a language code such as en, ur, el or hi");
    if (language != null && expectedLanguage != null && !language.equals(expectedLanguage)) {
      problems.add(f.locationOf("language"),
          "language '" + language + "' does not match the file name '" + expectedLanguage + ".yaml'");
    }
    String name = f.string("name", language);
    String direction = f.oneOf("direction", List.of("ltr", "rtl"));

    Map<String, String> replace = new LinkedHashMap<>();
    f.mapping("normalise", n -> {
      for (YamlNode.Entry e : n.entries("replace")) {
        String to = Fields.scalarText(e.value(), "replacement", problems);
        if (e.key().value().isEmpty()) problems.add(e.key(), "cannot replace an empty string");
        else if (to != null) replace.put(e.key().value(), to);
      }
      // a unit typed against its number ("48h", "5mins") is read as a word of its own, as "48 h", "5 mins"
      for (String unit : n.strings("after-digits")) {
        if (unit.isBlank()) problems.add(n.locationOf("after-digits"), "after-digits lists words, such as mins or hrs");
        else for (char digit = '0'; digit <= '9'; digit++) replace.putIfAbsent(digit + unit, digit + " " + unit);
      }
      return null;
    });
    // replacements are written in source form; normalize their keys and values like any text, minus the replacements
    Map<String, String> normalizedReplace = new LinkedHashMap<>();
    replace.forEach((from, to) -> {
      String k = Normalizer.BASIC.normalize(from);
      normalizedReplace.put(k.isEmpty() ? from : k, Normalizer.BASIC.normalize(to));
    });
    Normalizer plain = new Normalizer(normalizedReplace);
    Transliteration transliteration = f.mapping("latin", l -> readLatin(l, plain, problems));
    Normalizer nativeNormalizer = transliteration == null ? plain : plain.then(transliteration.mendLookalikesStep());
    Normalizer normalizer = latinKeys == null ? nativeNormalizer : plain.then(latinKeys.keyAllWords());
    Normalizer textNormalizer = latinKeys == null ? nativeNormalizer : plain.then(latinKeys.keyLatinWords());

    Map<String, WordClass> classes = new LinkedHashMap<>();
    for (YamlNode.Entry e : f.entries("classes")) {
      String className = e.key().value();
      classes.put(className, readClass(className, e.value(), normalizer, problems));
    }

    Map<Act, List<PhrasePattern>> phrases = new EnumMap<>(Act.class);
    Map<Act, List<PhrasePattern>> exceptions = new EnumMap<>(Act.class);
    Map<Act, List<PhrasePattern>> learnedNeeds = new EnumMap<>(Act.class);
    Map<Act, List<PhrasePattern>> learnedSentenceNeeds = new EnumMap<>(Act.class);
    for (YamlNode.Entry e : f.entries("acts")) {
      String actId = e.key().value();
      Act act = Act.byId(actId).orElse(null);
      if (act == Act.ORG_NAME) {
        // the names come from the scenario; a lexicon only says where one names a product ("Spotify version")
        Fields a = Fields.of(e.value(), "act 'org-name'", problems);
        exceptions.put(act, compileAll(actId, a.list("except"), normalizer, classes, problems));
        a.rejectUnknownKeys();
        continue;
      }
      if (act == null || !act.fromLexicon() || act == Act.ASK_DETAIL) {
        String why = act == null ? "unknown act '" + actId + "'"
            : act == Act.ASK_DETAIL ? "act 'ask-detail' is written per detail under the top-level 'ask-detail' block"
            : "act '" + actId + "' comes from the scenario, not a lexicon";
        problems.add(e.key(), why + " (acts: " + String.join(", ", Act.lexiconIds()) + ")");
        continue;
      }
      if (e.value() instanceof YamlNode.Mapping) {
        Fields a = Fields.of(e.value(), "act '" + actId + "'", problems);
        phrases.put(act, compileAll(actId, a.list("phrases"), normalizer, classes, problems));
        exceptions.put(act, compileAll(actId, a.list("except"), normalizer, classes, problems));
        learnedNeeds.put(act, compileAll(actId, a.list("learned-needs"), normalizer, classes, problems));
        learnedSentenceNeeds.put(act,
            compileAll(actId, a.list("learned-needs-in-sentence"), normalizer, classes, problems));
        a.rejectUnknownKeys();
      } else {
        List<YamlNode> items = e.value() instanceof YamlNode.Sequence s ? s.items() : List.of(e.value());
        phrases.put(act, compileAll(actId, items, normalizer, classes, problems));
      }
    }

    List<List<String>> nameEndings = f.strings("name-endings").stream()
        .map(group -> java.util.Arrays.stream(group.trim().split("\\s+")).map(normalizer::normalize)
            .filter(e -> !e.isBlank()).toList())
        .filter(group -> group.size() > 1).toList();
    Map<String, List<String>> customerLines = new LinkedHashMap<>();
    f.mapping("customer", c -> {
      for (String kind : Lexicon.CUSTOMER_LINES) {
        List<String> lines = c.strings(kind);
        if (!lines.isEmpty()) customerLines.put(kind, lines);
      }
      return null;
    });
    List<String> alsoRead = f.strings("also-read");
    for (String other : alsoRead) {
      if (!LANGUAGE.matcher(other).matches() || other.equals(language)) {
        problems.add(f.locationOf("also-read"), "also-read names another language's lexicon, such as en; found '" + other + "'");
      }
    }
    Set<String> abbreviations = readAbbreviations(f.list("abbreviations"), normalizer, problems);
    Negation negation = f.mapping("negation", n -> readNegation(n, normalizer, classes, problems));
    Lexicon.DetailPhrases details = Optional.ofNullable(f.mapping("ask-detail", d -> {
      Map<String, List<PhrasePattern>> detailPhrases = new LinkedHashMap<>();
      for (YamlNode.Entry e : d.entries("phrases")) {
        List<YamlNode> items = e.value() instanceof YamlNode.Sequence s ? s.items() : List.of(e.value());
        detailPhrases.put(e.key().value(),
            compileAll("ask-detail " + e.key().value(), items, normalizer, classes, problems));
      }
      Map<String, String> answers = new LinkedHashMap<>();
      for (YamlNode.Entry e : d.entries("answers")) {
        String answer = Fields.scalarText(e.value(), "answer", problems);
        if (answer != null) answers.put(e.key().value(), answer);
      }
      d.rejectUnknownKeys();
      return new Lexicon.DetailPhrases(Map.copyOf(detailPhrases), Map.copyOf(answers));
    })).orElse(Lexicon.DetailPhrases.NONE);
    Lexicon.ExampleSettings examples = f.mapping("examples", n -> readExamples(n, problems));
    Quotation quotation = Quotation.DEFAULT;
    if (f.has("quotation-marks")) {
      try {
        quotation = new Quotation(f.strings("quotation-marks"));
      } catch (IllegalArgumentException e) {
        problems.add(f.locationOf("quotation-marks"), e.getMessage());
      }
    }
    f.rejectUnknownKeys();
    problems.throwIfAny();
    if (latinKeys != null) phrases.replaceAll((act, list) -> distinctive(list, normalizer, classes));
    Lexicon.Scripts scripts = transliteration == null || latinKeys != null
        ? new Lexicon.Scripts(null, null, alsoRead, f.locationOf("also-read"))
        : new Lexicon.Scripts(transliteration, load(file, expectedLanguage, transliteration), alsoRead,
            f.locationOf("also-read"));
    return new Lexicon(language, name, "rtl".equals(direction) ? Lexicon.Direction.RTL : Lexicon.Direction.LTR,
        textNormalizer, classes, phrases, exceptions, learnedNeeds, learnedSentenceNeeds, customerLines, nameEndings,
        details, file.sha256(), abbreviations, negation == null ? Negation.NONE : negation, scripts,
        latinKeys == null ? examples : null, quotation);
  }

  /** Acts found by structure (names, times), never by resemblance to examples. */
  public static final Set<Act> STRUCTURAL_ACTS = EnumSet.of(Act.OWN_NAME, Act.ORG_NAME, Act.CONCRETE_TIMELINE);

  private static Lexicon.ExampleSettings readExamples(Fields n, Problems problems) {
    List<String> files = n.strings("files");
    if (files.isEmpty()) problems.add(n.location(), "examples needs files: labelled-line files (TSV), "
        + "relative to the lexicon's directory");
    for (String file : files) {
      if (file.contains(":")) problems.add(n.locationOf("files"), "'" + file + "': write a path relative to the "
          + "lexicon's directory, without ':'");
    }
    if (!n.has("acts")) problems.add(n.location(), "examples needs acts: the acts the classifier may find");
    Map<Act, Double> acts = new EnumMap<>(Act.class);
    boolean eachOwn = n.node("acts").orElse(null) instanceof YamlNode.Mapping;
    if (eachOwn) {
      acts.putAll(leastProbabilities(n.entries("acts"), key -> learnable(key, problems), problems));
      if (n.has("min-probability")) {
        problems.add(n.locationOf("min-probability"), "min-probability goes with a list of acts; here each act has "
            + "its own");
      }
    } else {
      List<Act> listed = new ArrayList<>();
      for (YamlNode a : n.list("acts")) {
        Act act = learnable(a, problems);
        if (act != null) listed.add(act);
      }
      Double minProbability = n.number("min-probability", 0, 1);
      if (!n.has("min-probability")) {
        problems.add(n.location(), "examples needs min-probability: the least probability (above 0, below 1) a "
            + "sentence needs for an act to be found in it, or acts as a mapping from each act to its own");
      } else if (minProbability != null && (minProbability <= 0 || minProbability >= 1)) {
        problems.add(n.locationOf("min-probability"), "min-probability must be above 0 and below 1, found "
            + minProbability);
      } else if (minProbability != null) {
        for (Act act : listed) acts.put(act, minProbability);
      }
    }
    List<String> alsoLanguages = n.strings("also-languages");
    for (String language : alsoLanguages) {
      if (!LANGUAGE.matcher(language).matches()) {
        problems.add(n.locationOf("also-languages"), "'" + language + "' is not a language code (like hi or en-GB)");
      }
    }
    Map<Act, Double> confirm = leastProbabilities(n.entries("confirm"), key -> confirmable(key, problems), problems);
    Map<String, Set<Act>> teaches = new LinkedHashMap<>();
    for (YamlNode.Entry e : n.entries("teaches")) {
      String file = e.key().value();
      if (!files.contains(file)) {
        problems.add(e.key(), "teaches: '" + file + "' is not one of the files (" + String.join(", ", files) + ")");
        continue;
      }
      Set<Act> taught = EnumSet.noneOf(Act.class);
      List<YamlNode> items = e.value() instanceof YamlNode.Sequence seq ? seq.items() : List.of(e.value());
      for (YamlNode a : items) {
        Act act = learnable(a, problems);
        if (act != null) taught.add(act);
      }
      teaches.put(file, taught);
    }
    n.rejectUnknownKeys();
    if (acts.isEmpty()) return null;
    return new Lexicon.ExampleSettings(files, n.location(), new ExampleClassifier.Settings(acts), alsoLanguages,
        new ExampleClassifier.Settings(confirm), teaches);
  }

  /** A mapping from each act to its least probability (above 0, below 1); {@code act} reads and checks a key. */
  private static Map<Act, Double> leastProbabilities(List<YamlNode.Entry> entries,
      java.util.function.Function<YamlNode, Act> act, Problems problems) {
    Map<Act, Double> out = new EnumMap<>(Act.class);
    for (YamlNode.Entry e : entries) {
      Act a = act.apply(e.key());
      Double p = Fields.numberValue(e.value(), "least probability of " + e.key().value(), 0, 1, problems);
      if (p != null && (p <= 0 || p >= 1)) {
        problems.add(e.value(), "the least probability of " + e.key().value() + " must be above 0 and below 1, "
            + "found " + p);
      } else if (a != null && p != null) {
        out.put(a, p);
      }
    }
    return out;
  }

  /** The act whose phrases' findings examples may confirm, or null (with a problem): any act labelled in them. */
  private static Act confirmable(YamlNode node, Problems problems) {
    String id = Fields.oneOfValue(node, "act", Act.lexiconIds(), problems);
    if (id == null) return null;
    Act act = Act.byId(id).orElseThrow();
    if (!act.labelled()) {
      problems.add(node, "act '" + id + "' is never labelled in example lines, so they cannot confirm it");
      return null;
    }
    return act;
  }

  /** The act a lexicon's examples may teach, or null (with a problem) for an unknown one or one found by structure. */
  private static Act learnable(YamlNode node, Problems problems) {
    String id = Fields.oneOfValue(node, "act", Act.lexiconIds(), problems);
    if (id == null) return null;
    Act act = Act.byId(id).orElseThrow();
    if (STRUCTURAL_ACTS.contains(act) || !act.labelled()) {
      problems.add(node, "act '" + id + "' is found by structure, not learned from examples");
      return null;
    }
    return act;
  }

  /** Letters a one-word phrase's Latin key needs to tell its word apart from others (تو, tu, is "t"; گدھا, "gd"). */
  private static final int DISTINCTIVE_KEY = 3;

  /**
   * A Latin-letter view's phrases without the one-word alternatives whose keys are too short to tell apart from other
   * words (گدھا, gadha, reads "gd" like "good"): they still match in their own script. Little words that keep a key of
   * their own (written in capitals by the spelling rules) count as distinctive.
   */
  private static List<PhrasePattern> distinctive(List<PhrasePattern> phrases, Normalizer keyed,
      Map<String, WordClass> classes) {
    List<PhrasePattern> kept = new ArrayList<>();
    for (PhrasePattern p : phrases) {
      String source = p.source().trim();
      if (source.contains(" ") || source.contains("<")) {
        kept.add(p);
        continue;
      }
      List<String> alternatives = new ArrayList<>();
      for (String alternative : source.split("\\|")) {
        String key = keyed.normalize(alternative.replace("*", " "));
        long letters = key.chars().filter(Character::isLetter).count();
        if (letters >= DISTINCTIVE_KEY || key.chars().anyMatch(Character::isUpperCase)) alternatives.add(alternative);
      }
      if (alternatives.size() == source.split("\\|").length) {
        kept.add(p);
      } else if (!alternatives.isEmpty()) {
        try {
          kept.add(PhrasePattern.compile(String.join("|", alternatives), keyed, classes));
        } catch (PatternSyntaxException e) {
          throw new IllegalStateException("a part of a phrase that compiled does not: " + source, e);
        }
      }
    }
    return List.copyOf(kept);
  }

  /** The {@code latin} section: how the language is typed in Latin letters (see {@link Transliteration}). */
  private static Transliteration readLatin(Fields l, Normalizer normalizer, Problems problems) {
    Map<String, String> letters = new LinkedHashMap<>();
    for (YamlNode.Entry e : l.entries("letters")) {
      String to = Fields.scalarText(e.value(), "Latin spelling", problems);
      String from = normalizer.normalize(e.key().value());
      if (from.isEmpty()) problems.add(e.key(), "'" + e.key().value() + "' is no letter once normalized");
      else if (to != null) letters.put(from, latinSpelling(to, e.value(), problems));
    }
    Map<String, String> words = new LinkedHashMap<>();
    for (YamlNode.Entry e : l.entries("words")) {
      String to = Fields.scalarText(e.value(), "full spelling", problems);
      if (to != null) words.put(latinWord(e.key().value(), e.key(), problems), latinSpelling(to, e.value(), problems));
    }
    List<Transliteration.Rule> spelling = rules(l.list("spelling"), "spelling", problems);
    List<Transliteration.Rule> englishNames = rules(l.list("english-names"), "english-names", problems);
    String dropVowels = l.string("drop-vowels", "");
    if (!dropVowels.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      problems.add(l.locationOf("drop-vowels"), "drop-vowels lists Latin letters, such as aeiou");
    }
    Map<Character, String> lookalikes = new LinkedHashMap<>();
    for (YamlNode.Entry e : l.entries("lookalikes")) {
      String to = Fields.scalarText(e.value(), "native letter", problems);
      String from = e.key().value().toLowerCase(Locale.ROOT);
      if (from.length() != 1 || from.charAt(0) < 'a' || from.charAt(0) > 'z') {
        problems.add(e.key(), "a lookalike is one Latin letter, found '" + e.key().value() + "'");
      } else if (to != null) {
        lookalikes.put(from.charAt(0), normalizer.normalize(to));
      }
    }
    Map<Character, String> letterNames = new LinkedHashMap<>();
    for (YamlNode.Entry e : l.entries("letter-names")) {
      String named = Fields.scalarText(e.value(), "letter name", problems);
      String letter = e.key().value().toLowerCase(Locale.ROOT);
      if (letter.length() != 1 || letter.charAt(0) < 'a' || letter.charAt(0) > 'z') {
        problems.add(e.key(), "a letter name is given for one Latin letter, found '" + e.key().value() + "'");
      } else if (named != null) {
        letterNames.put(letter.charAt(0), latinWord(named, e.value(), problems));
      }
    }
    return new Transliteration(letters, words, spelling, dropVowels, lookalikes, letterNames, englishNames);
  }

  /** A list of rules, each a pair [pattern, replacement] of a Java regular expression and what replaces its matches. */
  private static List<Transliteration.Rule> rules(List<YamlNode> items, String what, Problems problems) {
    List<Transliteration.Rule> rules = new ArrayList<>();
    for (YamlNode item : items) {
      if (!(item instanceof YamlNode.Sequence pair) || pair.items().size() != 2) {
        problems.add(item, "a " + what + " rule is a pair [pattern, replacement], such as [\"w\", \"o\"]");
        continue;
      }
      String pattern = Fields.scalarText(pair.items().get(0), "pattern", problems);
      YamlNode to = pair.items().get(1);
      String replacement = to instanceof YamlNode.Scalar sc ? sc.value() : Fields.scalarText(to, "replacement", problems);
      if (pattern == null || replacement == null) continue;
      try {
        Pattern compiled = Pattern.compile(pattern);
        compiled.matcher("").replaceAll(replacement);
        rules.add(new Transliteration.Rule(compiled, replacement));
      } catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
        problems.add(item, what + " rule [" + pattern + ", " + replacement + "]: " + ex.getMessage().lines().findFirst().orElse(""));
      }
    }
    return rules;
  }

  /**
   * How a native letter is written: Latin letters, an apostrophe that spelling rules read by its place, or a capital
   * for a sound no typed letter stands for alone (typed text is in lower case).
   */
  private static String latinSpelling(String text, YamlNode at, Problems problems) {
    if (!text.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' || c == ' ')) {
      problems.add(at, "'" + text + "' is to be written in Latin letters (or an apostrophe)");
    }
    return text;
  }

  /** Latin spellings are compared in lower case, without accents. */
  private static String latinWord(String text, YamlNode at, Problems problems) {
    String w = Normalizer.BASIC.normalize(text);
    if (!w.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ')) {
      problems.add(at, "'" + text + "' is to be written in Latin letters");
    }
    return w;
  }

  private static Set<String> readAbbreviations(List<YamlNode> items, Normalizer normalizer, Problems problems) {
    Set<String> out = new LinkedHashSet<>();
    for (YamlNode item : items) {
      String word = Fields.scalarText(item, "abbreviation", problems);
      if (word == null) continue;
      List<Token> tokens = Tokenizer.tokens(normalizer.apply(word));
      if (tokens.size() != 1) {
        problems.add(item, "abbreviation '" + word + "': give one word, as written before its full stop ('mr', 'etc')");
      } else {
        out.add(tokens.get(0).text());
      }
    }
    return out;
  }

  private static Negation readNegation(Fields n, Normalizer normalizer, Map<String, WordClass> classes,
      Problems problems) {
    List<PhrasePattern> cues = compileAll("negation cue", n.list("cues"), normalizer, classes, problems);
    List<PhrasePattern> ignore = compileAll("negation ignore", n.list("ignore"), normalizer, classes, problems);
    List<PhrasePattern> stops = compileAll("negation stop", n.list("stops"), normalizer, classes, problems);
    Set<Act> acts = EnumSet.noneOf(Act.class);
    for (YamlNode a : n.list("acts")) {
      String id = Fields.oneOfValue(a, "act", Act.lexiconIds(), problems);
      if (id != null) acts.add(Act.byId(id).orElseThrow());
    }
    int before = n.integer("before", 0, 20, Negation.DEFAULT_BEFORE);
    int after = n.integer("after", 0, 20, Negation.DEFAULT_AFTER);
    return new Negation(cues, ignore, stops, n.has("acts") ? acts : Negation.DEFAULT_ACTS, before, after);
  }

  private static List<PhrasePattern> compileAll(String actId, List<YamlNode> items, Normalizer normalizer,
      Map<String, WordClass> classes, Problems problems) {
    List<PhrasePattern> compiled = new ArrayList<>();
    for (YamlNode item : items) {
      String source = Fields.scalarText(item, actId + " phrase", problems);
      if (source == null) continue;
      try {
        compiled.add(PhrasePattern.compile(source, normalizer, classes));
      } catch (PatternSyntaxException ex) {
        problems.add(item, "phrase \"" + source + "\": " + ex.getMessage());
      }
    }
    return List.copyOf(compiled);
  }

  private static WordClass readClass(String className, YamlNode node, Normalizer normalizer, Problems problems) {
    List<WordClass.Member> members = new ArrayList<>();
    if (node instanceof YamlNode.Sequence seq) {
      for (YamlNode item : seq.items()) {
        String word = Fields.scalarText(item, "class member", problems);
        if (word != null) member(className, word, null, item, normalizer, problems, members);
      }
    } else if (node instanceof YamlNode.Mapping map) {
      for (YamlNode.Entry e : map.entries()) {
        String value = Fields.scalarText(e.value(), className + " value", problems);
        if (value != null) member(className, e.key().value(), checkValue(className, value, e.value(), problems), e.key(),
            normalizer, problems, members);
      }
    } else {
      problems.add(node, "word class '" + className + "' must be a list of words or a mapping of words to values");
    }
    return new WordClass(className, List.copyOf(members));
  }

  private static void member(String className, String word, String value, YamlNode at, Normalizer normalizer,
      Problems problems, List<WordClass.Member> members) {
    try {
      members.add(new WordClass.Member(PhrasePattern.units(word, normalizer, word), value));
    } catch (PatternSyntaxException e) {
      problems.add(at, "word class '" + className + "': " + e.getMessage());
    }
  }

  private static String checkValue(String className, String value, YamlNode at, Problems problems) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    switch (className) {
      case "number", "day-of-month" -> {
        try {
          Integer.parseInt(v);
        } catch (NumberFormatException e) {
          problems.add(at, "a '" + className + "' value must be a whole number, found '" + value + "'");
        }
      }
      case "unit", "relative-day", "same-day" -> {
        if (Durations.parse(v).isEmpty()) {
          problems.add(at, "a '" + className + "' value must be a duration such as 1h or 1d, found '" + value + "'");
        }
      }
      case "weekday" -> {
        if (!WEEKDAYS.contains(v)) {
          problems.add(at, "a weekday value must be one of " + String.join(", ", WEEKDAYS) + ", found '" + value + "'");
        }
      }
      case "month" -> {
        try {
          int m = Integer.parseInt(v);
          if (m < 1 || m > 12) throw new NumberFormatException();
        } catch (NumberFormatException e) {
          problems.add(at, "a month value must be 1 to 12, found '" + value + "'");
        }
      }
      case "time-of-day" -> {
        try {
          LocalTime.parse(v.length() == 4 ? "0" + v : v);
        } catch (DateTimeParseException e) {
          problems.add(at, "a time-of-day value must be hh:mm, found '" + value + "'");
        }
      }
      default -> { }
    }
    return v;
  }
}
