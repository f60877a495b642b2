package servicesim.simulation;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.RecipientRef;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.TimerScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import servicesim.scenario.AgentStep;
import servicesim.scenario.conversation.AgentReplay;
import servicesim.scenario.conversation.Conversation;
import servicesim.scenario.conversation.VirtualRun;

/**
 * Drives one scripted session in virtual time: starts it (or finds it started, when a run resumes), then at each step
 * lets the pure {@link VirtualRun#next} say whose move comes next and when, and tells the session to make it; the
 * session, the single writer, decides what the move causes. Nothing sleeps: the virtual time of each move is in the
 * command, so a run is deterministic and as fast as the journal.
 *
 * <p>A command can be lost on its way — its session moving to another node as one leaves the cluster drops what was
 * buffered for it — or its answer can. A command not answered in time is therefore not sent again blindly: the driver
 * asks the session where it stands, and carries on from there, sending the command again only if the session did not
 * move (so a command is never made twice). Answers to earlier attempts are ignored.
 */
public final class ScriptedSession {

  public sealed interface Command {}

  private record Answered(long attempt, SessionEntity.Reply reply) implements Command {}

  private record Unanswered(long attempt) implements Command {}

  private record Found(long attempt, SessionEntity.Summary summary) implements Command {}

  private record Stalled() implements Command {}

  /** Sent to {@code done} when the session has ended ({@code failure} null) or could not go on. */
  public record Finished(String sessionId, SessionEntity.Summary summary, String failure) {}

  /** A session whose journal does not move for this long (wall time) is given up rather than left hanging. */
  static final Duration STALL = Duration.ofSeconds(120);

  /** How long a command waits for its answer before the driver asks the session where it stands. */
  static final Duration ANSWER = Duration.ofSeconds(5);

  private final String sessionId;
  private final Conversation conversation;
  private final AgentReplay agent;
  private final RecipientRef<SessionEntity.Command> session;
  private final ActorRef<Finished> done;
  private final ActorContext<Command> ctx;
  private final TimerScheduler<Command> timers;
  private final Duration answer;
  private long seqNr = -1;
  private long attempt;
  private Function<ActorRef<SessionEntity.Reply>, SessionEntity.Command> pending;

  private ScriptedSession(WorkshopRunner.Job job, RecipientRef<SessionEntity.Command> session, ActorRef<Finished> done,
      ActorContext<Command> ctx, TimerScheduler<Command> timers, Duration answer) {
    this.sessionId = job.setup().sessionId();
    this.conversation = job.conversation();
    this.agent = new AgentReplay(job.conversation(), job.script());
    this.session = session;
    this.done = done;
    this.ctx = ctx;
    this.timers = timers;
    this.answer = answer;
  }

  public static Behavior<Command> create(WorkshopRunner.Job job, RecipientRef<SessionEntity.Command> session,
      ActorRef<Finished> done) {
    return create(job, session, done, ANSWER);
  }

  static Behavior<Command> create(WorkshopRunner.Job job, RecipientRef<SessionEntity.Command> session,
      ActorRef<Finished> done, Duration answer) {
    return Behaviors.setup(ctx -> Behaviors.withTimers(timers -> {
      ScriptedSession driver = new ScriptedSession(job, session, done, ctx, timers, answer);
      driver.progressed();
      driver.send(r -> new SessionEntity.Start(job.setup(), job.startAt(), r));
      return Behaviors.receive(Command.class)
          .onMessage(Answered.class, a -> a.attempt() == driver.attempt ? driver.replied(a.reply()) : Behaviors.same())
          .onMessage(Unanswered.class, u -> u.attempt() == driver.attempt ? driver.askWhereItStands() : Behaviors.same())
          .onMessage(Found.class, f -> f.attempt() == driver.attempt ? driver.found(f.summary()) : Behaviors.same())
          .onMessage(Stalled.class, s -> driver.finish(null, "no progress for " + STALL.toSeconds() + " s"))
          .build();
    }));
  }

  /** The stall timer runs from the first command, and again from each move of the session. */
  private void progressed() {
    timers.startSingleTimer(new Stalled(), STALL);
  }

  /** Every command goes out here, as a new attempt. */
  private void send(Function<ActorRef<SessionEntity.Reply>, SessionEntity.Command> command) {
    pending = command;
    long n = ++attempt;
    ctx.ask(SessionEntity.Reply.class, session, answer, command::apply,
        (reply, failure) -> reply != null ? new Answered(n, reply) : new Unanswered(n));
  }

  private Behavior<Command> askWhereItStands() {
    long n = ++attempt;
    ctx.ask(SessionEntity.Summary.class, session, answer, SessionEntity.Get::new,
        (summary, failure) -> summary != null ? new Found(n, summary) : new Unanswered(n));
    return Behaviors.same();
  }

  /** Where the session stands after an unanswered command: moved on (the command was made), or not (send it again). */
  private Behavior<Command> found(SessionEntity.Summary s) {
    if (s.ended()) return finish(s, null);
    if (!s.started() || s.seqNr() == seqNr) {
      send(pending);
      return Behaviors.same();
    }
    return moved(s);
  }

  private Behavior<Command> replied(SessionEntity.Reply reply) {
    if (!reply.ok()) return finish(null, reply.rejected().message());
    SessionEntity.Summary s = reply.summary();
    if (s.ended()) return finish(s, null);
    if (s.seqNr() == seqNr) return finish(s, "the session did not move at event " + seqNr);
    return moved(s);
  }

  private Behavior<Command> moved(SessionEntity.Summary s) {
    seqNr = s.seqNr();
    progressed();
    send(command(VirtualRun.next(conversation, agent, s.conversation(), s.seqNr() - 1)));
    return Behaviors.same();
  }

  /** The session command that makes the move happen at its time. */
  private Function<ActorRef<SessionEntity.Reply>, SessionEntity.Command> command(Conversation.Move move) {
    Instant at = move.at();
    if (move.side() == Conversation.Move.Side.CUSTOMER) return r -> new SessionEntity.CustomerTurn(at, r);
    if (move.step().isEmpty()) return r -> new SessionEntity.End("agent", at, r);
    return move.step().get().accept(new AgentStep.Visitor<>() {
      public Function<ActorRef<SessionEntity.Reply>, SessionEntity.Command> on(AgentStep.Say say) {
        return r -> new SessionEntity.AgentSay(say.text(), say.subject(), at, r);
      }

      public Function<ActorRef<SessionEntity.Reply>, SessionEntity.Command> on(AgentStep.Act act) {
        return r -> new SessionEntity.AgentAct(act.type().id(), act.fields(), at, r);
      }

      public Function<ActorRef<SessionEntity.Reply>, SessionEntity.Command> on(AgentStep.End end) {
        return r -> new SessionEntity.End("agent", at, r);
      }
    });
  }

  private Behavior<Command> finish(SessionEntity.Summary summary, String failure) {
    done.tell(new Finished(sessionId, summary, failure));
    return Behaviors.stopped();
  }
}
