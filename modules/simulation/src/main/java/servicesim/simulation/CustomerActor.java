package servicesim.simulation;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.sharding.typed.javadsl.EntityRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import servicesim.scenario.conversation.Conversation;

/**
 * Plays the customer of a live session in time: watches the session and sets a wall-clock timer for its next move (a
 * line, a nudge after silence, hanging up), re-planned whenever the trainee does something first.
 */
public final class CustomerActor {

  public sealed interface Command {}

  private record Observed(SessionEntity.Summary summary) implements Command {}

  private record Wake(long seqNr) implements Command {}

  private record Resubscribe() implements Command {}

  /** Timers fire at or after their time; this margin keeps the session from seeing a move a moment too early. */
  private static final Duration MARGIN = Duration.ofMillis(20);
  private static final Duration RESUBSCRIBE = Duration.ofSeconds(60);

  private CustomerActor() {}

  public static Behavior<Command> live(Conversation conversation, EntityRef<SessionEntity.Command> session,
      Clock clock) {
    return Behaviors.setup(ctx -> Behaviors.withTimers(timers -> {
      ActorRef<SessionEntity.Summary> observer = ctx.messageAdapter(SessionEntity.Summary.class, Observed::new);
      ActorRef<SessionEntity.Reply> replies = ctx.messageAdapter(SessionEntity.Reply.class,
          r -> r.ok() ? new Observed(r.summary()) : new Resubscribe());
      session.tell(new SessionEntity.Subscribe(observer));
      timers.startTimerWithFixedDelay("resubscribe", new Resubscribe(), RESUBSCRIBE);
      return Behaviors.receive(Command.class)
          .onMessage(Observed.class, o -> {
            if (o.summary().ended()) return Behaviors.stopped();
            if (!o.summary().started()) return Behaviors.same();
            Optional<Conversation.Move> next = conversation.nextCustomerMove(o.summary().conversation());
            if (next.isEmpty()) {
              timers.cancel("turn");
            } else {
              Duration wait = Duration.between(clock.instant(), next.get().at());
              Duration delay = wait.isNegative() ? MARGIN : wait.plus(MARGIN);
              timers.startSingleTimer("turn", new Wake(o.summary().seqNr()), delay);
            }
            return Behaviors.same();
          })
          .onMessage(Wake.class, w -> {
            session.tell(new SessionEntity.CustomerTurn(clock.instant(), replies));
            return Behaviors.same();
          })
          .onMessage(Resubscribe.class, r -> {
            session.tell(new SessionEntity.Subscribe(observer));
            return Behaviors.same();
          })
          .build();
    }));
  }

  /** When a move is due, for logs and tests. */
  static Instant due(Conversation.Move move) {
    return move.at();
  }
}
