package servicesim.policy.acts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A language's negation, as its lexicon declares it: a cue ("not", "can't", "never", "unable") cancels a phrase of
 * one of {@code acts} when it stands up to {@code before} words before the phrase (or up to {@code after} words after
 * it, for languages that negate after the verb), in the same clause with no {@code stops} word ("but", "however")
 * between or opening the phrase — or inside the phrase, in words a gap took. A cue inside one of the {@code ignore} phrases ("don't
 * hesitate", "no problem") negates nothing; a negation word the phrase itself names ("not your fault") is no cue.
 * "I can't help with that" is no offer of help; "Sorry that I couldn't help you today" is none either.
 */
public final class Negation {

  /** Acts negated when a lexicon does not say: all but those whose phrases are refusals or rudeness themselves. */
  public static final Set<Act> DEFAULT_ACTS = defaultActs();
  public static final int DEFAULT_BEFORE = 4;
  public static final int DEFAULT_AFTER = 0;
  public static final Negation NONE = new Negation(List.of(), List.of(), List.of(), Set.of(), 0, 0);

  private final List<PhrasePattern> cues;
  private final Index cueIndex;
  private final Index ignoreIndex;
  private final Index stopIndex;
  private final Set<Act> acts;
  private final int before;
  private final int after;

  public Negation(List<PhrasePattern> cues, List<PhrasePattern> ignore, List<PhrasePattern> stops, Set<Act> acts,
      int before, int after) {
    this.cues = List.copyOf(cues);
    this.cueIndex = new Index(cues);
    this.ignoreIndex = new Index(ignore);
    this.stopIndex = new Index(stops);
    this.acts = acts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(acts));
    this.before = before;
    this.after = after;
  }

  private static Set<Act> defaultActs() {
    Set<Act> acts = EnumSet.noneOf(Act.class);
    for (Act a : Act.values()) if (a.fromLexicon() && a != Act.POLICY_AS_WEAPON && a != Act.DISCOURTESY) acts.add(a);
    return Set.copyOf(acts);
  }

  public List<PhrasePattern> cues() {
    return cues;
  }

  public Set<Act> acts() {
    return acts;
  }

  public int before() {
    return before;
  }

  public int after() {
    return after;
  }

  public boolean applies(Act act) {
    return !cues.isEmpty() && acts.contains(act);
  }

  /** Where a message's cues and stop words are; found once per message, when a phrase may need it. */
  public Marks mark(List<Token> tokens) {
    boolean[] cueStart = new boolean[tokens.size()];
    int[] cueEnd = new int[tokens.size()];
    boolean[] stop = new boolean[tokens.size()];
    boolean[] ignored = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      for (PhrasePattern p : ignoreIndex.at(tokens.get(i).text())) {
        Optional<PhrasePattern.Match> m = p.matchAt(tokens, i);
        if (m.isPresent()) for (int k = m.get().from(); k < m.get().to(); k++) ignored[k] = true;
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      for (PhrasePattern p : stopIndex.at(tokens.get(i).text())) {
        Optional<PhrasePattern.Match> m = p.matchAt(tokens, i);
        if (m.isPresent()) for (int k = m.get().from(); k < m.get().to(); k++) stop[k] = true;
      }
      if (ignored[i]) continue;
      for (PhrasePattern p : cueIndex.at(tokens.get(i).text())) {
        Optional<PhrasePattern.Match> m = p.matchAt(tokens, i);
        if (m.isPresent()) {
          cueStart[i] = true;
          cueEnd[i] = Math.max(cueEnd[i], m.get().to());
        }
      }
    }
    return new Marks(cueStart, cueEnd, stop);
  }

  /**
   * Per token, true when a cue reaches it: one of the {@link #before()} words after a cue, or of the {@link #after()}
   * words before one, in its clause with no stop word between them.
   */
  public boolean[] scope(List<Token> tokens) {
    boolean[] out = new boolean[tokens.size()];
    if (cues.isEmpty()) return out;
    Marks marks = mark(tokens);
    int reachUntil = -1;
    int clause = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).clause() != clause || marks.stop()[i]) reachUntil = -1;
      clause = tokens.get(i).clause();
      if (i < reachUntil) out[i] = true;
      if (marks.cueStart()[i]) reachUntil = Math.max(reachUntil, marks.cueEnd()[i] + before);
    }
    // languages that negate after the verb: a cue also reaches the words before it
    int none = Integer.MAX_VALUE;
    int reachFrom = none;
    clause = -1;
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (tokens.get(i).clause() != clause || marks.stop()[i]) reachFrom = none;
      clause = tokens.get(i).clause();
      if (marks.cueStart()[i]) {
        reachFrom = i;
        continue;
      }
      if (reachFrom != none && reachFrom - i <= after) out[i] = true;
    }
    return out;
  }

  /** Cue and stop-word positions in one message. */
  public record Marks(boolean[] cueStart, int[] cueEnd, boolean[] stop) {}

  /** True when a cue negates {@code match}: before it, after it, or in words a gap of it took. */
  public boolean negates(PhrasePattern.Match match, List<Token> tokens, Marks marks) {
    for (int g : match.gapTokens()) if (marks.cueStart()[g]) return true;
    int clause = tokens.get(match.from()).clause();
    // a phrase that begins with a stop word ("we can help" after "if you're unable to connect") starts afresh
    for (int i = match.from() - 1; i >= 0 && tokens.get(i).clause() == clause && !marks.stop()[match.from()]; i--) {
      if (marks.stop()[i]) break;
      // a cue reaches the words after its last one
      if (marks.cueStart()[i] && marks.cueEnd()[i] <= match.from() && match.from() - (marks.cueEnd()[i] - 1) <= before) {
        return true;
      }
    }
    int last = match.to() - 1;
    int lastClause = tokens.get(last).clause();
    for (int i = match.to(); i < tokens.size() && i - last <= after && tokens.get(i).clause() == lastClause; i++) {
      if (marks.stop()[i]) break;
      if (marks.cueStart()[i]) return true;
    }
    return false;
  }

  /** Patterns by the word they start with; those starting with a prefix or a class are tried everywhere. */
  private static final class Index {
    private final Map<String, List<PhrasePattern>> byWord = new HashMap<>();
    private final List<PhrasePattern> elsewhere = new ArrayList<>();

    Index(List<PhrasePattern> patterns) {
      for (PhrasePattern p : patterns) {
        List<PhrasePattern.Unit> first = p.firstUnits();
        if (p.startsAnywhere() || first.isEmpty() || first.stream().anyMatch(u -> !(u instanceof PhrasePattern.Exact))) {
          elsewhere.add(p);
          continue;
        }
        for (PhrasePattern.Unit u : first) {
          List<PhrasePattern> list = byWord.computeIfAbsent(((PhrasePattern.Exact) u).word(), k -> new ArrayList<>());
          if (!list.contains(p)) list.add(p);
        }
      }
    }

    List<PhrasePattern> at(String word) {
      List<PhrasePattern> exact = byWord.getOrDefault(word, List.of());
      if (elsewhere.isEmpty()) return exact;
      List<PhrasePattern> out = new ArrayList<>(exact);
      out.addAll(elsewhere);
      return out;
    }
  }
}
