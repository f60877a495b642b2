package servicesim.policy.acts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phrase as lexicon authors write it, matched against whole words of normalized text (never inside a word).
 *
 * <pre>
 *   word        that word
 *   word*       any word starting with "word" (inflections: apolog* matches apologise, apologies, apologize)
 *   a|b|c       any one of the alternatives (each one word, or a prefix)
 *   (a b|c d)   any one of several multi-word alternatives: (we made a mistake|we got it wrong)
 *   word?       the word (or alternatives, or group) may be missing: (right now)?
 *   *           up to 3 words of anything;  **  up to 8 words
 *   &lt;name&gt;      a member of the lexicon's word class "name"; &lt;name&gt;? is optional
 *   &lt;digits&gt;    a number written in digits;  &lt;number&gt;  a count: at most four digits ("022-61606161" is a
 *               phone number, not 61606161 hours), or a member of the class "number"
 *   &lt;clock&gt;     a clock time written as 15:30, 3.30, 3pm, 10am or 1:10p;  &lt;any&gt;  exactly one word
 *   &lt;start&gt;     the phrase begins a sentence (first only);  &lt;end&gt;  the sentence ends here
 *   &lt;question&gt;  the sentence ends here, with a question mark
 *   [a|b c] ** x  context: "a" or "b c" must come before "x" (up to 8 words before it, in the same sentence), but
 *               is not part of the match: [will|going to] ** &lt;relative-day&gt; matches "tomorrow" after "will";
 *               what its word classes capture (a time, a day) still goes with the match
 * </pre>
 *
 * A phrase matches within one sentence.
 *
 * Pattern words go through the same normalization as the text, so accents, case and spelling variants agree.
 */
public final class PhrasePattern {

  private static final int GAP = 3;
  private static final int LONG_GAP = 8;
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}(?:[:.]\\d{2}(?::\\d{2})?(?:am|pm|a|p)?|am|pm)");

  /** One word to compare: exact, or a prefix. */
  public sealed interface Unit {
    boolean matches(String token);
  }

  public record Exact(String word) implements Unit {
    public boolean matches(String token) {
      return token.equals(word);
    }
  }

  public record Prefix(String prefix) implements Unit {
    public boolean matches(String token) {
      return token.startsWith(prefix);
    }
  }

  sealed interface Element {}

  record Choice(List<List<Unit>> options, boolean optional) implements Element {}

  record Gap(int max) implements Element {}

  record ClassRef(String name, WordClass wordClass, boolean optional) implements Element {}

  /** A class or built-in matched in a phrase, with its value: what timeline resolution reads. */
  public record Capture(String className, String value, String text) {}

  /** Succeeds only at the end of the tokens it is given: a context must end where the phrase begins. */
  record AtEnd() implements Element {}

  private final String source;
  private final List<Element> context;
  private final List<Element> elements;

  private PhrasePattern(String source, List<Element> context, List<Element> elements) {
    this.source = source;
    this.context = context;
    this.elements = elements;
  }

  public String source() {
    return source;
  }

  public static PhrasePattern compile(String source, Normalizer normalizer, Map<String, WordClass> classes)
      throws PatternSyntaxException {
    if (source.isBlank()) throw new PatternSyntaxException("empty phrase");
    String phrase = source.trim();
    List<Element> context = new ArrayList<>();
    if (phrase.startsWith("[")) {
      int close = phrase.indexOf(']');
      if (close < 0) throw new PatternSyntaxException("'[' opens a context that is never closed");
      String inside = phrase.substring(1, close).trim();
      if (inside.isEmpty() || inside.contains("[")) {
        throw new PatternSyntaxException("a context is written [words] before the phrase, with words in it");
      }
      // "[will|going to]" reads like a group: one of several alternatives of one or more words
      boolean alternatives = inside.contains("|") && inside.contains(" ") && !inside.matches(".*[()<>*].*");
      context.addAll(elements(alternatives ? "(" + inside + ")" : inside, normalizer, classes));
      phrase = phrase.substring(close + 1).trim();
      if (phrase.isEmpty()) throw new PatternSyntaxException("a context [words] needs a phrase after it");
    }
    if (phrase.contains("[") || phrase.contains("]")) {
      throw new PatternSyntaxException("a context [words] may only open a phrase");
    }
    List<Element> elements = new ArrayList<>(elements(phrase, normalizer, classes));
    // a gap right after the context says how far before the phrase the context may be
    while (!context.isEmpty() && !elements.isEmpty() && elements.get(0) instanceof Gap g) {
      context.add(g);
      elements.remove(0);
    }
    if (!context.isEmpty()) context.add(new AtEnd());
    for (int k = 0; k < elements.size(); k++) {
      if (!(elements.get(k) instanceof ClassRef r) || !ANCHORS.contains(r.name())) continue;
      if (r.name().equals("start") && k > 0) throw new PatternSyntaxException("<start> may only begin a phrase");
      if (!r.name().equals("start") && elements.subList(k + 1, elements.size()).stream().anyMatch(e -> !isAnchor(e))) {
        throw new PatternSyntaxException("<" + r.name() + "> may only end a phrase");
      }
    }
    int firstWord = 0;
    while (firstWord < elements.size() && isAnchor(elements.get(firstWord))) firstWord++;
    if (firstWord > 1 || firstWord == 1 && !((ClassRef) elements.get(0)).name().equals("start")) {
      throw new PatternSyntaxException("only <start> may come before the first word of a phrase");
    }
    Element first = firstWord < elements.size() ? elements.get(firstWord) : null;
    if (first == null || first instanceof Gap || (first instanceof Choice c && c.optional())
        || (first instanceof ClassRef r && r.optional())) {
      throw new PatternSyntaxException("a phrase must start with a required word, not a gap or optional word");
    }
    if (elements.get(elements.size() - 1) instanceof Gap) {
      throw new PatternSyntaxException("a phrase must not end with a gap");
    }
    return new PhrasePattern(source, List.copyOf(context), List.copyOf(elements));
  }

  /** The elements of a phrase (or of its context), part by part. */
  private static List<Element> elements(String source, Normalizer normalizer, Map<String, WordClass> classes)
      throws PatternSyntaxException {
    List<Element> elements = new ArrayList<>();
    for (String part : parts(source)) {
      if (part.startsWith("(")) {
        elements.add(group(part, normalizer));
        continue;
      }
      if (part.equals("*")) {
        elements.add(new Gap(GAP));
        continue;
      }
      if (part.equals("**")) {
        elements.add(new Gap(LONG_GAP));
        continue;
      }
      boolean optional = part.endsWith("?") && part.length() > 1;
      String body = optional ? part.substring(0, part.length() - 1) : part;
      if (body.startsWith("<") && body.endsWith(">")) {
        String name = body.substring(1, body.length() - 1);
        if (!isBuiltIn(name) && !classes.containsKey(name)) {
          throw new PatternSyntaxException("unknown word class <" + name + "> (defined: "
              + String.join(", ", new java.util.TreeSet<>(classes.keySet()))
              + "; built in: digits, number, clock, any, start, end, question)");
        }
        elements.add(new ClassRef(name, classes.get(name), optional));
        continue;
      }
      if (body.contains("<") || body.contains(">")) {
        throw new PatternSyntaxException("'" + part + "': a word class is written alone, as <name>");
      }
      List<List<Unit>> options = new ArrayList<>();
      for (String alternative : body.split("\\|", -1)) {
        if (alternative.isEmpty()) throw new PatternSyntaxException("'" + part + "' has an empty alternative");
        options.add(units(alternative, normalizer, part));
      }
      elements.add(new Choice(List.copyOf(options), optional));
    }
    return elements;
  }

  /** Splits a phrase on spaces, keeping a parenthesised group together as one part. */
  private static List<String> parts(String source) throws PatternSyntaxException {
    List<String> parts = new ArrayList<>();
    StringBuilder group = null;
    for (String token : source.trim().split("\\s+")) {
      if (group != null) {
        group.append(' ').append(token);
        if (token.contains("(")) throw new PatternSyntaxException("groups cannot be nested: '" + group + "'");
        if (token.endsWith(")") || token.endsWith(")?")) {
          parts.add(group.toString());
          group = null;
        }
      } else if (token.startsWith("(")) {
        if (token.endsWith(")") || token.endsWith(")?")) parts.add(token);
        else group = new StringBuilder(token);
      } else {
        if (token.contains("(") || token.contains(")")) {
          throw new PatternSyntaxException("'" + token + "': a group is written (a b|c d), with spaces around it");
        }
        parts.add(token);
      }
    }
    if (group != null) throw new PatternSyntaxException("'" + group + "' opens a group that is never closed");
    return parts;
  }

  /** A parenthesised choice of alternatives, each of one or more words. */
  private static Choice group(String part, Normalizer normalizer) throws PatternSyntaxException {
    boolean optional = part.endsWith(")?");
    String inner = part.substring(1, part.length() - (optional ? 2 : 1)).trim();
    if (inner.isEmpty()) throw new PatternSyntaxException("'" + part + "' is an empty group");
    if (inner.contains("(") || inner.contains(")")) throw new PatternSyntaxException("groups cannot be nested: '" + part + "'");
    List<List<Unit>> options = new ArrayList<>();
    for (String alternative : inner.split("\\|", -1)) {
      String alt = alternative.trim();
      if (alt.isEmpty()) throw new PatternSyntaxException("'" + part + "' has an empty alternative");
      if (alt.contains("<") || alt.contains("*") && !alt.matches("(\\S*[^*\\s]\\*?\\s*)+")) {
        throw new PatternSyntaxException("'" + part + "': a group holds words and prefixes, not classes or gaps");
      }
      List<Unit> units = new ArrayList<>();
      for (String word : alt.split("\\s+")) units.addAll(units(word, normalizer, part));
      options.add(List.copyOf(units));
    }
    return new Choice(List.copyOf(options), optional);
  }

  /** Words of one alternative (or class member): normalized, possibly several, the last may be a prefix. */
  static List<Unit> units(String alternative, Normalizer normalizer, String context) throws PatternSyntaxException {
    boolean prefix = alternative.endsWith("*");
    String literal = prefix ? alternative.substring(0, alternative.length() - 1) : alternative;
    if (literal.contains("*")) throw new PatternSyntaxException("'" + context + "': '*' may only end a word");
    List<Token> words = Tokenizer.tokens(normalizer.apply(literal));
    if (words.isEmpty()) throw new PatternSyntaxException("'" + context + "' has no letters or digits");
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).text();
      units.add(prefix && i == words.size() - 1 ? new Prefix(w) : new Exact(w));
    }
    return List.copyOf(units);
  }

  private static boolean isBuiltIn(String name) {
    return name.equals("digits") || name.equals("clock") || name.equals("any")
        || name.equals("number") || ANCHORS.contains(name);
  }

  /** Built-ins that take no word: where a sentence starts or ends, and the end of a question. */
  private static final java.util.Set<String> ANCHORS = java.util.Set.of("start", "end", "question");

  private static boolean isAnchor(Element e) {
    return e instanceof ClassRef r && ANCHORS.contains(r.name());
  }

  /** The first element that takes a word: a leading {@code <start>} is skipped for indexing. */
  private Element firstWordElement() {
    return isAnchor(elements.get(0)) ? elements.get(1) : elements.get(0);
  }

  /** Words that can begin a match, for indexing; empty when the first element is a class or built-in. */
  List<Unit> firstUnits() {
    List<Unit> out = new ArrayList<>();
    Element first = firstWordElement();
    if (first instanceof Choice c) {
      for (List<Unit> option : c.options()) out.add(option.get(0));
    } else if (first instanceof ClassRef r && r.wordClass() != null && !r.name().equals("number")) {
      for (WordClass.Member m : r.wordClass().members()) out.add(m.words().get(0));
    }
    return out;
  }

  /** True when any token may start a match (built-in first element such as &lt;number&gt; or &lt;clock&gt;). */
  boolean startsAnywhere() {
    return firstWordElement() instanceof ClassRef r && (r.wordClass() == null || r.name().equals("number"));
  }

  /**
   * A match starting at token {@code from}: the index after its last token, what it captured, and which of its tokens
   * a gap or {@code <any>} took (words the phrase does not name, where a negation may hide).
   */
  public record Match(int from, int to, List<Capture> captures, List<Integer> gapTokens) {
    public Match(int from, int to, List<Capture> captures) {
      this(from, to, captures, List.of());
    }
  }

  /** The match starting at token {@code from}, within its sentence: a phrase never runs on past a sentence end. */
  public Optional<Match> matchAt(List<Token> tokens, int from) {
    if (from >= tokens.size()) return Optional.empty();
    int sentence = tokens.get(from).sentence();
    int end = from + 1;
    while (end < tokens.size() && tokens.get(end).sentence() == sentence) end++;
    List<Token> inSentence = end == tokens.size() ? tokens : tokens.subList(0, end);
    List<Capture> captures = new ArrayList<>();
    List<Integer> gapTokens = new ArrayList<>();
    int after = match(elements, 0, inSentence, from, captures, gapTokens);
    if (after < 0) return Optional.empty();
    if (!context.isEmpty()) {
      // what the context captured comes first: "[kal subah 9 baje ke liye book] * hai" still promises 9 tomorrow
      List<Capture> before = contextBefore(tokens, from, sentence);
      if (before == null) return Optional.empty();
      before.addAll(captures);
      captures = before;
    }
    return Optional.of(new Match(from, after, List.copyOf(captures), List.copyOf(gapTokens)));
  }

  /**
   * What the context captured when it comes before token {@code from}, in its sentence, ending right where the phrase
   * begins; null when it does not.
   */
  private List<Capture> contextBefore(List<Token> tokens, int from, int sentence) {
    List<Token> before = tokens.subList(0, from);
    int first = from;
    while (first > 0 && tokens.get(first - 1).sentence() == sentence) first--;
    // the longest context first, so that it captures all it can ("kal subah 9 baje", not "baje")
    for (int j = first; j < from; j++) {
      List<Capture> captured = new ArrayList<>();
      if (match(context, 0, before, j, captured, new ArrayList<>()) >= 0) return captured;
    }
    return null;
  }

  private int match(List<Element> elements, int ei, List<Token> tokens, int ti, List<Capture> captures,
      List<Integer> gapTokens) {
    if (ei == elements.size()) return ti;
    Element e = elements.get(ei);
    if (e instanceof AtEnd) return ti == tokens.size() ? match(elements, ei + 1, tokens, ti, captures, gapTokens) : -1;
    int mark = captures.size();
    int gapMark = gapTokens.size();
    if (e instanceof Gap gap) {
      for (int skip = 0; skip <= gap.max() && ti + skip <= tokens.size(); skip++) {
        if (skip > 0) gapTokens.add(ti + skip - 1);
        int end = match(elements, ei + 1, tokens, ti + skip, captures, gapTokens);
        if (end >= 0) return end;
        truncate(captures, mark);
      }
      truncate(gapTokens, gapMark);
      return -1;
    }
    if (e instanceof Choice choice) {
      for (List<Unit> option : choice.options()) {
        int after = matchUnits(option, tokens, ti);
        if (after >= 0) {
          int end = match(elements, ei + 1, tokens, after, captures, gapTokens);
          if (end >= 0) return end;
          truncate(captures, mark);
          truncate(gapTokens, gapMark);
        }
      }
      return choice.optional() ? match(elements, ei + 1, tokens, ti, captures, gapTokens) : -1;
    }
    ClassRef ref = (ClassRef) e;
    if (isAnchor(ref)) {
      if (!anchored(ref.name(), tokens, ti)) return ref.optional() ? match(elements, ei + 1, tokens, ti, captures, gapTokens) : -1;
      return match(elements, ei + 1, tokens, ti, captures, gapTokens);
    }
    for (Candidate c : candidates(ref, tokens, ti)) {
      captures.add(new Capture(ref.name().equals("digits") ? "number" : ref.name(), c.value(), text(tokens, ti, c.after())));
      if (ref.name().equals("any")) gapTokens.add(ti);
      int end = match(elements, ei + 1, tokens, c.after(), captures, gapTokens);
      if (end >= 0) return end;
      truncate(captures, mark);
      truncate(gapTokens, gapMark);
    }
    return ref.optional() ? match(elements, ei + 1, tokens, ti, captures, gapTokens) : -1;
  }

  /** True when token {@code ti} starts a sentence, or the sentence (a question) ends before it. */
  private static boolean anchored(String anchor, List<Token> tokens, int ti) {
    return switch (anchor) {
      case "start" -> ti < tokens.size() && (ti == 0 || tokens.get(ti - 1).sentence() != tokens.get(ti).sentence());
      case "end" -> ti > 0 && (ti == tokens.size() || tokens.get(ti).sentence() != tokens.get(ti - 1).sentence());
      default -> ti > 0 && (ti == tokens.size() || tokens.get(ti).sentence() != tokens.get(ti - 1).sentence())
          && tokens.get(ti - 1).question();
    };
  }

  private record Candidate(int after, String value) {}

  private static List<Candidate> candidates(ClassRef ref, List<Token> tokens, int ti) {
    List<Candidate> out = new ArrayList<>();
    if (ti >= tokens.size()) return out;
    String token = tokens.get(ti).text();
    switch (ref.name()) {
      case "any" -> out.add(new Candidate(ti + 1, token));
      case "digits" -> {
        if (isDigits(token)) out.add(new Candidate(ti + 1, token));
      }
      case "clock" -> {
        if (CLOCK.matcher(token).matches()) out.add(new Candidate(ti + 1, token));
      }
      default -> {
        if (ref.name().equals("number") && isDigits(token) && token.length() <= COUNT_DIGITS) {
          out.add(new Candidate(ti + 1, token));
        }
        if (ref.wordClass() != null) {
          for (WordClass.Member m : ref.wordClass().startingWith(token)) {
            int after = matchUnits(m.words(), tokens, ti);
            if (after >= 0) out.add(new Candidate(after, m.value()));
          }
          out.sort((a, b) -> Integer.compare(b.after(), a.after())); // longest member first
        }
      }
    }
    return out;
  }

  /** Digits at most in a count ({@code <number>}): longer runs are phone, account or reference numbers. */
  private static final int COUNT_DIGITS = 4;

  private static boolean isDigits(String token) {
    if (token.isEmpty()) return false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') return false;
    }
    return true;
  }

  private static int matchUnits(List<Unit> units, List<Token> tokens, int ti) {
    if (ti + units.size() > tokens.size()) return -1;
    for (int k = 0; k < units.size(); k++) {
      if (!units.get(k).matches(tokens.get(ti + k).text())) return -1;
    }
    return ti + units.size();
  }

  private static String text(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) b.append(' ');
      b.append(tokens.get(i).text());
    }
    return b.toString();
  }

  private static void truncate(List<?> list, int size) {
    while (list.size() > size) list.remove(list.size() - 1);
  }

  @Override
  public String toString() {
    return source;
  }
}
