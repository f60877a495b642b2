package servicesim.policy.acts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the acts in a message of one language. Phrases match whole words of normalized text; the agent's own name and
 * the organisation's name come from the session, not the lexicon. Safe to share between threads.
 */
public final class ActDetector {

  private final Lexicon lexicon;
  private final Map<String, List<PhrasePattern>> namePatterns = new ConcurrentHashMap<>();
  private final Map<String, List<PhrasePattern>> possessivePatterns = new ConcurrentHashMap<>();
  private final Map<String, ScriptedName> scriptedNames = new ConcurrentHashMap<>();
  /** The same lexicon matched against words typed in Latin letters, then the other languages a line is read in. */
  private final List<ActDetector> otherReadings;
  /** This detector's lexicon and those of its other readings, in the order they read a text. */
  private final List<Lexicon> readingLexicons;
  /** Learned from labelled sentences, adds an act the phrases missed; null for none. */
  private final java.util.function.Supplier<ExampleClassifier> examples;

  public ActDetector(Lexicon lexicon) {
    this(lexicon, List.of());
  }

  /** @param alsoRead detectors of the languages this one's lines are also read in ({@code also-read}) */
  public ActDetector(Lexicon lexicon, List<ActDetector> alsoRead) {
    this(lexicon, readings(lexicon, alsoRead), null);
  }

  private ActDetector(Lexicon lexicon, List<ActDetector> otherReadings,
      java.util.function.Supplier<ExampleClassifier> examples) {
    this.lexicon = lexicon;
    this.otherReadings = otherReadings;
    this.examples = examples;
    List<Lexicon> readings = new ArrayList<>();
    readings.add(lexicon);
    for (ActDetector other : otherReadings) readings.addAll(other.readingLexicons);
    this.readingLexicons = List.copyOf(readings);
  }

  private static List<ActDetector> readings(Lexicon lexicon, List<ActDetector> alsoRead) {
    List<ActDetector> others = new ArrayList<>();
    if (lexicon.scripts().latinView() != null) others.add(new ActDetector(lexicon.scripts().latinView()));
    others.addAll(alsoRead);
    return List.copyOf(others);
  }

  /**
   * This detector with a classifier as a second opinion on what its phrases missed, made by {@code examples} once, when
   * first needed.
   */
  public ActDetector withExamples(java.util.function.Supplier<ExampleClassifier> examples) {
    return new ActDetector(lexicon, otherReadings, once(examples));
  }

  public java.util.Optional<ExampleClassifier> examples() {
    return examples == null ? java.util.Optional.empty() : java.util.Optional.of(examples.get());
  }

  private static <T> java.util.function.Supplier<T> once(java.util.function.Supplier<T> make) {
    return new java.util.function.Supplier<>() {
      private volatile T made;

      @Override
      public T get() {
        T m = made;
        if (m == null) {
          synchronized (this) {
            m = made;
            if (m == null) made = m = make.get();
          }
        }
        return m;
      }
    };
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
    return detect(text, context, Holdout.NONE);
  }

  /**
   * A labelled line judged without its own group of an example file: the classifier that left out the group's fold
   * decides, and none of the group's examples is cited.
   */
  public record Holdout(Set<String> files, String group) {
    public static final Holdout NONE = new Holdout(Set.of(), null);

    public Holdout {
      files = Set.copyOf(files);
    }

    public int fold() {
      return group == null || files.isEmpty() ? ExampleClassifier.ALL : ExampleClassifier.fold(group);
    }

    public boolean allows(NearestExamples.Example e) {
      return !(files.contains(e.file()) && e.group().equals(group));
    }
  }

  /** Like {@link #detect(String, Context)}, judging a labelled line without its own group of an example file. */
  public List<Detection> detect(String text, Context context, Holdout holdout) {
    if (examples == null) {
      return routed(text, context, new java.util.HashSet<>(), new java.util.HashSet<>(),
          writtenInAlsoRead(sentences(text), context));
    }
    Reading reading = read(text, context);
    List<Detection> confirmed = confirmed(reading, holdout);
    if (confirmed.size() < reading.constructions().size()) {
      reading = new Reading(confirmed, reading.ruledOut(), reading.sentences(), reading.exceptions(),
          reading.otherLanguages(), reading.otherLanguageSentences());
    }
    List<Detection> found = new ArrayList<>(reading.constructions());
    for (Sentence s : reading.sentences()) {
      found.addAll(byExample(reading, s, examples.get().find(s.key(), holdout.fold(), holdout::allows), found));
    }
    if (found.size() == reading.constructions().size()) return reading.constructions();
    return settled(found);
  }

  /**
   * What the phrases found, without what the classifier does not confirm: an act of the lexicon's {@code confirm}
   * found in a sentence the classifier gives less than the act's least probability ("Ye voucher 15 March tak valid
   * hai" holds a date but promises nothing). What another language's reading found ({@code also-read}) is that
   * language's to judge: the classifier learned this language's lines, not English ones ("The refund reaches your
   * account by 6 pm tomorrow." in an Urdu session).
   */
  private List<Detection> confirmed(Reading reading, Holdout holdout) {
    List<Doubt> doubts = doubts(reading, holdout);
    if (doubts.isEmpty()) return reading.constructions();
    List<Detection> kept = new ArrayList<>(reading.constructions());
    doubts.forEach(d -> kept.remove(d.detection()));
    return List.copyOf(kept);
  }

  /** A phrase's finding the classifier did not confirm: the probability it gave the sentence, and the least needed. */
  public record Doubt(Detection detection, double probability, double least) {}

  /** What the phrases found in {@code text} that the classifier does not confirm (the lexicon's {@code confirm}). */
  public List<Doubt> doubted(String text, Context context) {
    return examples == null ? List.of() : doubts(read(text, context), Holdout.NONE);
  }

  private List<Doubt> doubts(Reading reading, Holdout holdout) {
    Map<Act, Double> confirm = lexicon.examples().map(e -> e.confirm().minProbabilities()).orElse(Map.of());
    if (confirm.isEmpty() || reading.constructions().stream().noneMatch(d -> confirm.containsKey(d.act()))) {
      return List.of();
    }
    List<Doubt> doubts = new ArrayList<>();
    for (Detection d : reading.constructions()) {
      if (reading.otherLanguages().contains(d)) continue;
      Double least = confirm.get(d.act());
      Sentence s = least == null ? null : reading.sentences().stream()
          .filter(x -> d.start() >= x.start() && d.start() < x.end()).findFirst().orElse(null);
      if (s == null || !hasContext(s, d) || commitsIn(reading, s)) continue;
      double p = examples.get().probability(d.act(), s.key(), holdout.fold());
      if (p < least) doubts.add(new Doubt(d, p, least));
    }
    return doubts;
  }

  /** Words a sentence needs besides a finding for the classifier to judge it: "do din ke andar" alone is not doubted. */
  private static final int CONFIRM_CONTEXT_WORDS = 3;

  /** True when the agent commits to a next step in the sentence ("refund kar dein ge"): its time is that step's. */
  private static boolean commitsIn(Reading reading, Sentence s) {
    return reading.constructions().stream()
        .anyMatch(d -> d.act() == Act.NEXT_STEP && d.start() >= s.start() && d.start() < s.end());
  }

  private static boolean hasContext(Sentence s, Detection d) {
    int words = s.written().isBlank() ? 0 : s.written().trim().split("\\s+").length;
    int matched = d.match().isBlank() ? 0 : d.match().trim().split("\\s+").length;
    return words - matched >= CONFIRM_CONTEXT_WORDS;
  }

  /**
   * What the phrases found in a text, the acts they ruled out per sentence (a phrase matched but an exception or a
   * negation cancelled it), the text's sentences as keys for {@link ExampleClassifier}, and where an exception phrase
   * of an act matches at all (asked only where the classifier would add the act), and which of the phrases' findings
   * another language's reading made ({@code also-read}).
   */
  public record Reading(List<Detection> constructions, Set<RuledOut> ruledOut, List<Sentence> sentences,
      ExceptionsIn exceptions, Set<Detection> otherLanguages, Set<Integer> otherLanguageSentences) {
    public Reading {
      otherLanguageSentences = Set.copyOf(otherLanguageSentences);
    }

    /**
     * True when the classifier may not add {@code act} in sentence {@code s}: also in a sentence written in a language
     * of {@code also-read}, which that language reads alone.
     */
    public boolean rulesOut(Act act, int s) {
      return otherLanguageSentences.contains(s) || ruledOut.contains(new RuledOut(act, s))
          || exceptions.match(act, s) || !exceptions.needsMet(act) || !exceptions.sentenceNeedsMet(act, s);
    }
  }

  public record RuledOut(Act act, int sentence) {}

  /** A sentence of a text: its span of the original text and its words as one key. */
  public record Sentence(int index, int start, int end, String written, String key) {}

  public Reading read(String text, Context context) {
    return read(text, context, true);
  }

  /**
   * What the phrases find in a text, its sentences and exceptions; with {@code byLanguage} false, every sentence is
   * read by every reading, whichever language it is written in (as an example line's sentences are told apart).
   */
  public Reading read(String text, Context context, boolean byLanguage) {
    Set<RuledOut> ruledOut = new java.util.HashSet<>();
    Set<Detection> otherLanguages = new java.util.HashSet<>();
    List<Sentence> sentences = sentences(text);
    Map<ActDetector, List<Sentence>> alone = byLanguage ? writtenInAlsoRead(sentences, context) : Map.of();
    List<Detection> found = routed(text, context, ruledOut, otherLanguages, alone);
    otherLanguages.retainAll(found);
    int ownReadings = lexicon.scripts().latinView() == null ? 1 : 2;
    Set<Integer> aloneIndices = new java.util.HashSet<>();
    alone.values().forEach(l -> l.forEach(x -> aloneIndices.add(x.index())));
    return new Reading(found, Set.copyOf(ruledOut), sentences,
        new ExceptionsIn(readingLexicons, ownReadings, text),
        Set.copyOf(otherLanguages), aloneIndices);
  }

  /**
   * The acts this lexicon's own phrases written in the other language still find in a sentence that language reads
   * alone, unless its exceptions or negation say otherwise: rudeness fails a session, and what the lexicon knows of
   * rude English ("I'm not here to babysit you") holds in an English sentence too. Its other English phrases were
   * written for code-mixed lines and read more into plain English than English does ("Let us know if you need
   * anything else" is no check that a fix worked).
   */
  private static final Set<Act> OWN_PHRASES_ALONE = Set.of(Act.DISCOURTESY);

  /** A sentence of a text that a language of {@code also-read} reads alone, and that language. */
  public record ReadAlone(String language, Sentence sentence) {}

  /** The sentences of {@code text} written in a language of {@code also-read}, which that language reads alone. */
  public List<ReadAlone> readAlone(String text, Context context) {
    List<ReadAlone> out = new ArrayList<>();
    writtenInAlsoRead(sentences(text), context).forEach((reader, sentences) ->
        sentences.forEach(s -> out.add(new ReadAlone(reader.lexicon.language(), s))));
    out.sort(Comparator.comparingInt(r -> r.sentence().start()));
    return out;
  }

  /**
   * The sentences of a text written in a language of {@code also-read} ("Let us know if you need anything else." in
   * an Urdu session), by the detector of that language: most of their words are its common words.
   */
  private Map<ActDetector, List<Sentence>> writtenInAlsoRead(List<Sentence> sentences, Context context) {
    Map<ActDetector, List<Sentence>> out = new java.util.LinkedHashMap<>();
    Set<String> names = null;
    for (ActDetector other : otherReadings) {
      if (other.lexicon == lexicon.scripts().latinView()) continue;
      Optional<CommonWords> common = CommonWords.of(other.lexicon.language());
      if (common.isEmpty()) continue;
      if (names == null) names = nameWords(context);
      for (Sentence s : sentences) {
        if (out.values().stream().anyMatch(l -> l.contains(s))) continue;
        if (common.get().writes(s.written(), names)) {
          out.computeIfAbsent(other, k -> new ArrayList<>()).add(s);
        }
      }
    }
    return out;
  }

  private static Set<String> nameWords(Context context) {
    Set<String> out = new java.util.HashSet<>();
    for (List<String> names : List.of(context.agentNames(), context.organisationNames())) {
      for (String n : names) {
        for (String w : n.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+")) if (!w.isEmpty()) out.add(w);
      }
    }
    return out;
  }

  /**
   * What the phrases find in {@code text}, where a sentence written in a language of {@code also-read} is read by that
   * language alone: its phrases and exceptions judge it, not this language's ("and have" is no "andha ho"). Names
   * are found in every sentence.
   */
  private List<Detection> routed(String text, Context context, Set<RuledOut> ruledOut, Set<Detection> otherLanguages,
      Map<ActDetector, List<Sentence>> alone) {
    List<Detection> found = constructions(text, context, ruledOut, new ArrayList<>(), otherLanguages);
    if (alone.isEmpty()) return found;
    List<Sentence> all = new ArrayList<>();
    alone.values().forEach(all::addAll);
    List<Detection> out = new ArrayList<>();
    for (Detection d : found) if (isName(d.act()) || sentenceOf(d, all).isEmpty()) out.add(d);
    // what was ruled out in these sentences no longer matters: the classifier adds nothing there (Reading.rulesOut)
    for (var e : alone.entrySet()) {
      ActDetector reader = e.getKey();
      Set<RuledOut> theirs = new java.util.HashSet<>();
      List<Cancelled> cancelled = new ArrayList<>();
      for (Detection d : reader.constructions(text, Context.NONE, theirs, cancelled, new java.util.HashSet<>())) {
        if (isName(d.act()) || sentenceOf(d, e.getValue()).isEmpty() || foundAt(out, d)) continue;
        out.add(d);
        otherLanguages.add(d);
      }
      // what this lexicon finds in a word the other language does not know ("Sorry, maafi, it will take 3 days"), and
      // its own rude phrases written in the other language, still count, unless that language's exceptions or negation
      // say otherwise
      List<List<Token>> readerTokens = List.of(reader.lexicon.tokens(text));
      CommonWords common = CommonWords.of(reader.lexicon.language()).orElseThrow();
      for (Detection d : found) {
        Optional<Sentence> sentence = isName(d.act()) ? Optional.empty() : sentenceOf(d, e.getValue());
        if (sentence.isEmpty() || foundAt(out, d)) continue;
        boolean rude = OWN_PHRASES_ALONE.contains(d.act()) && isLatin(d.match()) && ownPhrase(d);
        if (!rude && !common.holdsOther(d.match())) continue;
        if (cancelled.stream().anyMatch(c -> c.overlaps(d))
            || theirs.contains(new RuledOut(d.act(), sentence.get().index()))
            || exceptedIn(List.of(reader.lexicon), readerTokens, d)) {
          continue;
        }
        out.add(d);
      }
    }
    return settled(out);
  }

  /** True when this lexicon's own phrases, read as written (not through its Latin view), find {@code d}. */
  private boolean ownPhrase(Detection d) {
    List<Token> tokens = lexicon.tokens(d.match());
    for (Lexicon.Indexed candidate : tokens.isEmpty() ? List.<Lexicon.Indexed>of()
        : lexicon.candidatesFor(tokens.get(0).text())) {
      if (candidate.act() != d.act()) continue;
      Optional<PhrasePattern.Match> m = candidate.pattern().matchAt(tokens, 0);
      if (m.isPresent() && m.get().to() == tokens.size()) return true;
    }
    return false;
  }

  private static boolean isName(Act act) {
    return act == Act.OWN_NAME || act == Act.ORG_NAME;
  }

  /** The sentence of {@code sentences} in which {@code d} starts, if any. */
  private static Optional<Sentence> sentenceOf(Detection d, List<Sentence> sentences) {
    return sentences.stream().filter(s -> d.start() >= s.start() && d.start() < s.end()).findFirst();
  }

  /**
   * Whether an exception phrase of an act matches anywhere in a sentence of a text, in any reading, whether or not a
   * phrase of the act matched too: what the lexicon says is not the act ("not your fault", a table booked for 8 pm) is
   * not the act when the classifier would find it either. Worked out when first asked, per act and sentence.
   */
  public static final class ExceptionsIn {
    private final List<Lexicon> lexicons;
    /** How many of the first readings are the detector's own language (its lexicon, and its Latin-letter view). */
    private final int ownReadings;
    private final String text;
    private final Map<RuledOut, Boolean> known = new ConcurrentHashMap<>();
    private final Map<Act, Boolean> needs = new ConcurrentHashMap<>();
    private final Map<RuledOut, Boolean> sentenceNeeds = new ConcurrentHashMap<>();
    /** A sentence index for cues that may match anywhere in the message. */
    private static final int ANY_SENTENCE = -1;
    private volatile List<List<Token>> tokens;

    ExceptionsIn(List<Lexicon> lexicons, int ownReadings, String text) {
      this.lexicons = lexicons;
      this.ownReadings = ownReadings;
      this.text = text;
    }

    public boolean match(Act act, int sentence) {
      return known.computeIfAbsent(new RuledOut(act, sentence), this::find);
    }

    /**
     * False when the detector's lexicon names what a message needs for its classifier to add {@code act} (its
     * {@code learned-needs}) and neither its own reading nor its Latin-letter view finds any of it in the message.
     * Another language's reading ({@code also-read}) has no say: the classifier is this language's.
     */
    public boolean needsMet(Act act) {
      return needs.computeIfAbsent(act, this::findNeeded);
    }

    private boolean findNeeded(Act act) {
      return lexicons.get(0).learnedNeeds(act).isEmpty() || ownReadingsHold(l -> l.learnedNeeds(act), ANY_SENTENCE);
    }

    /**
     * False when the detector's lexicon names what a sentence needs for its classifier to add {@code act} there (its
     * {@code learned-needs-in-sentence}) and neither its own reading nor its Latin-letter view finds any of it in
     * sentence {@code sentence}.
     */
    public boolean sentenceNeedsMet(Act act, int sentence) {
      return sentenceNeeds.computeIfAbsent(new RuledOut(act, sentence), this::findSentenceNeeded);
    }

    private boolean findSentenceNeeded(RuledOut at) {
      return lexicons.get(0).learnedSentenceNeeds(at.act()).isEmpty()
          || ownReadingsHold(l -> l.learnedSentenceNeeds(at.act()), at.sentence());
    }


    /** Whether a phrase of {@code cues} matches in the detector's own readings, in {@code sentence} or anywhere. */
    private boolean ownReadingsHold(java.util.function.Function<Lexicon, List<PhrasePattern>> cues, int sentence) {
      for (int r = 0; r < ownReadings; r++) {
        List<PhrasePattern> patterns = cues.apply(lexicons.get(r));
        List<Token> words = tokens(r);
        for (int i = 0; i < words.size(); i++) {
          if (sentence != ANY_SENTENCE && words.get(i).sentence() != sentence) continue;
          for (PhrasePattern p : patterns) if (p.matchAt(words, i).isPresent()) return true;
        }
      }
      return false;
    }

    private List<Token> tokens(int reading) {
      List<List<Token>> read = tokens;
      if (read == null) tokens = read = lexicons.stream().map(l -> l.tokens(text)).toList();
      return read.get(reading);
    }

    private boolean find(RuledOut at) {
      for (int r = 0; r < lexicons.size(); r++) {
        List<PhrasePattern> exceptions = lexicons.get(r).exceptions(at.act());
        if (exceptions.isEmpty()) continue;
        List<Token> words = tokens(r);
        for (int i = 0; i < words.size(); i++) {
          if (words.get(i).sentence() != at.sentence()) continue;
          for (PhrasePattern p : exceptions) if (p.matchAt(words, i).isPresent()) return true;
        }
      }
      return false;
    }
  }

  /**
   * The detections the classifier's {@code findings} add in sentence {@code s}: only acts the phrases neither found in
   * the message nor ruled out in that sentence. Each cites the probability, the words that weighed most and the
   * nearest example carrying the act.
   */
  public static List<Detection> byExample(Reading reading, Sentence s, List<ExampleClassifier.Finding> findings,
      List<Detection> found) {
    List<Detection> out = new ArrayList<>();
    for (ExampleClassifier.Finding f : findings) {
      if (found.stream().anyMatch(d -> d.act() == f.act())) continue;
      if (reading.rulesOut(f.act(), s.index())) continue;
      StringBuilder evidence = new StringBuilder(String.format(java.util.Locale.ROOT, "%s%.2f", Detection.BY_EXAMPLE,
          f.probability()));
      if (!f.words().isEmpty()) evidence.append(" (").append(String.join(", ", f.words())).append(')');
      if (f.nearest() != null) {
        NearestExamples.Example e = f.nearest().example();
        evidence.append(String.format(java.util.Locale.ROOT, "; nearest example %s “%s” (similarity %.2f)",
            e.citation(), e.lineText(), f.nearest().similarity()));
      }
      out.add(new Detection(f.act(), s.start(), s.end(), s.written(), evidence.toString(), List.of()));
    }
    return out;
  }

  /** Marks a word a negation cue reaches in a sentence key: "not happy" is not "happy". */
  public static final char NEGATED = '~';

  /**
   * The sentences of {@code text}, each as its words (Latin keys where the lexicon folds scripts) joined by spaces,
   * with the words a negation cue reaches marked {@link #NEGATED}.
   */
  public List<Sentence> sentences(String text) {
    List<Token> tokens = lexicon.tokens(text);
    Transliteration latin = lexicon.scripts().transliteration();
    boolean[] negated = lexicon.negation().scope(tokens);
    Lexicon view = lexicon.scripts().latinView();
    if (view != null) {
      // words typed in Latin letters meet the Latin view's cues ("ghalti nahi hui"), not the native ones
      List<Token> viewTokens = view.tokens(text);
      boolean[] viewNegated = view.negation().scope(viewTokens);
      // both readings' tokens run through the text in order: one pass marks the words a negated one overlaps
      int k = 0;
      for (int j = 0; j < viewTokens.size(); j++) {
        Token v = viewTokens.get(j);
        while (k < tokens.size() && tokens.get(k).end() <= v.start()) k++;
        for (int m = k; viewNegated[j] && m < tokens.size() && tokens.get(m).start() < v.end(); m++) negated[m] = true;
      }
    }
    List<Sentence> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int sentence = tokens.get(i).sentence();
      int start = tokens.get(i).start();
      int end = start;
      StringBuilder key = new StringBuilder();
      for (; i < tokens.size() && tokens.get(i).sentence() == sentence; i++) {
        Token t = tokens.get(i);
        if (key.length() > 0) key.append(' ');
        if (negated[i]) key.append(NEGATED);
        key.append(latin == null ? t.text() : latin.key(t.text()));
        end = t.end();
      }
      out.add(new Sentence(sentence, start, end, text.substring(start, end), key.toString()));
    }
    return out;
  }

  private List<Detection> constructions(String text, Context context, Set<RuledOut> ruledOut) {
    return constructions(text, context, ruledOut, new ArrayList<>(), new java.util.HashSet<>());
  }

  /** Where a reading's exception or negation cancelled a phrase of an act, in offsets of the original text. */
  private record Cancelled(Act act, int start, int end) {
    boolean overlaps(Detection d) {
      return act == d.act() && start < d.end() && d.start() < end;
    }
  }

  /** Like the above; what another language's reading adds goes to {@code otherLanguages} too. */
  private List<Detection> constructions(String text, Context context, Set<RuledOut> ruledOut,
      List<Cancelled> cancelled, Set<Detection> otherLanguages) {
    List<Token> tokens = lexicon.tokens(text);
    Negation negation = lexicon.negation();
    Negation.Marks negationMarks = null;
    List<Detection> found = new ArrayList<>();
    Map<Act, Integer> coveredUntil = new EnumMap<>(Act.class);
    // ask-detail finds each detail on its own: "your phone number and address" asks for two
    Map<String, Integer> detailCoveredUntil = new java.util.HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      // per act (per detail), the longest phrase starting here ("by Friday at noon" rather than "by Friday"); on a
      // tie, the one listed first in the lexicon
      Map<String, Lexicon.Indexed> bestPattern = new java.util.LinkedHashMap<>();
      Map<String, PhrasePattern.Match> best = new java.util.HashMap<>();
      for (Lexicon.Indexed candidate : lexicon.candidatesFor(tokens.get(i).text())) {
        boolean detail = candidate.detail() != null;
        String key = detail ? candidate.detail() : candidate.act().name();
        int covered = detail ? detailCoveredUntil.getOrDefault(key, 0) : coveredUntil.getOrDefault(candidate.act(), 0);
        if (covered > i) continue;
        Optional<PhrasePattern.Match> m = candidate.pattern().matchAt(tokens, i);
        if (m.isEmpty()) continue;
        if (excepted(candidate.act(), m.get(), tokens) || quotedRudeness(candidate.act(), m.get(), tokens, text)) {
          ruledOut.add(new RuledOut(candidate.act(), tokens.get(i).sentence()));
          cancelled.add(cancelledAt(candidate.act(), m.get(), tokens));
          continue;
        }
        if (negation.applies(candidate.act())) {
          if (negationMarks == null) negationMarks = negation.mark(tokens);
          if (negation.negates(m.get(), tokens, negationMarks)) {
            ruledOut.add(new RuledOut(candidate.act(), tokens.get(i).sentence()));
            cancelled.add(cancelledAt(candidate.act(), m.get(), tokens));
            continue;
          }
        }
        PhrasePattern.Match current = best.get(key);
        if (current == null || m.get().to() > current.to()) {
          best.put(key, m.get());
          bestPattern.put(key, candidate);
        }
      }
      for (var e : bestPattern.entrySet()) {
        Lexicon.Indexed indexed = e.getValue();
        PhrasePattern.Match match = best.get(e.getKey());
        found.add(detection(indexed.act(), indexed.pattern(), match, tokens, text, indexed.detail()));
        if (indexed.detail() != null) detailCoveredUntil.put(indexed.detail(), match.to());
        else coveredUntil.put(indexed.act(), match.to());
      }
      nameAt(Act.OWN_NAME, context.agentNames(), tokens, i, text, coveredUntil).ifPresent(found::add);
      nameAt(Act.ORG_NAME, context.organisationNames(), tokens, i, text, coveredUntil)
          .filter(d -> !productName(d, text, tokens)).ifPresent(found::add);
    }
    addOtherReadings(text, tokens, found, ruledOut, cancelled, otherLanguages);
    dropTimesOfARestatement(found, tokens);
    return settled(found);
  }

  /**
   * A message's findings in order of place and act, without a vague promise where it also holds a concrete time
   * (ACTS.md: a promise with a concrete time in the same message is none).
   */
  private static List<Detection> settled(List<Detection> found) {
    if (found.stream().anyMatch(d -> d.act() == Act.CONCRETE_TIMELINE)) found.removeIf(d -> d.act() == Act.VAGUE_PROMISE);
    found.sort(Comparator.comparingInt(Detection::start).thenComparing(d -> d.act().ordinal())
        .thenComparingInt(Detection::end));
    return List.copyOf(found);
  }

  /** True when {@code found} holds the act of {@code d} at a place overlapping it: one act at one place counts once. */
  private static boolean foundAt(List<Detection> found, Detection d) {
    return found.stream().anyMatch(f -> f.act() == d.act() && f.start() < d.end() && d.start() < f.end());
  }

  /**
   * Adds what the Latin-letter view and the languages this one also reads find in {@code text}, except where the same
   * act was already found overlapping it (one act at one place counts once, whichever reading found it first), or an
   * earlier reading's exception or negation cancelled it there, or an earlier reading's exception of the act overlaps
   * it even though no phrase of the act matched there in that reading.
   */
  private void addOtherReadings(String text, List<Token> tokens, List<Detection> found, Set<RuledOut> ruledOut,
      List<Cancelled> cancelled, Set<Detection> otherLanguages) {
    List<Lexicon> earlier = new ArrayList<>(List.of(lexicon));
    // each earlier reading's words, read only when another reading found something for its exceptions to judge
    List<List<Token>> earlierTokens = new ArrayList<>(List.of(tokens));
    for (ActDetector other : otherReadings) {
      List<Cancelled> before = List.copyOf(cancelled);
      List<Detection> more = other.constructions(text, Context.NONE, ruledOut, cancelled, otherLanguages);
      // an exception of an earlier reading knows its language's grammar ("12 March ko hui thi" is a past date), and
      // says what is not the act whichever reading's phrase found it ("refund within 60 days από την αγορά")
      if (!more.isEmpty()) {
        while (earlierTokens.size() < earlier.size()) earlierTokens.add(earlier.get(earlierTokens.size()).tokens(text));
        more = more.stream().filter(d -> before.stream().noneMatch(c -> c.overlaps(d))
            && !exceptedIn(earlier, earlierTokens, d)).toList();
      }
      earlier.add(other.lexicon);
      boolean latinView = other.lexicon == lexicon.scripts().latinView();
      if (latinView) {
        // words typed in Latin letters are the Latin view's to judge: the native reading matched only their English
        // words ("24 hours"), its exceptions never their native ones ("24 hours pehle tak ki ja sakti hai")
        List<Cancelled> latinCancelled = cancelled.subList(before.size(), cancelled.size());
        found.removeIf(d -> isLatin(d.match()) && latinCancelled.stream().anyMatch(c -> c.overlaps(d)));
      }
      if (more.isEmpty()) continue;
      List<Token> keys = latinView ? other.lexicon.tokens(text) : List.of();
      List<Detection> already = List.copyOf(found);
      for (Detection d : more) {
        if (foundAt(already, d) || latinView && !distinctive(d, keys)) continue;
        found.add(d);
        if (!latinView) otherLanguages.add(d);
      }
    }
  }

  /**
   * Letters of Latin key a match in the Latin-letter view needs, so that "kal" (kl) is not read in "call": four, or
   * three over two words ("aaj hi").
   */
  private static final int DISTINCTIVE_MATCH = 4;

  /**
   * True when the Latin keys of the words a detection covers hold enough to tell them from other words: a number, or a
   * little word with a key of its own (in capitals), counts as much as a long word.
   */
  private static boolean distinctive(Detection d, List<Token> keys) {
    int letters = 0;
    int words = 0;
    for (Token t : keys) {
      if (t.start() < d.start() || t.end() > d.end()) continue;
      String k = t.text();
      words++;
      if (k.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) letters += DISTINCTIVE_MATCH;
      else letters += (int) k.chars().filter(Character::isLetter).count();
    }
    return letters >= DISTINCTIVE_MATCH || words >= 2 && letters >= DISTINCTIVE_MATCH - 1;
  }

  /**
   * A read-back ends with its check ("... at 8 pm on March 7th. Is that correct?") or follows a sentence that only asks
   * to confirm ("Please confirm. A room for 2 days on next Tuesday."): its times are what the customer asked for, not a
   * time the agent promises for a next step.
   */
  private static void dropTimesOfARestatement(List<Detection> found, List<Token> tokens) {
    int lastRestating = -1;
    for (Detection d : found) {
      if (d.act() != Act.CONFIRM_UNDERSTANDING) continue;
      int sentence = sentenceAt(d.end() - 1, tokens);
      // a sentence that only asks to confirm ("Please confirm.") introduces the read-back that follows it
      lastRestating = Math.max(lastRestating, isWholeSentence(d, tokens) ? sentence + 1 : sentence);
    }
    if (lastRestating < 0) return;
    int until = lastRestating;
    found.removeIf(d -> d.act() == Act.CONCRETE_TIMELINE && sentenceAt(d.start(), tokens) <= until);
  }

  /** Words at most in a sentence that only asks to confirm. */
  private static final int CONFIRM_REQUEST_WORDS = 4;

  /** True when the detection is a short statement of its own ("Please confirm."), not a question that checks. */
  private static boolean isWholeSentence(Detection d, List<Token> tokens) {
    int sentence = sentenceAt(d.start(), tokens);
    int words = 0;
    for (Token t : tokens) {
      if (t.sentence() != sentence) continue;
      if (t.start() < d.start() || t.end() > d.end() || t.question()) return false;
      words++;
    }
    return words <= CONFIRM_REQUEST_WORDS;
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

  /** True when every letter of {@code written} is a Latin one. */
  private static boolean isLatin(String written) {
    return written.codePoints().filter(Character::isLetter)
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  private static Cancelled cancelledAt(Act act, PhrasePattern.Match match, List<Token> tokens) {
    return new Cancelled(act, tokens.get(match.from()).start(), tokens.get(match.to() - 1).end());
  }

  /** True for rude words the agent quotes ("the counter told you 'aap log samajhte nahi'"), not says: ACTS.md. */
  private boolean quotedRudeness(Act act, PhrasePattern.Match match, List<Token> tokens, String text) {
    return act == Act.DISCOURTESY && lexicon.quotation().reaches(text, tokens.get(match.from()).start(),
        tokens.get(match.to() - 1).end());
  }

  /** How many words before a match an exception may start: far enough for a question's opening word. */
  private static final int EXCEPTION_REACH = 30;

  /**
   * True when an exception phrase of the detection's act, in one of the {@code lexicons}' readings of the text (their
   * {@code tokens}), overlaps the detection's span: what another reading found is judged by this one's exceptions too.
   */
  private static boolean exceptedIn(List<Lexicon> lexicons, List<List<Token>> tokens, Detection d) {
    for (int r = 0; r < lexicons.size(); r++) {
      List<Token> words = tokens.get(r);
      int first = 0;
      while (first < words.size() && words.get(first).end() <= d.start()) first++;
      if (first < words.size() && overlapsAnException(lexicons.get(r).exceptions(d.act()), words, first, d.start(),
          d.end())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the organisation's name found is part of a product's name or someone else's ("your Amazon account",
   * "Spotify version", "Apple TV"): an org-name exception of any language this one reads overlaps it (ACTS.md: a
   * product name alone is no org-name).
   */
  private boolean productName(Detection d, String text, List<Token> tokens) {
    List<List<Token>> words = new ArrayList<>();
    for (Lexicon l : readingLexicons) {
      if (l.exceptions(Act.ORG_NAME).isEmpty()) {
        words.add(List.of());
      } else {
        words.add(l == lexicon ? tokens : l.tokens(text));
      }
    }
    return exceptedIn(readingLexicons, words, d);
  }

  /** True when an exception phrase of {@code act} overlaps the match ("not your fault" cancels "your fault"). */
  private boolean excepted(Act act, PhrasePattern.Match match, List<Token> tokens) {
    return overlapsAnException(lexicon.exceptions(act), tokens, match.from(), tokens.get(match.from()).start(),
        tokens.get(match.to() - 1).end());
  }

  /**
   * True when one of {@code exceptions} matches {@code words} overlapping the text from {@code start} to {@code end},
   * whose first word is at {@code first}: starting at most {@link #EXCEPTION_REACH} words before it, in its sentence.
   */
  private static boolean overlapsAnException(List<PhrasePattern> exceptions, List<Token> words, int first, int start,
      int end) {
    if (exceptions.isEmpty() || words.get(first).start() >= end) return false;
    int sentence = words.get(first).sentence();
    int from = first;
    while (from > 0 && first - from < EXCEPTION_REACH && words.get(from - 1).sentence() == sentence) from--;
    for (int i = from; i < words.size() && words.get(i).start() < end; i++) {
      for (PhrasePattern p : exceptions) {
        Optional<PhrasePattern.Match> e = p.matchAt(words, i);
        if (e.isPresent() && words.get(e.get().from()).start() < end && words.get(e.get().to() - 1).end() > start) {
          return true;
        }
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
    Optional<Detection> whole = wholeNameAt(act, names, tokens, i, text, coveredUntil);
    if (whole.isPresent() || !standsOut(tokens.get(i), text)) return whole;
    Optional<Detection> signed =
        act == Act.OWN_NAME ? runTogetherNameAt(act, names, tokens.get(i), text) : Optional.empty();
    if (signed.isPresent()) {
      coveredUntil.put(act, i + 1);
      return signed;
    }
    List<String> leading = names.stream().map(ActDetector::leadingWord).flatMap(Optional::stream).toList();
    return leading.isEmpty() ? Optional.empty() : wholeNameAt(act, leading, tokens, i, text, coveredUntil);
  }

  /**
   * A signature runs the first name into a surname or an initial ("*KiaWashington", "^JulieR"): the name, capitalised,
   * followed by a capital inside the same word.
   */
  private static Optional<Detection> runTogetherNameAt(Act act, List<String> names, Token token, String text) {
    String written = text.substring(token.start(), token.end());
    for (String name : names) {
      String first = name.trim().split("\\s+")[0];
      int n = first.length();
      if (n < 3 || written.length() <= n || !first.chars().allMatch(Character::isLetter)) continue;
      if (written.regionMatches(true, 0, first, 0, n) && Character.isUpperCase(written.charAt(0))
          && Character.isUpperCase(written.charAt(n)) && Character.isLowerCase(written.charAt(n - 1))) {
        return Optional.of(new Detection(act, token.start(), token.start() + n, written.substring(0, n), name,
            List.of()));
      }
    }
    return Optional.empty();
  }

  /**
   * A name of several words is also given by its first word alone ("Acme" for Acme Electronics, "ACS" for ACS
   * Courier, "Priya" for Priya Sharma) when that word is an acronym or four letters or more.
   */
  private static Optional<String> leadingWord(String name) {
    String[] words = name.trim().split("\\s+");
    if (words.length < 2) return Optional.empty();
    String first = words[0];
    return first.codePoints().filter(Character::isLetter).count() >= 4 || isAcronym(first)
        ? Optional.of(first) : Optional.empty();
  }

  /** A word stands out as a name when written with a capital, in a script that has them. */
  private static boolean standsOut(Token token, String text) {
    int c = text.codePointAt(token.start());
    return Character.isUpperCase(c) || !Character.isLowerCase(c) && !Character.isUpperCase(Character.toUpperCase(c));
  }

  private Optional<Detection> wholeNameAt(Act act, List<String> names, List<Token> tokens, int i, String text,
      Map<Act, Integer> coveredUntil) {
    for (String name : names) {
      for (PhrasePattern p : namePatterns.computeIfAbsent(name, this::namePattern)) {
        Optional<PhrasePattern.Match> m = p.matchAt(tokens, i);
        if (m.isPresent()) {
          coveredUntil.put(act, m.get().to());
          return Optional.of(detection(act, p, m.get(), tokens, text));
        }
      }
      for (PhrasePattern p : possessivePatterns.computeIfAbsent(name, this::possessivePattern)) {
        Optional<PhrasePattern.Match> m = p.matchAt(tokens, i);
        if (m.isPresent() && possessive(tokens.get(m.get().to() - 1), text)) {
          coveredUntil.put(act, m.get().to());
          return Optional.of(detection(act, p, m.get(), tokens, text));
        }
      }
    }
    Transliteration latin = lexicon.scripts().transliteration();
    if (latin == null) return Optional.empty();
    for (String name : names) {
      ScriptedName keyed = scriptedNames.computeIfAbsent(name, this::scriptedName);
      int to = keyed.matchAt(tokens, i, latin, text);
      if (to > i) {
        coveredUntil.put(act, to);
        int start = tokens.get(i).start();
        int end = tokens.get(to - 1).end();
        return Optional.of(new Detection(act, start, end, text.substring(start, end), name, List.of()));
      }
    }
    return Optional.empty();
  }

  /**
   * A name as Latin keys, to find it written in either script: word by word, every form of each word's declension
   * ("Ana" in میں انا بات کر رہی ہوں, Νίκος in "o Niko"); and as one run of consonants, whatever the word breaks
   * ("Telenor" in ٹیلی نار) and with acronyms spelled out ("TCS" in ٹی سی ایس), which may differ in one letter once
   * six letters long ("Appliances" in اپلائنسز). A word typed in Latin letters is also read the English way, where the
   * lexicon says how ("National" in نیشنل بینک, "Alpha" in Άλφα), and an acronym typed in the text is also spelled out
   * ("PTCL" for پی ٹی سی ایل). An acronym short in consonants is also compared letter by letter with each letter's
   * vowel mark ({@code letters}: SBI in ایس بی آئی, or typed SBI for it) and, written as one word, by that word's strict
   * key ({@code whole}: SBI in एसबीआई, and typed SBI for एसबीआई), where the word has a vowel for each of the acronym's
   * letters, as their names do (एलआईसी is LIC, आलसी is not). A name word typed in Latin letters is compared with a word
   * typed in them by its {@code spellings} with vowels, and with a word in the script by its keys and its inner h
   * ({@code aitches}, as typed or as its English reading sounds: "Sapphire" has none, سیفائر; empty for other words).
   */
  record ScriptedName(List<Set<String>> words, List<Set<String>> spellings, List<Set<Integer>> aitches,
      Set<String> joined, int joinedMin, String letters, OneWord whole) {

    /**
     * A name of one word by its strict key: an acronym's letters as one word (with how many letters it has), or a
     * word in the local script (with how many vowels it has); null for other names.
     */
    record OneWord(String key, int count, boolean acronym) {}

    static final int JOINED_MIN = 4;
    static final int LETTERS_MIN = 4;
    static final int ACRONYM_MIN = 3;
    static final int FUZZY_MIN = 6;
    static final int EXTRA_WORDS = 3;

    /** The index after the name when it starts at token {@code i} of {@code text}, or {@code i}. */
    int matchAt(List<Token> tokens, int i, Transliteration latin, String text) {
      if (!words.isEmpty() && i + words.size() <= tokens.size()) {
        boolean all = true;
        for (int k = 0; k < words.size() && all; k++) {
          Token t = tokens.get(i + k);
          // the word as typed matters only against a name word typed in Latin letters
          String typed = spellings.get(k).isEmpty() ? null
              : Normalizer.BASIC.normalize(text.substring(t.start(), t.end()));
          all = matches(words.get(k), spellings.get(k), aitches.get(k), t.text(), typed, latin);
        }
        if (all) return i + words.size();
      }
      Token first = tokens.get(i);
      String typed = text.substring(first.start(), first.end());
      if (whole != null) {
        if (whole.acronym() && !Transliteration.isLatin(first.text())) {
          List<String> strict = latin.shortNameKeys(first.text());
          if (strict.size() == 2 && strict.get(0).equals(whole.key()) && vowels(strict.get(1)) >= whole.count()) {
            return i + 1;
          }
        } else if (!whole.acronym() && isAcronym(typed) && typed.length() <= whole.count()
            && latin.wholeLettersKey(first.text()).equals(whole.key())) {
          return i + 1;
        }
      }
      boolean acronymAtHand = joinedMin == ACRONYM_MIN || isAcronym(typed);
      if (acronymAtHand && letters.length() >= LETTERS_MIN) {
        StringBuilder spelled = new StringBuilder();
        for (int j = i; j < tokens.size() && spelled.length() < letters.length(); j++) {
          Token t = tokens.get(j);
          spelled.append(isAcronym(text.substring(t.start(), t.end())) ? latin.lettersKey(t.text())
              : latin.nameKey(t.text()));
          if (letters.contentEquals(spelled)) return j + 1;
        }
      }
      int longest = joined.stream().mapToInt(String::length).max().orElse(0);
      if (longest < joinedMin) return i;
      // the text's run as typed, and read as the name's own runs are: acronyms spelled out, Latin words the English way
      StringBuilder run = new StringBuilder();
      StringBuilder read = new StringBuilder();
      int most = Math.min(tokens.size(), i + Math.max(words.size(), 1) + EXTRA_WORDS);
      int nearly = i;
      boolean typedAcronym = false;
      for (int j = i; j < most; j++) {
        Token t = tokens.get(j);
        run.append(latin.runKey(t.text()));
        read.append(readRunKey(t, text, latin));
        typedAcronym |= isAcronym(text.substring(t.start(), t.end()));
        if (Math.min(run.length(), read.length()) > longest + 1) break;
        if (j == i && run.isEmpty()) return i;
        // an acronym written out takes a word a letter: PIA's letters key as پر alone (the vowels' names add nothing)
        if (whole != null && whole.acronym() && !typedAcronym && j - i + 1 < whole.count()) continue;
        for (String name : joined) {
          if (name.length() < joinedMin) continue;
          if (name.contentEquals(run) || name.contentEquals(read)) return j + 1;
          if (nearly == i && (same(run, name) || same(read, name))) nearly = j + 1;
        }
      }
      // a run one letter off stands only where no longer run is the name exactly ("PTCL" in all of پی ٹی سی ایل)
      return nearly;
    }

    /**
     * How many h a word is written with before its last letter, by its strict key: a name typed with one (Ahmed) has
     * it in the local script too (احمد, अहमद), which the plain key leaves out (امید, hope, is no Ahmed). A final h or
     * vowel is not counted: scripts write a final vowel with one (Fatima, فاطمہ).
     */
    static int aitches(Transliteration latin, String word) {
      List<String> strict = latin.shortNameKeys(word);
      if (strict.isEmpty()) return 0;
      String key = strict.get(0).replace(Transliteration.VOWEL_END, "");
      if (key.endsWith("h")) key = key.substring(0, key.length() - 1);
      return (int) key.chars().filter(c -> c == 'h').count();
    }

    /**
     * A name typed in Latin letters, in a word typed in them: its spelling with vowels (a letter off in a name of five
     * letters or more, two in one of eight: Muhammad, Mohammed), not its consonants alone, which other words share
     * (Neha and nahi, Priya and pura, Zain and hain).
     */
    private static boolean spelledNearly(Set<String> spellings, String word, Transliteration latin) {
      List<String> strict = latin.shortNameKeys(word);
      if (strict.size() < 2) return false;
      String typed = strict.get(1);
      for (String spelling : spellings) {
        // "v:" and the first letter agree; a short name is spelled as it is (Zain is no hain)
        int edits = spelling.length() <= 6 ? 0 : spelling.length() <= 9 ? 1 : 2;
        if (typed.length() > 2 && spelling.length() > 2 && typed.charAt(2) == spelling.charAt(2)
            && Transliteration.withinEdits(typed, spelling, edits)) {
          return true;
        }
      }
      return false;
    }

    static long vowels(String key) {
      return key.chars().filter(c -> "aeiou".indexOf(c) >= 0).count();
    }

    private static String readRunKey(Token t, String text, Transliteration latin) {
      if (isAcronym(text.substring(t.start(), t.end()))) return latin.spelledOut(t.text());
      return latin.runKey(latin.englishReading(t.text()).orElse(t.text()));
    }

    private static boolean matches(Set<String> keys, Set<String> spellings, Set<Integer> aitches, String word,
        String typed, Transliteration latin) {
      if (typed != null && Transliteration.isLatin(typed)) return spelledNearly(spellings, typed, latin);
      if (!aitches.isEmpty() && !Transliteration.isLatin(word) && !aitches.contains(aitches(latin, word))) return false;
      if (keys.contains(latin.nameKey(word))) return true;
      for (String strict : latin.shortNameKeys(word)) if (keys.contains(strict)) return true;
      return latin.englishReading(word).map(latin::nameKey).filter(keys::contains).isPresent();
    }

    /** Equal runs, or long ones one letter apart that begin alike. */
    private static boolean same(CharSequence run, String joined) {
      String r = run.toString();
      if (r.equals(joined)) return true;
      return joined.length() >= FUZZY_MIN && r.charAt(0) == joined.charAt(0) && Transliteration.withinOneEdit(r, joined);
    }
  }

  private ScriptedName scriptedName(String name) {
    Transliteration latin = lexicon.scripts().transliteration();
    List<List<String>> keyedEndings = lexicon.nameEndings().stream()
        .map(group -> group.stream().map(latin::runKey).toList()).toList();
    List<Set<String>> words = new ArrayList<>();
    List<Set<Integer>> aitches = new ArrayList<>();
    List<Set<String>> spellings = new ArrayList<>();
    StringBuilder joined = new StringBuilder();
    StringBuilder read = new StringBuilder();
    StringBuilder spelled = new StringBuilder();
    ScriptedName.OneWord whole = null;
    String[] written = name.trim().split("[\\s\\-]+");
    int letters = 0;
    boolean acronym = false;
    for (Token t : Tokenizer.tokens(lexicon.normalizer().apply(name))) {
      Set<String> keys = new java.util.HashSet<>();
      for (String form : nameForms(t.text())) keys.add(latin.nameKey(form));
      keys.add(latin.nameKey(t.text()));
      if (Transliteration.isLatin(t.text())) {
        for (String form : forms(t.text(), keyedEndings)) keys.add(latin.nameKey(form));
        latin.englishReading(t.text()).ifPresent(english -> keys.add(latin.nameKey(english)));
        // a single Latin letter may stand for a letter's name ending in a vowel (K for کے)
        if (t.text().length() == 1) keys.add(latin.nameKey(t.text()) + Transliteration.VOWEL_END);
      }
      String original = java.util.Arrays.stream(written).filter(w -> Normalizer.BASIC.normalize(w).equals(t.text()))
          .findFirst().orElse("");
      int keyLetters = latin.nameKey(t.text()).replace(Transliteration.VOWEL_END, "").length();
      if (keyLetters < 2) {
        // a key of one letter would find the name in every little word: go by the stricter keys only
        keys.clear();
        for (String form : nameForms(t.text())) keys.addAll(latin.shortNameKeys(form));
        keys.addAll(latin.shortNameKeys(t.text()));
        // an acronym of one consonant (PIA) read as a word goes by its spelling with vowels only: by its consonant
        // it would be every "pe" and "پی"
        if (isAcronym(original)) keys.removeIf(k -> !k.startsWith("v:"));
        // so does a name of one consonant (Jio): by it alone it would be every जी, जो and जाए
        keys.removeIf(k -> k.startsWith("c:") && k.substring(2).replace(Transliteration.VOWEL_END, "").length() < 2);
        keyLetters = 2;
      }
      letters += keyLetters;
      words.add(Set.copyOf(keys));
      String typed = Normalizer.BASIC.normalize(original);
      boolean latinWord = !typed.isEmpty() && Transliteration.isLatin(typed) && !isAcronym(original);
      aitches.add(!latinWord ? Set.of() : latin.englishReading(typed)
          .map(english -> Set.copyOf(List.of(ScriptedName.aitches(latin, typed), ScriptedName.aitches(latin, english))))
          .orElse(Set.of(ScriptedName.aitches(latin, typed))));
      Set<String> spelt = new java.util.HashSet<>();
      if (latinWord) {
        List<String> forms = new ArrayList<>(nameForms(typed));
        forms.add(typed);
        for (String form : forms) latin.shortNameKeys(form).stream().skip(1).findFirst().ifPresent(spelt::add);
      }
      spellings.add(Set.copyOf(spelt));
      acronym |= isAcronym(original);
      joined.append(isAcronym(original) ? latin.spelledOut(t.text()) : latin.runKey(t.text()));
      read.append(isAcronym(original) ? latin.spelledOut(t.text())
          : latin.runKey(latin.englishReading(t.text()).orElse(t.text())));
      spelled.append(isAcronym(original) ? latin.lettersKey(t.text()) : latin.nameKey(t.text()));
      if (written.length == 1 && isAcronym(original)) {
        whole = new ScriptedName.OneWord(latin.wholeLettersKey(t.text()), original.length(), true);
      } else if (written.length == 1 && !Transliteration.isLatin(t.text())) {
        List<String> strict = latin.shortNameKeys(t.text());
        if (strict.size() == 2) {
          whole = new ScriptedName.OneWord(strict.get(0), (int) ScriptedName.vowels(strict.get(1)), false);
        }
      }
    }
    return new ScriptedName(letters < 2 ? List.of() : List.copyOf(words), List.copyOf(spellings),
        List.copyOf(aitches),
        Set.copyOf(List.of(joined.toString(), read.toString())),
        acronym ? ScriptedName.ACRONYM_MIN : ScriptedName.JOINED_MIN, spelled.toString(), whole);
  }

  /** A word written in capitals, two to five letters long, is read letter by letter (TCS, PTCL). */
  private static boolean isAcronym(String written) {
    return written.length() >= 2 && written.length() <= 5 && written.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  private List<PhrasePattern> namePattern(String name) {
    List<String> words = new java.util.ArrayList<>();
    for (Token t : Tokenizer.tokens(lexicon.normalizer().apply(name))) words.add(stem(t.text()));
    return compiledName(words);
  }

  /** A word written with the possessive 's ("Cloudnest's", "Sam’s"), which normalizing runs into the word. */
  private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile(".*\\p{L}['’][sS]");

  private static boolean possessive(Token token, String text) {
    return POSSESSIVE.matcher(text.substring(token.start(), token.end())).matches();
  }

  /** The name with its last word in the possessive ("Cloudnest's terms"), matched only where written so. */
  private List<PhrasePattern> possessivePattern(String name) {
    List<String> words = new java.util.ArrayList<>();
    for (Token t : Tokenizer.tokens(lexicon.normalizer().apply(name))) words.add(t.text());
    if (words.isEmpty() || !words.get(words.size() - 1).chars().allMatch(Character::isLetter)) return List.of();
    words.set(words.size() - 1, words.get(words.size() - 1) + "s");
    return compiledName(words);
  }

  /** A name's pattern words as one pattern; none for a name that has no words or none that compile. */
  private static List<PhrasePattern> compiledName(List<String> words) {
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
    return forms(normalizedWord, lexicon.nameEndings());
  }

  private static List<String> forms(String normalizedWord, List<List<String>> endings) {
    String bestEnding = null;
    List<String> bestGroup = null;
    for (List<String> group : endings) {
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
    return detection(act, pattern, m, tokens, text, null);
  }

  private static Detection detection(Act act, PhrasePattern pattern, PhrasePattern.Match m, List<Token> tokens,
      String text, String detail) {
    int start = tokens.get(m.from()).start();
    int end = tokens.get(m.to() - 1).end();
    return new Detection(act, start, end, text.substring(start, end), pattern.source(), m.captures(), detail);
  }
}
