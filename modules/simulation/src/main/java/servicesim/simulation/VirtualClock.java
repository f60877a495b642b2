package servicesim.simulation;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.sharding.typed.javadsl.EntityRef;
import akka.pattern.StatusReply;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import servicesim.scenario.conversation.Conversation;

/**
 * Virtual time for one scripted session: asks the customer and the scripted agent for their next moves, lets the
 * earlier one happen (the customer's on a tie) and moves the session's clock straight to it. Nothing sleeps, and the
 * timestamps depend only on the scenario and the script, so a replay is deterministic and as fast as the journal.
 */
public final class VirtualClock implements SimClock {

  public sealed interface Command {}

  private record Observed(SessionEntity.Summary summary) implements Command {}

  private record CustomerPlanned(SessionEntity.Summary summary, Optional<Conversation.Move> move) implements Command {}

  private record AgentPlanned(Optional<Conversation.Move> move) implements Command {}

  private record Performed(StatusReply<SessionEntity.Summary> reply) implements Command {}

  private record Failed(String reason) implements Command {}

  /** Sent to {@code done} when the session has ended (or could not go on). */
  public record Finished(String sessionId, SessionEntity.Summary summary, String failure) {}

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final AtomicReference<Instant> now;

  public VirtualClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  @Override
  public Instant now() {
    return now.get();
  }

  public Behavior<Command> drive(String sessionId, EntityRef<SessionEntity.Command> session,
      ActorRef<CustomerActor.Command> customer, ActorRef<ScriptedAgent.Command> agent, ActorRef<Finished> done) {
    return Behaviors.setup(ctx -> {
      ctx.ask(SessionEntity.Summary.class, session, TIMEOUT, SessionEntity.Get::new,
          (summary, failure) -> summary != null ? new Observed(summary) : new Failed("no answer from the session"));
      return running(ctx, sessionId, customer, agent, done, null);
    });
  }

  private Behavior<Command> running(ActorContext<Command> ctx, String sessionId, ActorRef<CustomerActor.Command> customer,
      ActorRef<ScriptedAgent.Command> agent, ActorRef<Finished> done, Optional<Conversation.Move> customerMove) {
    return Behaviors.receive(Command.class)
        .onMessage(Observed.class, o -> {
          SessionEntity.Summary s = o.summary();
          if (!s.started() || s.ended()) {
            done.tell(new Finished(sessionId, s, s.started() ? null : "the session was never started"));
            return Behaviors.stopped();
          }
          ctx.ask(CustomerActor.Planned.class, customer, TIMEOUT, r -> new CustomerActor.Plan(s.conversation(), r),
              (p, failure) -> p != null ? new CustomerPlanned(s, p.move()) : new Failed("the customer did not answer"));
          return Behaviors.same();
        })
        .onMessage(CustomerPlanned.class, c -> {
          ctx.ask(ScriptedAgent.Planned.class, agent, TIMEOUT,
              r -> new ScriptedAgent.Plan(c.summary().conversation(), c.move(), r),
              (p, failure) -> p != null ? new AgentPlanned(p.move()) : new Failed("the agent did not answer"));
          return running(ctx, sessionId, customer, agent, done, c.move());
        })
        .onMessage(AgentPlanned.class, a -> {
          ActorRef<StatusReply<SessionEntity.Summary>> performed = ctx.messageAdapter(SessionEntity.REPLY, Performed::new);
          boolean agentFirst = a.move().isPresent()
              && (customerMove.isEmpty() || a.move().get().at().isBefore(customerMove.get().at()));
          if (agentFirst) {
            now.set(a.move().get().at());
            agent.tell(new ScriptedAgent.Perform(a.move().get(), performed));
          } else if (customerMove.isPresent()) {
            now.set(customerMove.get().at());
            customer.tell(new CustomerActor.Perform(customerMove.get(), performed));
          } else {
            // neither side has anything left to do: the agent hangs up rather than leave the session open
            agent.tell(new ScriptedAgent.Perform(new Conversation.Move(now.get(), java.util.List.of(
                new servicesim.scenario.conversation.SessionEvent.SessionEnded(now.get(), "", "agent", 0)),
                Conversation.Move.Kind.END), performed));
          }
          return Behaviors.same();
        })
        .onMessage(Performed.class, p -> {
          if (p.reply().isError()) {
            done.tell(new Finished(sessionId, null, p.reply().getError().getMessage()));
            return Behaviors.stopped();
          }
          ctx.getSelf().tell(new Observed(p.reply().getValue()));
          return Behaviors.same();
        })
        .onMessage(Failed.class, f -> {
          done.tell(new Finished(sessionId, null, f.reason()));
          return Behaviors.stopped();
        })
        .build();
  }
}
