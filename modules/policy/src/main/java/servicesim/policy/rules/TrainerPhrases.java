package servicesim.policy.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;
import servicesim.policy.acts.PhrasePattern;
import servicesim.policy.transcript.SessionEvent;

/** What a trainer's must-say / must-not-say rule looks for in the session's language: acts, and phrases. */
final class TrainerPhrases {

  private final List<Act> acts;
  private final List<String> phrases;
  private final List<PhrasePattern> patterns = new ArrayList<>();

  TrainerPhrases(RuleSpec spec, SessionAnalysis session) {
    this.acts = spec.acts().stream().map(Act::byId).flatMap(Optional::stream).toList();
    this.phrases = spec.phrases().getOrDefault(session.transcript().language(), List.of());
    for (String p : phrases) Phrases.compile(session.detector(), p).ifPresent(patterns::add);
  }

  /** A rule with phrases only, none of them in this session's language, has nothing to look for. */
  boolean nothingToLookFor() {
    return acts.isEmpty() && phrases.isEmpty();
  }

  /** Every place an agent message says one of them: each detection of an act, the first match of each phrase. */
  List<Evidence> find(SessionAnalysis session) {
    List<Evidence> found = new ArrayList<>();
    for (SessionEvent.AgentMessageSent m : session.agentMessages()) {
      List<Evidence> inMessage = new ArrayList<>();
      for (Act act : acts) session.all(m, act).forEach(d -> inMessage.add(Evidence.span(m.seqNr(), d)));
      for (PhrasePattern p : patterns) Phrases.find(session.detector(), m, p).ifPresent(inMessage::add);
      inMessage.sort(Comparator.comparingInt(Evidence::start));
      found.addAll(inMessage);
    }
    return found;
  }

  /** "apology, \"thank you for waiting\"": for explanations. */
  String describe() {
    return Stream.concat(acts.stream().map(Act::id), phrases.stream().map(p -> "\"" + p + "\""))
        .collect(Collectors.joining(", "));
  }
}
