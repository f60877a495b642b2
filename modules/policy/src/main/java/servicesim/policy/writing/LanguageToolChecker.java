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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.language.AmericanEnglish;
import org.languagetool.language.Greek;
import org.languagetool.rules.RuleMatch;

/**
 * Spelling and grammar with LanguageTool, for English and Greek (004: check spelling and grammar before sending).
 * A {@link JLanguageTool} is not thread-safe and slow to build, so each language keeps a small pool of them, built
 * on first use. Matches on the session's own names (customer, agent, organisation) are not counted as misspellings.
 */
public final class LanguageToolChecker implements WritingChecker {

  private static final int POOL_SIZE = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  private static final Map<String, Supplier<Language>> LANGUAGES = Map.of(
      "en", AmericanEnglish::new,
      "el", Greek::new);

  private static final LanguageToolChecker SHARED = new LanguageToolChecker();

  private final Map<String, BlockingQueue<JLanguageTool>> pools = new ConcurrentHashMap<>();
  private final Map<String, java.util.concurrent.CompletableFuture<Void>> warming = new ConcurrentHashMap<>();

  /** The process's checker: a language loaded once serves every node and command of the process. */
  public static LanguageToolChecker shared() {
    return SHARED;
  }

  /**
   * Builds one checker for each of these languages in the background (loading English takes seconds), so that the
   * first session to need one does not wait as long; a check that comes first waits for it instead of building a
   * second. Languages LanguageTool does not check here are ignored.
   */
  public LanguageToolChecker warmUp(java.util.Collection<String> languages) {
    for (String language : languages) {
      if (LANGUAGES.containsKey(language)) warming(language);
    }
    return this;
  }

  private java.util.concurrent.CompletableFuture<Void> warming(String language) {
    return warming.computeIfAbsent(language, lang -> java.util.concurrent.CompletableFuture.runAsync(() -> {
      JLanguageTool tool = new JLanguageTool(LANGUAGES.get(lang).get());
      try {
        tool.check("Warm up.");
      } catch (IOException ignored) {
        // a failure shows again, with its cause, on the first real check
      }
      pools.computeIfAbsent(lang, l -> new ArrayBlockingQueue<>(POOL_SIZE)).offer(tool);
    }, runnable -> {
      Thread t = new Thread(runnable, "languagetool-load-" + lang);
      t.setDaemon(true);
      t.start();
    }));
  }

  @Override
  public Set<String> languages() {
    return LANGUAGES.keySet();
  }

  @Override
  public Optional<List<WritingIssue>> check(String language, String text, Set<String> knownWords) {
    Supplier<Language> factory = LANGUAGES.get(language);
    if (factory == null) return Optional.empty();
    // the first check of a language loads it once; checks meanwhile wait for it rather than each loading their own
    warming(language).join();
    BlockingQueue<JLanguageTool> pool = pools.computeIfAbsent(language, l -> new ArrayBlockingQueue<>(POOL_SIZE));
    JLanguageTool tool = pool.poll();
    if (tool == null) tool = new JLanguageTool(factory.get());
    try {
      List<WritingIssue> issues = new ArrayList<>();
      for (RuleMatch m : tool.check(text)) {
        String covered = text.substring(m.getFromPos(), m.getToPos());
        if (isKnown(covered, knownWords)) continue;
        issues.add(new WritingIssue(m.getFromPos(), m.getToPos(), covered, m.getMessage().replaceAll("<[^>]+>", ""),
            m.getRule().getId()));
      }
      return Optional.of(List.copyOf(issues));
    } catch (IOException e) {
      throw new IllegalStateException("LanguageTool failed to check a " + language + " text", e);
    } finally {
      pool.offer(tool);
    }
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
