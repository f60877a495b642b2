package servicesim.policy.writing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Spelling and grammar with LanguageTool, for English in each of its variants and Greek (004: check spelling and
 * grammar before sending). A finding counts only when every variant the policy accepts reports it there, so "colour"
 * passes when British English is accepted and "color" when American English is. The text is checked in full as the
 * first accepted variant; the rules every variant of the language shares report the same there, so the other variants
 * only confirm the findings of the first variant's own rules: its speller's with their own spellers, and those of its
 * variant-only style and grammar rules not at all (no other variant has them). A {@link JLanguageTool} is not
 * thread-safe and takes seconds to build, so each variant keeps a small pool, built on first use, and a check waits a
 * moment for a checker to come back before it builds another. Matches on the session's own names (customer, agent,
 * organisation) are not counted as misspellings.
 */
public final class LanguageToolChecker implements WritingChecker {

  private static final int POOL_SIZE = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  private static final int SUGGESTIONS = 3;
  /** Oxford spelling is a style advice in British English: "apologise" is correct there, not a mistake. */
  private static final CategoryId OXFORD_SPELLING = new CategoryId("BRE_STYLE_OXFORD_SPELLING");

  /** How long a check waits for a checker in use before it builds one more (a check takes well under this). */
  private static final long WAIT_FOR_CHECKER_MILLIS = 1000;

  private static final LanguageToolChecker SHARED = new LanguageToolChecker();

  private final Map<String, BlockingQueue<JLanguageTool>> pools = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> built = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<Void>> warming = new ConcurrentHashMap<>();
  private final Map<String, SpellingCheckRule> spellers = new ConcurrentHashMap<>();

  /** The process's checker: a language loaded once serves every node and command of the process. */
  public static LanguageToolChecker shared() {
    return SHARED;
  }

  /**
   * Builds one checker for each of these languages in the background, as the variant its texts are first checked as
   * (loading English takes seconds), so that the first session to need one does not wait as long; a check that comes
   * first waits for it instead of building a second. Languages LanguageTool does not check here are ignored.
   */
  public LanguageToolChecker warmUp(java.util.Collection<String> languages) {
    for (String language : languages) {
      if (!WritingVariants.languages().contains(language)) continue;
      String variant = WritingVariants.checkedAs(language, List.of()).get(0);
      warming.computeIfAbsent(variant, v -> CompletableFuture.runAsync(() -> {
        built.computeIfAbsent(v, x -> new AtomicInteger()).incrementAndGet();
        JLanguageTool tool = build(v);
        try {
          tool.check("Warm up.");
        } catch (IOException ignored) {
          // a failure shows again, with its cause, on the first real check
        }
        pool(v).offer(tool);
      }, runnable -> {
        Thread t = new Thread(runnable, "languagetool-load-" + v);
        t.setDaemon(true);
        t.start();
      }));
    }
    return this;
  }

  @Override
  public String version() {
    return "LanguageTool " + JLanguageTool.VERSION + ", Oxford spelling off, " + SUGGESTIONS + " suggestions";
  }

  @Override
  public Set<String> languages() {
    return Set.copyOf(WritingVariants.languages());
  }

  @Override
  public Optional<List<WritingIssue>> check(String language, List<String> variants, String text,
      Set<String> knownWords) {
    if (!WritingVariants.languages().contains(language)) return Optional.empty();
    List<String> checkedAs = WritingVariants.checkedAs(language, variants);
    String first = checkedAs.get(0);
    List<WritingIssue> issues = issues(first, text, knownWords);
    if (checkedAs.size() == 1 || issues.isEmpty()) return Optional.of(List.copyOf(issues));
    java.util.function.Predicate<String> ownRule = WritingVariants.ownRule(first);
    String ownSpeller = speller(first).getId();
    List<String> others = checkedAs.subList(1, checkedAs.size());
    return Optional.of(issues.stream().filter(issue -> !ownRule.test(issue.ruleId())
        || issue.ruleId().equals(ownSpeller) && misspelledInEvery(others, issue.text())).toList());
  }

  /** Whether each of these variants' spellers also finds a word of {@code text} misspelled. */
  private boolean misspelledInEvery(List<String> variants, String text) {
    try {
      for (String variant : variants) {
        boolean misspelled = false;
        for (String word : text.split("\\s+")) misspelled |= !word.isEmpty() && speller(variant).isMisspelled(word);
        if (!misspelled) return false;
      }
      return true;
    } catch (IOException e) {
      throw new IllegalStateException("LanguageTool's speller failed on '" + text + "'", e);
    }
  }

  /** A variant's speller alone: its dictionary loads in a fraction of the time a whole checker takes. */
  private SpellingCheckRule speller(String variant) {
    return spellers.computeIfAbsent(variant, v -> WritingVariants.newLanguage(v).getDefaultSpellingRule());
  }

  private List<WritingIssue> issues(String variant, String text, Set<String> knownWords) {
    CompletableFuture<Void> warm = warming.get(variant);
    if (warm != null) warm.join();
    BlockingQueue<JLanguageTool> pool = pool(variant);
    JLanguageTool tool = take(variant, pool);
    try {
      List<WritingIssue> issues = new ArrayList<>();
      for (RuleMatch m : tool.check(text)) {
        String covered = text.substring(m.getFromPos(), m.getToPos());
        if (isKnown(covered, knownWords)) continue;
        List<String> suggestions = m.getSuggestedReplacements().stream().limit(SUGGESTIONS).toList();
        issues.add(new WritingIssue(m.getFromPos(), m.getToPos(), covered, m.getMessage().replaceAll("<[^>]+>", ""),
            suggestions, m.getRule().getId()));
      }
      return issues;
    } catch (IOException e) {
      throw new IllegalStateException("LanguageTool failed to check a text as " + variant, e);
    } finally {
      pool.offer(tool);
    }
  }

  /** A free checker; one in use if it comes back soon; else a new one, up to the pool's size. */
  private JLanguageTool take(String variant, BlockingQueue<JLanguageTool> pool) {
    JLanguageTool tool = pool.poll();
    if (tool != null) return tool;
    AtomicInteger count = built.computeIfAbsent(variant, v -> new AtomicInteger());
    try {
      if (count.get() > 0) {
        tool = pool.poll(count.get() >= POOL_SIZE ? Long.MAX_VALUE : WAIT_FOR_CHECKER_MILLIS, TimeUnit.MILLISECONDS);
        if (tool != null) return tool;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a LanguageTool checker", e);
    }
    count.incrementAndGet();
    return build(variant);
  }

  private BlockingQueue<JLanguageTool> pool(String variant) {
    return pools.computeIfAbsent(variant, v -> new ArrayBlockingQueue<>(POOL_SIZE));
  }

  private static JLanguageTool build(String variant) {
    JLanguageTool tool = new JLanguageTool(WritingVariants.newLanguage(variant));
    tool.disableCategory(OXFORD_SPELLING);
    return tool;
  }

  private static boolean isKnown(String covered, Set<String> knownWords) {
    String c = covered.toLowerCase(Locale.ROOT);
    for (String w : knownWords) {
      if (w.toLowerCase(Locale.ROOT).equals(c)) return true;
    }
    for (String part : c.split("\\s+")) {
      boolean known = knownWords.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).equals(part));
      if (!known) return false;
    }
    return !c.isBlank();
  }
}
