package servicesim.simulation;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.sharding.typed.javadsl.EntityRef;
import java.util.Optional;
import servicesim.scenario.conversation.AgentReplay;
import servicesim.scenario.conversation.Conversation;
import servicesim.scenario.conversation.ConversationState;
import servicesim.scenario.AgentStep;

/**
 * A scripted trainee: replays an agent script with its delays ({@link AgentReplay}), telling the {@link VirtualClock}
 * when its next step falls due and sending the step to the session when the clock says it happens.
 */
public final class ScriptedAgent {

  public sealed interface Command {}

  /** What is your next step, and when, given what the customer would do next? */
  public record Plan(ConversationState state, Optional<Conversation.Move> customerNext, ActorRef<Planned> replyTo)
      implements Command {}

  public record Planned(Optional<Conversation.Move> move) {}

  public record Perform(Conversation.Move move, ActorRef<SessionEntity.Reply> replyTo) implements Command {}

  private ScriptedAgent() {}

  public static Behavior<Command> create(AgentReplay replay, EntityRef<SessionEntity.Command> session) {
    return Behaviors.receive(Command.class)
        .onMessage(Plan.class, p -> {
          p.replyTo().tell(new Planned(replay.nextMove(p.state(), p.customerNext())));
          return Behaviors.same();
        })
        .onMessage(Perform.class, p -> {
          session.tell(command(p.move(), p.replyTo()));
          return Behaviors.same();
        })
        .build();
  }

  /** The session command that makes the planned step happen; the session decides its effects itself. */
  static SessionEntity.Command command(Conversation.Move move, ActorRef<SessionEntity.Reply> replyTo) {
    Optional<AgentStep> step = move.step();
    if (step.isPresent() && step.get() instanceof AgentStep.Say say) {
      return new SessionEntity.AgentSay(say.text(), say.subject(), move.at(), replyTo);
    }
    if (step.isPresent() && step.get() instanceof AgentStep.Act act) {
      return new SessionEntity.AgentAct(act.type().id(), act.fields(), move.at(), replyTo);
    }
    return new SessionEntity.End("agent", move.at(), replyTo);
  }
}
