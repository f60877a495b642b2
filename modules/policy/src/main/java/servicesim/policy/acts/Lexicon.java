package servicesim.policy.acts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One language's phrases for each act, its word classes and normalization, and the lines a simulated customer says
 * by default in that language (nudges after silence, hanging up, being interrupted...).
 */
public final class Lexicon {

  public enum Direction { LTR, RTL }

  /** Kinds of default customer lines a lexicon provides. */
  public static final List<String> CUSTOMER_LINES = List.of("nudge", "hang-up", "interrupted", "unanswered");

  private final String language;
  private final String name;
  private final Direction direction;
  private final Normalizer normalizer;
  private final Map<String, WordClass> classes;
  private final Map<Act, List<PhrasePattern>> phrases;
  private final Map<Act, List<PhrasePattern>> exceptions;
  private final Map<Act, List<PhrasePattern>> learnedNeeds;
  private final Map<Act, List<PhrasePattern>> learnedSentenceNeeds;
  private final Map<String, List<String>> customerLines;
  private final List<List<String>> nameEndings;
  private final DetailPhrases details;
  private final String sha256;
  private final Set<String> abbreviations;
  private final Negation negation;
  private final ExampleSettings examples;

  private final Map<String, List<Indexed>> byFirstWord = new HashMap<>();
  /** Phrases starting with a prefix word, by the prefix's first two characters (or its only one). */
  private final Map<String, List<Indexed>> byPrefix = new HashMap<>();
  private final List<Indexed> anywhere = new ArrayList<>();

  /**
   * Labelled lines a classifier learns from to add an act the phrases missed ({@code examples}): the files, as written
   * (relative to the lexicon's directory), where the option is, which acts it finds at what probability, and the
   * other languages whose lines in the files it learns from too (the lexicon's own language always), and the acts whose
   * phrases' findings it must confirm, with the least probability each needs ({@code confirm}).
   *
   * @param teaches the acts each of some files teaches, the ones it was written for: a line of such a file is an
   *     example (or a counter-example) of those acts only
   */
  public record ExampleSettings(List<String> files, servicesim.files.Location at, ExampleClassifier.Settings settings,
      List<String> alsoLanguages, ExampleClassifier.Settings confirm, Map<String, Set<Act>> teaches) {
    public ExampleSettings {
      files = List.copyOf(files);
      alsoLanguages = List.copyOf(alsoLanguages);
      teaches = Map.copyOf(teaches);
    }

    /** The line as an example of the acts its file teaches: any other act neither counts for it nor against it. */
    public servicesim.policy.acts.eval.LabelledLine taught(String file, servicesim.policy.acts.eval.LabelledLine line) {
      Set<Act> taught = teaches.get(file);
      return taught == null ? line : line.teachingOnly(taught);
    }
  }

  /** A phrase of an act; for {@link Act#ASK_DETAIL}, the detail it asks for. */
  record Indexed(Act act, PhrasePattern pattern, String detail) {}

  /**
   * The {@code ask-detail} block: phrases asking for each detail, and how the customer answers in this language
   * ({@code {value}} in a template is the value; {@link #OTHER} answers a detail without a template of its own,
   * {@link #UNKNOWN} says the customer does not know, {@link #PREFERENCE} gives their preference).
   */
  public record DetailPhrases(Map<String, List<PhrasePattern>> phrases, Map<String, String> answers) {
    public static final String OTHER = "other";
    public static final String UNKNOWN = "unknown";
    public static final String PREFERENCE = "preference";
    public static final DetailPhrases NONE = new DetailPhrases(Map.of(), Map.of());

    /** The customer's answer giving {@code value} for {@code detail}. */
    public String answer(String detail, String value) {
      String template = answers.getOrDefault(detail, answers.getOrDefault(OTHER, "{value}"));
      return template.replace("{value}", value);
    }

    /** The customer's answer when they do not know {@code detail}. */
    public String unknown() {
      return answers.getOrDefault(UNKNOWN, "?");
    }
  }

  /**
   * How the language is typed in Latin letters, the same lexicon read through it (its Latin-letter view), and the
   * languages a line of this one is also read in (code-mixed lines: "Maafi chahunga, it will take 3-5 business days").
   */
  public record Scripts(Transliteration transliteration, Lexicon latinView, List<String> alsoRead,
      servicesim.files.Location alsoReadAt) {
    public static final Scripts NONE = new Scripts(null, null, List.of(), null);

    public Scripts {
      alsoRead = List.copyOf(alsoRead);
    }
  }

  private final Scripts scripts;
  private final Quotation quotation;

  public Lexicon(String language, String name, Direction direction, Normalizer normalizer,
      Map<String, WordClass> classes, Map<Act, List<PhrasePattern>> phrases, Map<Act, List<PhrasePattern>> exceptions,
      Map<Act, List<PhrasePattern>> learnedNeeds, Map<Act, List<PhrasePattern>> learnedSentenceNeeds,
      Map<String, List<String>> customerLines,
      List<List<String>> nameEndings, DetailPhrases details, String sha256, Set<String> abbreviations,
      Negation negation, Scripts scripts, ExampleSettings examples, Quotation quotation) {
    this.scripts = scripts;
    this.quotation = quotation;
    this.examples = examples;
    this.language = language;
    this.name = name;
    this.direction = direction;
    this.normalizer = normalizer;
    this.classes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(classes));
    this.phrases = Map.copyOf(phrases);
    this.exceptions = Map.copyOf(exceptions);
    this.learnedNeeds = Map.copyOf(learnedNeeds);
    this.learnedSentenceNeeds = Map.copyOf(learnedSentenceNeeds);
    this.customerLines = Map.copyOf(customerLines);
    this.nameEndings = List.copyOf(nameEndings);
    this.details = details;
    this.sha256 = sha256;
    this.abbreviations = Set.copyOf(abbreviations);
    this.negation = negation;
    phrases.forEach((act, patterns) -> patterns.forEach(p -> index(new Indexed(act, p, null))));
    details.phrases().forEach((detail, patterns) ->
        patterns.forEach(p -> index(new Indexed(Act.ASK_DETAIL, p, detail))));
  }

  private void index(Indexed entry) {
    if (entry.pattern().startsAnywhere()) {
      anywhere.add(entry);
      return;
    }
    for (PhrasePattern.Unit unit : entry.pattern().firstUnits()) {
      if (unit instanceof PhrasePattern.Exact e) {
        List<Indexed> list = byFirstWord.computeIfAbsent(e.word(), k -> new ArrayList<>());
        if (!list.contains(entry)) list.add(entry);
      } else {
        String p = ((PhrasePattern.Prefix) unit).prefix();
        List<Indexed> list = byPrefix.computeIfAbsent(p.substring(0, Math.min(2, p.length())), k -> new ArrayList<>());
        if (!list.contains(entry)) list.add(entry);
      }
    }
  }

  /** Phrases that may match starting at a token, in lexicon order. */
  List<Indexed> candidatesFor(String token) {
    List<Indexed> exact = byFirstWord.getOrDefault(token, List.of());
    List<Indexed> prefixed = new ArrayList<>();
    for (String key : token.length() >= 2 ? List.of(token.substring(0, 1), token.substring(0, 2)) : List.of(token)) {
      for (Indexed entry : byPrefix.getOrDefault(key, List.of())) {
        for (PhrasePattern.Unit u : entry.pattern().firstUnits()) {
          if (u instanceof PhrasePattern.Prefix && u.matches(token) && !prefixed.contains(entry) && !exact.contains(entry)) {
            prefixed.add(entry);
          }
        }
      }
    }
    if (prefixed.isEmpty() && anywhere.isEmpty()) return exact;
    List<Indexed> out = new ArrayList<>(exact.size() + prefixed.size() + anywhere.size());
    out.addAll(exact);
    out.addAll(prefixed);
    out.addAll(anywhere);
    return out;
  }

  public String language() {
    return language;
  }

  public String name() {
    return name;
  }

  public Direction direction() {
    return direction;
  }

  public Normalizer normalizer() {
    return normalizer;
  }

  public Map<String, WordClass> classes() {
    return classes;
  }

  public List<PhrasePattern> phrases(Act act) {
    if (act == Act.ASK_DETAIL) return details.phrases().values().stream().flatMap(List::stream).toList();
    return phrases.getOrDefault(act, List.of());
  }

  /** The phrases asking for each detail and the customer's answers, from the {@code ask-detail} block. */
  public DetailPhrases details() {
    return details;
  }

  /** Phrases that cancel a detection of {@code act} they overlap ("not your fault" is no blame). */
  public List<PhrasePattern> exceptions(Act act) {
    return exceptions.getOrDefault(act, List.of());
  }

  /**
   * What a message must name somewhere for the classifier to add {@code act} in it (the act's {@code learned-needs}):
   * a refusal learned from examples stands only where a rule is named. Empty: the classifier needs nothing.
   */
  public List<PhrasePattern> learnedNeeds(Act act) {
    return learnedNeeds.getOrDefault(act, List.of());
  }

  /**
   * What the very sentence must hold for the classifier to add {@code act} there (the act's
   * {@code learned-needs-in-sentence}): a satisfaction check learned from examples stands only in a question or beside
   * a request to report back, not in "Theek hai, verify ho gaya." Empty: the classifier needs nothing.
   */
  public List<PhrasePattern> learnedSentenceNeeds(Act act) {
    return learnedSentenceNeeds.getOrDefault(act, List.of());
  }

  public List<String> customerLines(String kind) {
    return customerLines.getOrDefault(kind, List.of());
  }

  /** Declensions of names in this language, as groups of normalized endings (ος ου ο ε: Νίκος, Νίκου, Νίκο). */
  public List<List<String>> nameEndings() {
    return nameEndings;
  }

  public String sha256() {
    return sha256;
  }

  /** How this language is typed in Latin letters, the Latin-letter view, and the languages a line is also read in. */
  public Scripts scripts() {
    return scripts;
  }

  /** The quotation marks of this language's texts: what they enclose the agent reports rather than says. */
  public Quotation quotation() {
    return quotation;
  }

  /** Normalized words written with a full stop that does not end a sentence ("mr", "etc"). */
  public Set<String> abbreviations() {
    return abbreviations;
  }

  /** The examples option, if the lexicon has one. */
  public java.util.Optional<ExampleSettings> examples() {
    return java.util.Optional.ofNullable(examples);
  }

  public Negation negation() {
    return negation;
  }

  /** The words of {@code text}, normalized, with the sentences and clauses they belong to. */
  public List<Token> tokens(String text) {
    return Tokenizer.tokens(normalizer.apply(text), abbreviations);
  }
}
