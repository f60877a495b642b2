package servicesim.policy.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import servicesim.policy.Policy;
import servicesim.policy.acts.Act;
import servicesim.policy.acts.ActDetector;
import servicesim.policy.acts.Detection;
import servicesim.policy.transcript.Entry;
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

  public List<Entry> entries() {
    return transcript.entries();
  }

  public List<Entry.AgentMessage> agentMessages() {
    return transcript.agentMessages().toList();
  }

  /** The acts detected in one agent message, in order of position. */
  public List<Detection> acts(Entry.AgentMessage message) {
    return acts.computeIfAbsent(message.seqNr(), k -> detector.detect(message.text(), context));
  }

  public Optional<Detection> act(Entry.AgentMessage message, Act act) {
    return acts(message).stream().filter(d -> d.act() == act).findFirst();
  }

  /** The first agent message showing {@code act}, with the detection. */
  public Optional<Found> first(Act act) {
    for (Entry.AgentMessage m : agentMessages()) {
      Optional<Detection> d = act(m, act);
      if (d.isPresent()) return Optional.of(new Found(m, d.get()));
    }
    return Optional.empty();
  }

  /** Every agent message showing {@code act}, with the detection. */
  public List<Found> all(Act act) {
    List<Found> out = new ArrayList<>();
    for (Entry.AgentMessage m : agentMessages()) act(m, act).ifPresent(d -> out.add(new Found(m, d)));
    return out;
  }

  public record Found(Entry.AgentMessage message, Detection detection) {
    public Evidence evidence() {
      return Evidence.span(message.seqNr(), detection);
    }
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
