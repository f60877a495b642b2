package servicesim.simulation;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.sharding.typed.javadsl.EntityRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import servicesim.scenario.conversation.Conversation;

/**
 * Virtual time for one scripted session: asks the customer and the scripted agent for their next moves, lets the
 * earlier one happen (the customer's on a tie) and moves the session's clock straight to it. Nothing sleeps, and the
 * timestamps depend only on the scenario and the script, so a replay is deterministic and as fast as the journal.
 *
 * <p>Participants answer through message adapters rather than asks: a session takes one round per event, and an ask
 * per round costs a temporary actor and a future.
 */
public final class VirtualClock {

  public sealed interface Command {}

  private record Observed(SessionEntity.Summary summary) implements Command {}

  private record CustomerPlanned(Optional<Conversation.Move> move) implements Command {}

  private record AgentPlanned(Optional<Conversation.Move> move) implements Command {}

  private record Performed(SessionEntity.Reply reply) implements Command {}

  private record Stalled() implements Command {}

  /** Sent to {@code done} when the session has ended (or could not go on). */
  public record Finished(String sessionId, SessionEntity.Summary summary, String failure) {}

  /** A session that makes no progress for this long (wall time) is given up rather than left hanging. */
  private static final Duration STALL = Duration.ofSeconds(120);

  private final AtomicReference<Instant> now;

  public VirtualClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  public Instant now() {
    return now.get();
  }

  public Behavior<Command> drive(String sessionId, EntityRef<SessionEntity.Command> session,
      ActorRef<CustomerActor.Command> customer, ActorRef<ScriptedAgent.Command> agent, ActorRef<Finished> done) {
    return Behaviors.setup(ctx -> Behaviors.withTimers(timers -> {
      Round round = new Round(ctx, sessionId, customer, agent, done);
      ActorRef<SessionEntity.Summary> observed = ctx.messageAdapter(SessionEntity.Summary.class, Observed::new);
      session.tell(new SessionEntity.Get(observed));
      return Behaviors.receive(Command.class)
          .onMessage(Observed.class, o -> {
            timers.startSingleTimer("stall", new Stalled(), STALL);
            return round.observed(o.summary());
          })
          .onMessage(CustomerPlanned.class, round::customerPlanned)
          .onMessage(AgentPlanned.class, round::agentPlanned)
          .onMessage(Performed.class, round::performed)
          .onMessage(Stalled.class, s -> round.finish(null, "no progress for " + STALL.toSeconds() + " s"))
          .build();
    }));
  }

  /** The state of the current round: the session as it stands and the customer's planned move. */
  private final class Round {
    private final ActorContext<Command> ctx;
    private final String sessionId;
    private final ActorRef<CustomerActor.Command> customer;
    private final ActorRef<ScriptedAgent.Command> agent;
    private final ActorRef<Finished> done;
    private final ActorRef<CustomerActor.Planned> customerPlans;
    private final ActorRef<ScriptedAgent.Planned> agentPlans;
    private final ActorRef<SessionEntity.Reply> performed;
    private SessionEntity.Summary summary;
    private Optional<Conversation.Move> customerMove = Optional.empty();

    Round(ActorContext<Command> ctx, String sessionId, ActorRef<CustomerActor.Command> customer,
        ActorRef<ScriptedAgent.Command> agent, ActorRef<Finished> done) {
      this.ctx = ctx;
      this.sessionId = sessionId;
      this.customer = customer;
      this.agent = agent;
      this.done = done;
      this.customerPlans = ctx.messageAdapter(CustomerActor.Planned.class, p -> new CustomerPlanned(p.move()));
      this.agentPlans = ctx.messageAdapter(ScriptedAgent.Planned.class, p -> new AgentPlanned(p.move()));
      this.performed = ctx.messageAdapter(SessionEntity.Reply.class, Performed::new);
    }

    Behavior<Command> observed(SessionEntity.Summary s) {
      if (!s.started() || s.ended()) return finish(s, s.started() ? null : "the session was never started");
      summary = s;
      customer.tell(new CustomerActor.Plan(s.conversation(), customerPlans));
      return Behaviors.same();
    }

    Behavior<Command> customerPlanned(CustomerPlanned c) {
      customerMove = c.move();
      agent.tell(new ScriptedAgent.Plan(summary.conversation(), customerMove, agentPlans));
      return Behaviors.same();
    }

    Behavior<Command> agentPlanned(AgentPlanned a) {
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
        agent.tell(new ScriptedAgent.Perform(Conversation.Move.agent(now.get(), Conversation.Move.Kind.END, null,
            java.util.List::of), performed));
      }
      return Behaviors.same();
    }

    Behavior<Command> performed(Performed p) {
      if (!p.reply().ok()) return finish(null, p.reply().rejected().message());
      ctx.getSelf().tell(new Observed(p.reply().summary()));
      return Behaviors.same();
    }

    Behavior<Command> finish(SessionEntity.Summary s, String failure) {
      done.tell(new Finished(sessionId, s, failure));
      return Behaviors.stopped();
    }
  }
}
