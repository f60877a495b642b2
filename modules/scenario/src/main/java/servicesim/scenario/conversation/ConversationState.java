package servicesim.scenario.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a conversation stands: the customer's place in the script, mood and patience, what the agent has done,
 * open questions, and the times turn-taking and silence are measured from. Immutable; see {@link Conversation}.
 *
 * @param nextLine          the next script line to consider
 * @param turnOpen          the customer is in the middle of a multi-part turn
 * @param mayRespond        the agent has spoken since the customer's last complete turn (or the customer opens)
 * @param awaitingAgent     the customer has finished a turn and waits for the agent
 * @param pending           reaction lines the customer will say before going on with the script
 * @param fired             how often each reaction trigger has fired
 * @param open              questions asked and not yet answered
 * @param lastCustomerAt    the customer's latest message (script or reaction line; nudges excluded)
 * @param lastAgentAt       the agent's latest message or action
 * @param agentSteps        agent messages and actions so far: a scripted agent's position in its steps
 */
public record ConversationState(
    Instant startedAt,
    int nextLine,
    boolean turnOpen,
    boolean mayRespond,
    boolean awaitingAgent,
    List<String> pending,
    int mood,
    int patience,
    Map<String, Integer> fired,
    Set<String> acts,
    Set<String> actions,
    Set<String> answered,
    List<String> open,
    Set<String> reactedUnanswered,
    boolean interrupted,
    boolean contactedFirst,
    boolean customerSpoke,
    boolean calledBack,
    boolean hungUp,
    boolean ended,
    String outcome,
    Instant lastCustomerAt,
    Instant lastAgentAt,
    Instant lastNudgeAt,
    Instant lastEventAt,
    int nudges,
    int agentSteps) {

  public int timesFired(String trigger) {
    return fired.getOrDefault(trigger, 0);
  }
}
