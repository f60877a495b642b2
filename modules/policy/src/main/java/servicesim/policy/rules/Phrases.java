package servicesim.policy.rules;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import servicesim.policy.acts.ActDetector;
import servicesim.policy.acts.PatternSyntaxException;
import servicesim.policy.acts.PhrasePattern;
import servicesim.policy.acts.Token;
import servicesim.policy.transcript.SessionEvent;

/**
 * Phrases written by scenario authors and trainers (question answers, must-say rules), compiled once per detector
 * and phrase, and matched against agent messages.
 */
final class Phrases {

  private static final Map<ActDetector, Map<String, Optional<PhrasePattern>>> COMPILED =
      Collections.synchronizedMap(new WeakHashMap<>());

  private Phrases() {}

  /** The compiled phrase, or empty when it does not compile (file validation reports that, not the judging). */
  static Optional<PhrasePattern> compile(ActDetector detector, String phrase) {
    Map<String, Optional<PhrasePattern>> cache = COMPILED.computeIfAbsent(detector, d -> new ConcurrentHashMap<>());
    return cache.computeIfAbsent(phrase, p -> {
      try {
        return Optional.of(detector.compile(p));
      } catch (PatternSyntaxException e) {
        return Optional.empty();
      }
    });
  }

  /** The first place the message matches {@code pattern}, as evidence. */
  static Optional<Evidence> find(ActDetector detector, SessionEvent.AgentMessageSent message, PhrasePattern pattern) {
    String text = message.text();
    List<Token> tokens = detector.lexicon().tokens(text);
    for (int i = 0; i < tokens.size(); i++) {
      Optional<PhrasePattern.Match> m = pattern.matchAt(tokens, i);
      if (m.isPresent()) {
        int start = tokens.get(m.get().from()).start();
        int end = tokens.get(m.get().to() - 1).end();
        return Optional.of(new Evidence(message.seqNr(), text.substring(start, end), start, end));
      }
    }
    return Optional.empty();
  }
}
