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
import org.languagetool.JLanguageTool;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.RuleMatch;

/**
 * Spelling and grammar with LanguageTool, for English in each of its variants and Greek (004: check spelling and
 * grammar before sending). A finding counts only when every variant the policy accepts reports it there, so "colour"
 * passes when British English is accepted and "color" when American English is. A {@link JLanguageTool} is not
 * thread-safe and slow to build, so each variant keeps a small pool of them, built on first use. Matches on the
 * session's own names (customer, agent, organisation) are not counted as misspellings.
 */
public final class LanguageToolChecker implements WritingChecker {

  private static final int POOL_SIZE = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  private static final int SUGGESTIONS = 3;
  /** Variants built ahead of the first check: the first that any English and any Greek text is checked with. */
  private static final List<String> WARMED = List.of("en-US", "el");
  /** Oxford spelling is a style advice in British English: "apologise" is correct there, not a mistake. */
  private static final CategoryId OXFORD_SPELLING = new CategoryId("BRE_STYLE_OXFORD_SPELLING");

  private final Map<String, BlockingQueue<JLanguageTool>> pools = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<Void>> warming = new ConcurrentHashMap<>();

  /**
   * Builds one checker for American English and one for Greek in the background (loading English takes seconds), so
   * that the first session to need one does not wait as long; a check that comes first waits for it instead of
   * building a second. Other variants load when a check first needs them.
   */
  public LanguageToolChecker warmUp() {
    for (String variant : WARMED) {
      warming.computeIfAbsent(variant, v -> CompletableFuture.runAsync(() -> {
        JLanguageTool tool = build(v);
        try {
          tool.check("Warm up.");
        } catch (IOException ignored) {
          // a failure shows again, with its cause, on the first real check
        }
        pool(v).offer(tool);
      }, runnable -> {
        Thread t = new Thread(runnable, "languagetool-warm-up-" + v);
        t.setDaemon(true);
        t.start();
      }));
    }
    return this;
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
    List<WritingIssue> issues = issues(checkedAs.get(0), text, knownWords);
    // later variants only confirm: stop as soon as nothing is left that all of them report
    for (int i = 1; i < checkedAs.size() && !issues.isEmpty(); i++) {
      List<WritingIssue> also = issues(checkedAs.get(i), text, knownWords);
      issues = issues.stream().filter(issue -> also.stream().anyMatch(o -> overlaps(issue, o))).toList();
    }
    return Optional.of(List.copyOf(issues));
  }

  private static boolean overlaps(WritingIssue a, WritingIssue b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private List<WritingIssue> issues(String variant, String text, Set<String> knownWords) {
    CompletableFuture<Void> warm = warming.get(variant);
    if (warm != null) warm.join();
    BlockingQueue<JLanguageTool> pool = pool(variant);
    JLanguageTool tool = pool.poll();
    if (tool == null) tool = build(variant);
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
