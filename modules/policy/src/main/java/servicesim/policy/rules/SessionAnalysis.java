package servicesim.policy.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import servicesim.policy.Policy;
import servicesim.policy.acts.Act;
import servicesim.policy.acts.ActDetector;
import servicesim.policy.acts.Detection;
import servicesim.policy.acts.Token;
import servicesim.policy.acts.Tokenizer;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.SessionEvent;
import servicesim.policy.transcript.Transcript;
import servicesim.policy.writing.WritingChecker;

/**
 * A transcript with the acts of every agent message detected once, shared by all rules of one evaluation.
 */
public final class SessionAnalysis {

  private final Transcript transcript;
  private final Policy policy;
  private final ActDetector detector;
  private final ActDetector.Context context;
  private final WritingChecker writing;
  private final Map<Long, List<Detection>> acts = new HashMap<>();
  private Map<Long, Integer> agentTurns;
  private Set<String> nameForms;

  public SessionAnalysis(Transcript transcript, Policy policy, ActDetector detector, WritingChecker writing) {
    this.transcript = transcript;
    this.policy = policy;
    this.detector = detector;
    this.writing = writing;
    this.context = ActDetector.Context.of(transcript.agentName(), transcript.organisation(),
        transcript.organisationAliases());
  }

  public Transcript transcript() {
    return transcript;
  }

  public Policy policy() {
    return policy;
  }

  public ActDetector detector() {
    return detector;
  }

  public ActDetector.Context context() {
    return context;
  }

  public WritingChecker writing() {
    return writing;
  }

  public List<SessionEvent> entries() {
    return transcript.entries();
  }

  public List<SessionEvent.AgentMessageSent> agentMessages() {
    return transcript.agentMessages().toList();
  }

  /** The acts detected in one agent message, in order of position. */
  public List<Detection> acts(SessionEvent.AgentMessageSent message) {
    return acts.computeIfAbsent(message.seqNr(), k -> detector.detect(message.text(), context));
  }

  public Optional<Detection> act(SessionEvent.AgentMessageSent message, Act act) {
    return acts(message).stream().filter(d -> d.act() == act).findFirst();
  }

  /** The first agent message showing {@code act}, with the detection. */
  public Optional<Found> first(Act act) {
    for (SessionEvent.AgentMessageSent m : agentMessages()) {
      Optional<Detection> d = act(m, act);
      if (d.isPresent()) return Optional.of(new Found(m, d.get()));
    }
    return Optional.empty();
  }

  /** Every agent message showing {@code act}, with the detection. */
  public List<Found> all(Act act) {
    List<Found> out = new ArrayList<>();
    for (SessionEvent.AgentMessageSent m : agentMessages()) act(m, act).ifPresent(d -> out.add(new Found(m, d)));
    return out;
  }

  /** Every detection of {@code act} in one agent message (a message may promise two times). */
  public List<Detection> all(SessionEvent.AgentMessageSent message, Act act) {
    return acts(message).stream().filter(d -> d.act() == act).toList();
  }

  public Optional<SessionEvent.CustomerMessageSent> firstCustomerMessage() {
    return transcript.customerMessages().findFirst();
  }

  /** The agent's actions of the given types, in order. */
  public List<SessionEvent.AgentActionTaken> actions(ActionType... types) {
    Set<ActionType> wanted = Set.of(types);
    return transcript.actions().filter(a -> wanted.contains(a.type())).toList();
  }

  public Optional<SessionEvent.AgentActionTaken> firstAction(ActionType... types) {
    return actions(types).stream().findFirst();
  }

  /**
   * The agent turn (1, 2, ...) an agent message or action belongs to: each agent message is a turn; an action belongs
   * to the turn of the next agent message after it (act steps come before the say step that ends a turn), or to a
   * new turn when no message follows. 0 for entries that are not the agent's.
   */
  public int agentTurn(SessionEvent entry) {
    if (agentTurns == null) agentTurns = countAgentTurns(entries());
    return agentTurns.getOrDefault(entry.seqNr(), 0);
  }

  private static Map<Long, Integer> countAgentTurns(List<SessionEvent> entries) {
    Map<Long, Integer> turns = new HashMap<>();
    List<Long> pending = new ArrayList<>();
    int turn = 0;
    for (SessionEvent e : entries) {
      if (e instanceof SessionEvent.AgentActionTaken) {
        pending.add(e.seqNr());
      } else if (e instanceof SessionEvent.AgentMessageSent) {
        turn++;
        turns.put(e.seqNr(), turn);
        for (long action : pending) turns.put(action, turn);
        pending.clear();
      }
    }
    for (long action : pending) turns.put(action, turn + 1);
    return turns;
  }

  /** What a "never did it" verdict points at: the customer's first message, which raised the matter (if any). */
  public List<Evidence> customerOpening() {
    return firstCustomerMessage().map(m -> List.of(Evidence.of(m))).orElse(List.of());
  }

  public record Found(SessionEvent.AgentMessageSent message, Detection detection) {
    public Evidence evidence() {
      return Evidence.span(message.seqNr(), detection);
    }
  }

  /**
   * True when a text the writing checker flagged is made only of the session's names, in any form of their declension
   * (κύριε Παπαδόπουλε to the customer Νίκος Παπαδόπουλος), compared after the language's normalization.
   */
  public boolean isKnownName(String text) {
    if (nameForms == null) {
      Set<String> forms = new HashSet<>();
      for (String name : knownNames()) {
        for (Token t : Tokenizer.tokens(detector.lexicon().normalizer().apply(name))) {
          forms.addAll(detector.nameForms(t.text()));
        }
      }
      nameForms = Set.copyOf(forms);
    }
    List<Token> words = Tokenizer.tokens(detector.lexicon().normalizer().apply(text));
    return !words.isEmpty() && words.stream().allMatch(w -> nameForms.contains(w.text()));
  }

  /** Names the writing checker must not flag as misspelt. */
  public Set<String> knownNames() {
    Set<String> names = new TreeSet<>();
    addWords(names, transcript.agentName());
    addWords(names, transcript.organisation());
    transcript.organisationAliases().forEach(a -> addWords(names, a));
    addWords(names, transcript.customer().name());
    addWords(names, transcript.customer().address());
    return names;
  }

  private static void addWords(Set<String> names, String text) {
    if (text == null) return;
    for (String w : text.split("[\\s,.;:]+")) if (!w.isBlank()) names.add(w);
  }
}
