package servicesim.simulation;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.EntityRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import servicesim.scenario.AgentScript;
import servicesim.scenario.conversation.AgentReplay;
import servicesim.scenario.conversation.Conversation;
import servicesim.scenario.conversation.SessionSetup;

/**
 * Plays scripted sessions in virtual time, many at once: for each, starts the session (or finds it started, when a
 * run resumes after a crash), then lets a {@link VirtualClock} drive its {@link CustomerActor} and
 * {@link ScriptedAgent} to the end. Reports each finished session as it goes.
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
  public record Progress(int done, int total, VirtualClock.Finished finished) {}

  public record Completed(List<VirtualClock.Finished> results) {}

  private record Started(Job job, SessionEntity.Reply reply, String failure) implements Command {}

  private record Finished(VirtualClock.Finished finished) implements Command {}

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

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
    private final List<VirtualClock.Finished> results = new ArrayList<>();
    private final Map<String, List<ActorRef<?>>> participants = new HashMap<>();
    private final ActorRef<VirtualClock.Finished> finishedAdapter;
    private int active;

    Running(ActorContext<Command> ctx, Run run) {
      this.ctx = ctx;
      this.run = run;
      this.queue = new ArrayDeque<>(run.jobs());
      this.finishedAdapter = ctx.messageAdapter(VirtualClock.Finished.class, Finished::new);
    }

    Behavior<Command> next() {
      while (active < Math.max(1, run.parallelism()) && !queue.isEmpty()) {
        Job job = queue.poll();
        active++;
        ctx.ask(SessionEntity.Reply.class, session(job), START_TIMEOUT,
            r -> new SessionEntity.Start(job.setup(), job.startAt(), r),
            (reply, failure) -> new Started(job, reply, failure == null ? null : failure.getMessage()));
      }
      if (active == 0 && queue.isEmpty()) {
        run.replyTo().tell(new Completed(List.copyOf(results)));
        return Behaviors.stopped();
      }
      return Behaviors.receive(Command.class)
          .onMessage(Started.class, this::onStarted)
          .onMessage(Finished.class, this::onFinished)
          .build();
    }

    private Behavior<Command> onStarted(Started started) {
      Job job = started.job();
      String id = job.setup().sessionId();
      String failure = started.reply() == null ? started.failure()
          : started.reply().ok() ? null : started.reply().rejected().message();
      if (failure != null) return onFinished(new Finished(new VirtualClock.Finished(id, null, failure)));
      EntityRef<SessionEntity.Command> session = session(job);
      ActorRef<CustomerActor.Command> customer = ctx.spawnAnonymous(CustomerActor.virtual(job.conversation(), session));
      ActorRef<ScriptedAgent.Command> agent = ctx.spawnAnonymous(
          ScriptedAgent.create(new AgentReplay(job.conversation(), job.script()), session));
      ActorRef<VirtualClock.Command> clock = ctx.spawnAnonymous(
          new VirtualClock(job.startAt()).drive(id, session, customer, agent, finishedAdapter));
      participants.put(id, List.of(customer, agent, clock));
      return Behaviors.same();
    }

    private Behavior<Command> onFinished(Finished f) {
      active--;
      results.add(f.finished());
      List<ActorRef<?>> refs = participants.remove(f.finished().sessionId());
      if (refs != null) refs.forEach(ctx::stop);
      run.progress().tell(new Progress(results.size(), run.jobs().size(), f.finished()));
      return next();
    }

    private EntityRef<SessionEntity.Command> session(Job job) {
      return ClusterSharding.get(ctx.getSystem()).entityRefFor(SessionEntity.ENTITY_KEY, job.setup().sessionId());
    }
  }
}
