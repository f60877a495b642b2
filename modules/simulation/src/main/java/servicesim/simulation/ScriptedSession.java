package servicesim.simulation;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.TimerScheduler;
import akka.cluster.sharding.typed.javadsl.EntityRef;
import java.time.Duration;
import java.time.Instant;
import servicesim.scenario.AgentStep;
import servicesim.scenario.conversation.AgentReplay;
import servicesim.scenario.conversation.Conversation;
import servicesim.scenario.conversation.VirtualRun;

/**
 * Drives one scripted session in virtual time: starts it (or finds it started, when a run resumes), then at each step
 * lets the pure {@link VirtualRun#next} say whose move comes next and when, and tells the session to make it; the
 * session, the single writer, decides what the move causes. Nothing sleeps: the virtual time of each move is in the
 * command, so a run is deterministic and as fast as the journal.
 */
public final class ScriptedSession {

  public sealed interface Command {}

  private record Replied(SessionEntity.Reply reply) implements Command {}

  private record Stalled() implements Command {}

  /** Sent to {@code done} when the session has ended ({@code failure} null) or could not go on. */
  public record Finished(String sessionId, SessionEntity.Summary summary, String failure) {}

  /** A session whose journal does not move for this long (wall time) is given up rather than left hanging. */
  static final Duration STALL = Duration.ofSeconds(120);

  private final String sessionId;
  private final Conversation conversation;
  private final AgentReplay agent;
  private final EntityRef<SessionEntity.Command> session;
  private final ActorRef<Finished> done;
  private final ActorRef<SessionEntity.Reply> replies;
  private final TimerScheduler<Command> timers;
  private long seqNr = -1;

  private ScriptedSession(WorkshopRunner.Job job, EntityRef<SessionEntity.Command> session, ActorRef<Finished> done,
      ActorRef<SessionEntity.Reply> replies, TimerScheduler<Command> timers) {
    this.sessionId = job.setup().sessionId();
    this.conversation = job.conversation();
    this.agent = new AgentReplay(job.conversation(), job.script());
    this.session = session;
    this.done = done;
    this.replies = replies;
    this.timers = timers;
  }

  public static Behavior<Command> create(WorkshopRunner.Job job, EntityRef<SessionEntity.Command> session,
      ActorRef<Finished> done) {
    return Behaviors.setup(ctx -> Behaviors.withTimers(timers -> {
      ActorRef<SessionEntity.Reply> replies = ctx.messageAdapter(SessionEntity.Reply.class, Replied::new);
      ScriptedSession driver = new ScriptedSession(job, session, done, replies, timers);
      driver.send(new SessionEntity.Start(job.setup(), job.startAt(), replies));
      return Behaviors.receive(Command.class)
          .onMessage(Replied.class, r -> driver.replied(r.reply()))
          .onMessage(Stalled.class, s -> driver.finish(null, "no progress for " + STALL.toSeconds() + " s"))
          .build();
    }));
  }

  /** Every command goes out here; the stall timer runs from the first one. */
  private void send(SessionEntity.Command command) {
    timers.startSingleTimer(new Stalled(), STALL);
    session.tell(command);
  }

  private Behavior<Command> replied(SessionEntity.Reply reply) {
    if (!reply.ok()) return finish(null, reply.rejected().message());
    SessionEntity.Summary s = reply.summary();
    if (s.ended()) return finish(s, null);
    if (s.seqNr() == seqNr) return finish(s, "the session did not move at event " + seqNr);
    seqNr = s.seqNr();
    send(command(VirtualRun.next(conversation, agent, s.conversation(), s.seqNr() - 1)));
    return Behaviors.same();
  }

  /** The session command that makes the move happen at its time. */
  private SessionEntity.Command command(Conversation.Move move) {
    Instant at = move.at();
    if (move.side() == Conversation.Move.Side.CUSTOMER) return new SessionEntity.CustomerTurn(at, replies);
    if (move.step().isEmpty()) return new SessionEntity.End("agent", at, replies);
    return move.step().get().accept(new AgentStep.Visitor<>() {
      public SessionEntity.Command on(AgentStep.Say say) {
        return new SessionEntity.AgentSay(say.text(), say.subject(), at, replies);
      }

      public SessionEntity.Command on(AgentStep.Act act) {
        return new SessionEntity.AgentAct(act.type().id(), act.fields(), at, replies);
      }

      public SessionEntity.Command on(AgentStep.End end) {
        return new SessionEntity.End("agent", at, replies);
      }
    });
  }

  private Behavior<Command> finish(SessionEntity.Summary summary, String failure) {
    done.tell(new Finished(sessionId, summary, failure));
    return Behaviors.stopped();
  }
}
