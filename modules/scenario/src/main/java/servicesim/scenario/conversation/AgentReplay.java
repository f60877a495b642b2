package servicesim.scenario.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import servicesim.policy.transcript.SessionEvent;
import servicesim.scenario.AgentScript;
import servicesim.scenario.AgentStep;

/**
 * Replays an agent script against the conversation (DESIGN.md, "Turns and timing"): a step falls due its
 * {@code after} delay (say: 3 s by default; act and end: at once) from the latest message. {@code act} steps happen at
 * once and a {@code say} ends the agent's turn: the next step waits until the customer has said something or has
 * nothing left to say. If a turn falls due before the customer's next part, the agent speaks then — an interruption.
 * When the steps run out the agent ends the session as soon as the customer has nothing more to say.
 *
 * <p>The agent's position is the number of messages and actions it has sent, so it survives a restart.
 */
public final class AgentReplay {

  public static final Duration AGENT_DELAY = Duration.ofSeconds(3);

  private final Conversation conversation;
  private final AgentScript script;

  public AgentReplay(Conversation conversation, AgentScript script) {
    this.conversation = conversation;
    this.script = script;
  }

  public AgentScript script() {
    return script;
  }

  /** The agent's next move given what the customer would do next ({@code customerNext}), if it is due. */
  public Optional<Conversation.Move> nextMove(ConversationState s, Optional<Conversation.Move> customerNext) {
    if (s.ended()) return Optional.empty();
    boolean customerIdle = customerNext.isEmpty() || customerNext.get().kind() != Conversation.Move.Kind.LINE;
    Instant reference = s.times().lastMessageAt();
    List<AgentStep> steps = script.steps();
    int index = s.agent().steps();
    if (index >= steps.size()) {
      if (!customerIdle) return Optional.empty();
      return Optional.of(Conversation.Move.agent(reference, Conversation.Move.Kind.END, null,
          () -> conversation.end(s, "agent", reference)));
    }
    AgentStep step = steps.get(index);
    boolean previousWasSay = index > 0 && steps.get(index - 1) instanceof AgentStep.Say;
    Instant customerAt = s.times().lastCustomerAt();
    Instant agentAt = s.times().lastAgentAt();
    boolean customerAnswered = customerAt != null && (agentAt == null || customerAt.isAfter(agentAt));
    // an answer to the agent's question is not yet the customer's reply: their next line comes first
    if (previousWasSay && (!customerAnswered || s.script().answered()) && !customerIdle) return Optional.empty();
    boolean nobodyToTalkTo = conversation.customerOpens() && !s.script().spoke() && !s.agent().contactedFirst();
    if (step instanceof AgentStep.Say && nobodyToTalkTo) return Optional.empty();

    Duration delay = step.after() != null ? step.after() : step instanceof AgentStep.Say ? AGENT_DELAY : Duration.ZERO;
    Instant at = reference.plus(delay);
    Conversation.Move.Kind kind = step instanceof AgentStep.End ? Conversation.Move.Kind.END : Conversation.Move.Kind.LINE;
    return Optional.of(Conversation.Move.agent(at, kind, step, () -> decide(s, step, at)));
  }

  /** The events of playing {@code step} at {@code at}. */
  private List<SessionEvent> decide(ConversationState s, AgentStep step, Instant at) {
    return step.accept(new AgentStep.Visitor<>() {
      public List<SessionEvent> on(AgentStep.Say say) {
        return conversation.agentSays(s, say.text(), say.subject(), at);
      }

      public List<SessionEvent> on(AgentStep.Act act) {
        return conversation.agentActs(s, act.type(), act.fields(), at);
      }

      public List<SessionEvent> on(AgentStep.End end) {
        return conversation.end(s, "agent", at);
      }
    });
  }
}
