package servicesim.scenario.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plays a scenario against a scripted agent in virtual time, without an actor system: at each step the earlier of
 * the customer's and the agent's next moves happens (the customer first on a tie). Deterministic; never sleeps.
 * The simulation module drives the same decisions through persistent entities; this is the reference it must match.
 */
public final class VirtualRun {

  /** A run that goes on longer than this is a scenario that loops; it is ended rather than left spinning. */
  public static final int MAX_EVENTS = 5_000;

  private VirtualRun() {}

  public record Result(ConversationState state, List<SessionEvent> events) {}

  public static Result run(Conversation conversation, AgentReplay agent, Instant start) {
    ConversationState state = conversation.start(start);
    List<SessionEvent> events = new ArrayList<>();
    while (!state.ended()) {
      Optional<Conversation.Move> move = next(conversation, agent, state);
      List<SessionEvent> happened = move.isPresent() && events.size() < MAX_EVENTS
          ? move.get().events()
          : conversation.end(state, "agent", state.lastEventAt());
      for (SessionEvent e : happened) {
        state = conversation.apply(state, e);
        events.add(e);
      }
    }
    return new Result(state, List.copyOf(events));
  }

  /** The move that happens next: the earlier of the customer's and the agent's, the customer's on a tie. */
  public static Optional<Conversation.Move> next(Conversation conversation, AgentReplay agent, ConversationState state) {
    Optional<Conversation.Move> customer = conversation.nextCustomerMove(state);
    Optional<Conversation.Move> agentMove = agent.nextMove(state, customer);
    if (customer.isEmpty()) return agentMove;
    if (agentMove.isEmpty()) return customer;
    return agentMove.get().at().isBefore(customer.get().at()) ? agentMove : customer;
  }
}
