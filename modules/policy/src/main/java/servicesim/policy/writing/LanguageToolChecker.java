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

  private final Map<String, BlockingQueue<JLanguageTool>> pools = new ConcurrentHashMap<>();

  @Override
  public Set<String> languages() {
    return LANGUAGES.keySet();
  }

  @Override
  public Optional<List<WritingIssue>> check(String language, String text, Set<String> knownWords) {
    Supplier<Language> factory = LANGUAGES.get(language);
    if (factory == null) return Optional.empty();
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
