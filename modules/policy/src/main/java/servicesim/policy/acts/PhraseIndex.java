package servicesim.policy.acts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Phrases by the words they may start with, so that a token is tried only against the phrases that could match there. */
final class PhraseIndex {

  private final Map<String, List<Lexicon.Indexed>> byFirstWord = new HashMap<>();
  /** Phrases starting with a prefix word, by the prefix's first two characters (or its only one). */
  private final Map<String, List<Lexicon.Indexed>> byPrefix = new HashMap<>();
  private final List<Lexicon.Indexed> anywhere = new ArrayList<>();

  void add(Lexicon.Indexed entry) {
    if (entry.pattern().startsAnywhere()) {
      anywhere.add(entry);
      return;
    }
    for (PhrasePattern.Unit unit : entry.pattern().firstUnits()) {
      if (unit instanceof PhrasePattern.Exact e) {
        List<Lexicon.Indexed> list = byFirstWord.computeIfAbsent(e.word(), k -> new ArrayList<>());
        if (!list.contains(entry)) list.add(entry);
      } else {
        String p = ((PhrasePattern.Prefix) unit).prefix();
        List<Lexicon.Indexed> list =
            byPrefix.computeIfAbsent(p.substring(0, Math.min(2, p.length())), k -> new ArrayList<>());
        if (!list.contains(entry)) list.add(entry);
      }
    }
  }

  /** Phrases that may match starting at a token, in the order they were added. */
  List<Lexicon.Indexed> candidatesFor(String token) {
    List<Lexicon.Indexed> exact = byFirstWord.getOrDefault(token, List.of());
    List<Lexicon.Indexed> prefixed = new ArrayList<>();
    for (String key : token.length() >= 2 ? List.of(token.substring(0, 1), token.substring(0, 2)) : List.of(token)) {
      for (Lexicon.Indexed entry : byPrefix.getOrDefault(key, List.of())) {
        for (PhrasePattern.Unit u : entry.pattern().firstUnits()) {
          if (u instanceof PhrasePattern.Prefix && u.matches(token) && !prefixed.contains(entry) && !exact.contains(entry)) {
            prefixed.add(entry);
          }
        }
      }
    }
    if (prefixed.isEmpty() && anywhere.isEmpty()) return exact;
    List<Lexicon.Indexed> out = new ArrayList<>(exact.size() + prefixed.size() + anywhere.size());
    out.addAll(exact);
    out.addAll(prefixed);
    out.addAll(anywhere);
    return out;
  }
}
