package servicesim.policy.acts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the acts in a message of one language. Phrases match whole words of normalized text; the agent's own name and
 * the organisation's name come from the session, not the lexicon. Safe to share between threads.
 */
public final class ActDetector {

  private final Lexicon lexicon;
  private final Map<String, List<PhrasePattern>> namePatterns = new ConcurrentHashMap<>();

  public ActDetector(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /** Who is speaking for whom: what own-name and org-name look for. Aliases are other ways to write the names. */
  public record Context(List<String> agentNames, List<String> organisationNames) {
    public static final Context NONE = new Context(List.of(), List.of());

    public static Context of(String agentName, String organisation, List<String> organisationAliases) {
      List<String> orgs = new ArrayList<>();
      if (organisation != null && !organisation.isBlank()) orgs.add(organisation);
      orgs.addAll(organisationAliases);
      return new Context(agentName == null || agentName.isBlank() ? List.of() : List.of(agentName), orgs);
    }
  }

  /**
   * Every act found in {@code text}, ordered by position; at most one detection per act and place. A phrase matches
   * within one sentence, and not where an exception phrase overlaps it or the language's negation cancels it.
   */
  public List<Detection> detect(String text, Context context) {
    List<Token> tokens = lexicon.tokens(text);
    Negation negation = lexicon.negation();
    Negation.Marks negationMarks = null;
    List<Detection> found = new ArrayList<>();
    Map<Act, Integer> coveredUntil = new EnumMap<>(Act.class);
    for (int i = 0; i < tokens.size(); i++) {
      // per act, the longest phrase starting here ("by Friday at noon" rather than "by Friday"); on a tie, the one
      // listed first in the lexicon
      Map<Act, Lexicon.Indexed> bestPattern = new EnumMap<>(Act.class);
      Map<Act, PhrasePattern.Match> best = new EnumMap<>(Act.class);
      for (Lexicon.Indexed candidate : lexicon.candidatesFor(tokens.get(i).text())) {
        if (coveredUntil.getOrDefault(candidate.act(), 0) > i) continue;
        Optional<PhrasePattern.Match> m = candidate.pattern().matchAt(tokens, i);
        if (m.isEmpty() || excepted(candidate.act(), m.get(), tokens)) continue;
        if (negation.applies(candidate.act())) {
          if (negationMarks == null) negationMarks = negation.mark(tokens);
          if (negation.negates(m.get(), tokens, negationMarks)) continue;
        }
        PhrasePattern.Match current = best.get(candidate.act());
        if (current == null || m.get().to() > current.to()) {
          best.put(candidate.act(), m.get());
          bestPattern.put(candidate.act(), candidate);
        }
      }
      for (var e : best.entrySet()) {
        found.add(detection(e.getKey(), bestPattern.get(e.getKey()).pattern(), e.getValue(), tokens, text));
        coveredUntil.put(e.getKey(), e.getValue().to());
      }
      nameAt(Act.OWN_NAME, context.agentNames(), tokens, i, text, coveredUntil).ifPresent(found::add);
      nameAt(Act.ORG_NAME, context.organisationNames(), tokens, i, text, coveredUntil).ifPresent(found::add);
    }
    dropTimesOfARestatement(found, tokens);
    // ACTS.md: a promise with a concrete time in the same message is no vague promise
    if (found.stream().anyMatch(d -> d.act() == Act.CONCRETE_TIMELINE)) found.removeIf(d -> d.act() == Act.VAGUE_PROMISE);
    found.sort(Comparator.comparingInt(Detection::start).thenComparing(d -> d.act().ordinal()));
    return List.copyOf(found);
  }

  /**
   * A read-back ends with its check ("... at 8 pm on March 7th. Is that correct?"): the times up to that sentence are
   * what the customer asked for, not a time the agent promises for a next step.
   */
  private static void dropTimesOfARestatement(List<Detection> found, List<Token> tokens) {
    int lastRestating = -1;
    for (Detection d : found) {
      if (d.act() == Act.CONFIRM_UNDERSTANDING) lastRestating = Math.max(lastRestating, sentenceAt(d.end() - 1, tokens));
    }
    if (lastRestating < 0) return;
    int until = lastRestating;
    found.removeIf(d -> d.act() == Act.CONCRETE_TIMELINE && sentenceAt(d.start(), tokens) <= until);
  }

  /** The sentence of the token covering {@code offset} of the original text. */
  private static int sentenceAt(int offset, List<Token> tokens) {
    int sentence = 0;
    for (Token t : tokens) {
      if (t.start() > offset) break;
      sentence = t.sentence();
    }
    return sentence;
  }

  /** True when an exception phrase of {@code act} overlaps the match ("not your fault" cancels "your fault"). */
  private boolean excepted(Act act, PhrasePattern.Match match, List<Token> tokens) {
    List<PhrasePattern> exceptions = lexicon.exceptions(act);
    if (exceptions.isEmpty()) return false;
    int from = Math.max(0, match.from() - 8);
    for (int i = from; i < match.to(); i++) {
      for (PhrasePattern p : exceptions) {
        Optional<PhrasePattern.Match> e = p.matchAt(tokens, i);
        if (e.isPresent() && e.get().from() < match.to() && e.get().to() > match.from()) return true;
      }
    }
    return false;
  }

  public boolean contains(String text, Act act, Context context) {
    return detect(text, context).stream().anyMatch(d -> d.act() == act);
  }

  /** The first place {@code text} matches one of {@code phrases} (written in the lexicon's pattern syntax). */
  public Optional<Detection> find(String text, List<PhrasePattern> phrases, Act reportedAs) {
    List<Token> tokens = lexicon.tokens(text);
    for (int i = 0; i < tokens.size(); i++) {
      for (PhrasePattern p : phrases) {
        Optional<PhrasePattern.Match> m = p.matchAt(tokens, i);
        if (m.isPresent()) return Optional.of(detection(reportedAs, p, m.get(), tokens, text));
      }
    }
    return Optional.empty();
  }

  /** Compiles a phrase in this lexicon's syntax and normalization (for question answers and custom rules). */
  public PhrasePattern compile(String phrase) throws PatternSyntaxException {
    return PhrasePattern.compile(phrase, lexicon.normalizer(), lexicon.classes());
  }

  private Optional<Detection> nameAt(Act act, List<String> names, List<Token> tokens, int i, String text,
      Map<Act, Integer> coveredUntil) {
    if (names.isEmpty() || coveredUntil.getOrDefault(act, 0) > i) return Optional.empty();
    for (String name : names) {
      for (PhrasePattern p : namePatterns.computeIfAbsent(name, this::namePattern)) {
        Optional<PhrasePattern.Match> m = p.matchAt(tokens, i);
        if (m.isPresent()) {
          coveredUntil.put(act, m.get().to());
          return Optional.of(detection(act, p, m.get(), tokens, text));
        }
      }
    }
    return Optional.empty();
  }

  private List<PhrasePattern> namePattern(String name) {
    List<String> words = new java.util.ArrayList<>();
    for (Token t : Tokenizer.tokens(lexicon.normalizer().apply(name))) words.add(stem(t.text()));
    if (words.isEmpty()) return List.of();
    try {
      return List.of(PhrasePattern.compile(String.join(" ", words), Normalizer.BASIC, Map.of()));
    } catch (PatternSyntaxException e) {
      return List.of();
    }
  }

  /** A name word as a pattern word: every form of its declension when the language declines names. */
  private String stem(String word) {
    List<String> forms = nameForms(word);
    return forms.size() == 1 ? word : "(" + String.join("|", forms) + ")";
  }

  /**
   * Every form of a normalized name word's declension (νικοσ: νικοσ, νικου, νικο, νικε), by the lexicon's longest
   * matching name ending; just the word when the language does not decline names or no ending fits.
   */
  public List<String> nameForms(String normalizedWord) {
    String bestEnding = null;
    List<String> bestGroup = null;
    for (List<String> group : lexicon.nameEndings()) {
      for (String ending : group) {
        if (normalizedWord.endsWith(ending) && normalizedWord.length() - ending.length() >= 3
            && (bestEnding == null || ending.length() > bestEnding.length())) {
          bestEnding = ending;
          bestGroup = group;
        }
      }
    }
    if (bestGroup == null) return List.of(normalizedWord);
    String stem = normalizedWord.substring(0, normalizedWord.length() - bestEnding.length());
    return bestGroup.stream().map(e -> stem + e).toList();
  }

  private static Detection detection(Act act, PhrasePattern pattern, PhrasePattern.Match m, List<Token> tokens,
      String text) {
    int start = tokens.get(m.from()).start();
    int end = tokens.get(m.to() - 1).end();
    return new Detection(act, start, end, text.substring(start, end), pattern.source(), m.captures());
  }
}
