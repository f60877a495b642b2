package servicesim.simulation;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.TimerScheduler;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import servicesim.scenario.AgentScript;
import servicesim.scenario.conversation.Conversation;
import servicesim.scenario.conversation.SessionSetup;

/**
 * Plays scripted sessions in virtual time, many at once: one {@link ScriptedSession} driver per session, no more than
 * the run's parallelism at a time. Reports each finished session as it goes.
 */
public final class WorkshopRunner {

  public sealed interface Command {}

  /** One scripted session to play: started at {@code startAt} on the virtual clock. */
  public record Job(Instant startAt, Conversation conversation, AgentScript script) {
    public SessionSetup setup() {
      return conversation.setup();
    }
  }

  public record Run(List<Job> jobs, int parallelism, ActorRef<Progress> progress, ActorRef<Completed> replyTo)
      implements Command {}

  /** A session finished (or failed); {@code done} of {@code total}. */
  public record Progress(int done, int total, ScriptedSession.Finished finished) {}

  public record Completed(List<ScriptedSession.Finished> results) {}

  private record Finished(ScriptedSession.Finished finished) implements Command {}

  private WorkshopRunner() {}

  public static Behavior<Command> create() {
    return Behaviors.setup(ctx -> Behaviors.withTimers(timers -> Behaviors.receive(Command.class)
        .onMessage(Run.class, run -> new Running(ctx, run, timers).next())
        .build()));
  }

  /**
   * How long a run of this many sessions may take before the sessions it has not finished are reported as failed:
   * minutes for a workshop, an hour or so for a benchmark's ten thousand, never the day a lost session once cost.
   */
  public static Duration deadline(int sessions) {
    return Duration.ofMinutes(5).plusMillis(250L * sessions);
  }

  private record DeadlinePassed() implements Command {}

  private static final class Running {
    private final ActorContext<Command> ctx;
    private final Run run;
    private final Deque<Job> queue;
    private final List<ScriptedSession.Finished> results = new ArrayList<>();
    private final java.util.Set<String> active = new java.util.LinkedHashSet<>();
    private final ActorRef<ScriptedSession.Finished> finishedAdapter;

    Running(ActorContext<Command> ctx, Run run, TimerScheduler<Command> timers) {
      this.ctx = ctx;
      this.run = run;
      this.queue = new ArrayDeque<>(run.jobs());
      this.finishedAdapter = ctx.messageAdapter(ScriptedSession.Finished.class, Finished::new);
      timers.startSingleTimer(new DeadlinePassed(), deadline(run.jobs().size()));
    }

    Behavior<Command> next() {
      while (active.size() < Math.max(1, run.parallelism()) && !queue.isEmpty()) {
        Job job = queue.poll();
        active.add(job.setup().sessionId());
        ctx.spawnAnonymous(ScriptedSession.create(job, ClusterSharding.get(ctx.getSystem())
            .entityRefFor(SessionEntity.ENTITY_KEY, job.setup().sessionId()), finishedAdapter));
      }
      if (active.isEmpty() && queue.isEmpty()) {
        run.replyTo().tell(new Completed(List.copyOf(results)));
        return Behaviors.stopped();
      }
      return Behaviors.receive(Command.class)
          .onMessage(Finished.class, this::onFinished)
          .onMessage(DeadlinePassed.class, d -> deadlinePassed())
          .build();
    }

    private Behavior<Command> onFinished(Finished f) {
      if (!active.remove(f.finished().sessionId())) return Behaviors.same();
      results.add(f.finished());
      run.progress().tell(new Progress(results.size(), run.jobs().size(), f.finished()));
      return next();
    }

    /** Every session not finished by now is reported, by name, as failed; their drivers stop with the run. */
    private Behavior<Command> deadlinePassed() {
      String why = "not finished within the run's deadline of " + deadline(run.jobs().size()).toMinutes() + " min";
      for (String sessionId : active) results.add(new ScriptedSession.Finished(sessionId, null, why));
      for (Job job : queue) results.add(new ScriptedSession.Finished(job.setup().sessionId(), null, why));
      run.replyTo().tell(new Completed(List.copyOf(results)));
      return Behaviors.stopped();
    }
  }
}
