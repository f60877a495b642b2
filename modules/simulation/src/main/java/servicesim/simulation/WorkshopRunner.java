package servicesim.simulation;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
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
    return Behaviors.setup(ctx -> Behaviors.receive(Command.class)
        .onMessage(Run.class, run -> new Running(ctx, run).next())
        .build());
  }

  private static final class Running {
    private final ActorContext<Command> ctx;
    private final Run run;
    private final Deque<Job> queue;
    private final List<ScriptedSession.Finished> results = new ArrayList<>();
    private final ActorRef<ScriptedSession.Finished> finishedAdapter;
    private int active;

    Running(ActorContext<Command> ctx, Run run) {
      this.ctx = ctx;
      this.run = run;
      this.queue = new ArrayDeque<>(run.jobs());
      this.finishedAdapter = ctx.messageAdapter(ScriptedSession.Finished.class, Finished::new);
    }

    Behavior<Command> next() {
      while (active < Math.max(1, run.parallelism()) && !queue.isEmpty()) {
        Job job = queue.poll();
        active++;
        ctx.spawnAnonymous(ScriptedSession.create(job, ClusterSharding.get(ctx.getSystem())
            .entityRefFor(SessionEntity.ENTITY_KEY, job.setup().sessionId()), finishedAdapter));
      }
      if (active == 0 && queue.isEmpty()) {
        run.replyTo().tell(new Completed(List.copyOf(results)));
        return Behaviors.stopped();
      }
      return Behaviors.receive(Command.class).onMessage(Finished.class, this::onFinished).build();
    }

    private Behavior<Command> onFinished(Finished f) {
      active--;
      results.add(f.finished());
      run.progress().tell(new Progress(results.size(), run.jobs().size(), f.finished()));
      return next();
    }
  }
}
