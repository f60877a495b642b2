package servicesim.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How the customer reaches the organisation (004: in person, telephone and voicemail, letters, email). */
public enum Channel {
  PHONE("phone", true),
  IN_PERSON("in-person", true),
  CHAT("chat", false),
  EMAIL("email", false),
  LETTER("letter", false),
  VOICEMAIL("voicemail", false);

  private final String id;
  private final boolean agentOpens;

  Channel(String id, boolean agentOpens) {
    this.id = id;
    this.agentOpens = agentOpens;
  }

  public String id() {
    return id;
  }

  /** On the phone and in person the agent speaks first (answering, greeting); elsewhere the customer writes first. */
  public boolean agentOpens() {
    return agentOpens;
  }

  /** Written channels: replies are composed messages, checked for spelling and grammar. */
  public boolean written() {
    return this == EMAIL || this == LETTER;
  }

  /** Live conversations, where turns, interruptions and closing checks make sense. */
  public boolean conversational() {
    return this == PHONE || this == IN_PERSON || this == CHAT;
  }

  /** Simulated seconds per real second of a live session by default: conversations run in real time, written
   * channels and voicemail an hour in 10 s. */
  public double defaultTimeScale() {
    return this == PHONE || this == IN_PERSON || this == CHAT ? 1 : 360;
  }

  public static Optional<Channel> byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Channel::id).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
