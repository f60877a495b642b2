package servicesim.scenario.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import servicesim.policy.transcript.SessionEvent;

/**
 * Plays a scenario against a scripted agent in virtual time, without an actor system: at each step the earlier of
 * the customer's and the agent's next moves happens (the customer first on a tie). Deterministic; never sleeps.
 * The simulation module's driver takes each step by {@link #next} through the persistent session; this is the
 * reference it must match.
 */
public final class VirtualRun {

  /** A run that goes on longer than this is a scenario that loops; it is ended rather than left spinning. */
  public static final int MAX_EVENTS = 5_000;

  private VirtualRun() {}

  /**
   * @param started the session's first event
   * @param events  every event after it, numbered in sequence as the journal numbers them (not hash-chained)
   */
  public record Result(SessionEvent.SessionStarted started, ConversationState state, List<SessionEvent> events) {}

  public static Result run(Conversation conversation, AgentReplay agent, Instant start) {
    SessionEvent.SessionStarted started = conversation.started(start).chained(1, null, null);
    ConversationState state = conversation.apply(null, started);
    List<SessionEvent> events = new ArrayList<>();
    while (!state.ended()) {
      for (SessionEvent e : next(conversation, agent, state, events.size()).events()) {
        SessionEvent numbered = e.chained(events.size() + 2, null, null);
        state = conversation.apply(state, numbered);
        events.add(numbered);
      }
    }
    return new Result(started, state, List.copyOf(events));
  }

  /**
   * The move that happens next, {@code events} after the session's start: the earlier of the customer's and the
   * agent's, the customer's on a tie; when neither has anything left to do, or the run is too long, the agent ends the
   * session rather than leave it open.
   */
  public static Conversation.Move next(Conversation conversation, AgentReplay agent, ConversationState state,
      long events) {
    Optional<Conversation.Move> customer = conversation.nextCustomerMove(state);
    Optional<Conversation.Move> agentMove = agent.nextMove(state, customer);
    Optional<Conversation.Move> first = customer.isEmpty() ? agentMove
        : agentMove.isEmpty() || !agentMove.get().at().isBefore(customer.get().at()) ? customer : agentMove;
    if (first.isPresent() && events < MAX_EVENTS) return first.get();
    Instant at = state.times().lastEventAt();
    return Conversation.Move.agent(at, Conversation.Move.Kind.END, null, () -> conversation.end(state, "agent", at));
  }
}
