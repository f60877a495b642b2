package servicesim.service;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Props;
import akka.actor.typed.javadsl.AskPattern;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.EntityRef;
import akka.cluster.typed.Cluster;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import servicesim.policy.Policy;
import servicesim.readside.VersionRepository;
import servicesim.scenario.AgentScript;
import servicesim.scenario.Scenario;
import servicesim.scenario.conversation.Conversation;
import servicesim.scenario.conversation.SessionSetup;
import servicesim.scenario.workshop.Trainee;
import servicesim.scenario.workshop.Workshop;
import servicesim.simulation.WorkshopEntity;
import servicesim.simulation.WorkshopRunner;

/**
 * Runs workshops: each run of a workshop file is a workshop of its own ({@code <file id>-<n>}) whose scripted sessions
 * are played in virtual time. A run that was interrupted (the process killed, the machine rebooted) is resumed by
 * running the same file again: finished sessions are kept, unfinished ones go on from their last stored event.
 */
public final class Workshops {

  private static final Duration ASK = Duration.ofSeconds(30);
  /** How long a read waits for the workshop itself before it answers from the read side (its node may be gone). */
  static final Duration READ_WAIT = Duration.ofSeconds(2);

  /** What a run will do: which workshop, whether it resumes an interrupted one, and its sessions. */
  public record Plan(String workshopId, boolean resumed, Instant startAt, Policy policy, List<WorkshopRunner.Job> jobs) {}

  /** How a run went; {@code failures} name sessions that could not be played. */
  public record Result(String workshopId, boolean resumed, int sessions, List<String> failures) {}

  private final Node node;
  private final ActorSystem<Void> system;

  Workshops(Node node) {
    this.node = node;
    this.system = node.system();
  }

  /** A workshop of one scenario, played by one of its agents or by each of them. */
  public Workshop single(Scenario scenario, Optional<String> agent) {
    List<Trainee> trainees = new ArrayList<>();
    for (AgentScript script : scenario.agents().values()) {
      if (agent.isPresent() && !agent.get().equals(script.key())) continue;
      trainees.add(new Trainee(script.key(), script.name(), script.key(), false));
    }
    if (trainees.isEmpty()) {
      throw new IllegalArgumentException(agent.map(a -> "scenario " + scenario.id() + " has no agent '" + a
          + "' (agents: " + String.join(", ", scenario.agents().keySet()) + ")")
          .orElse("scenario " + scenario.id() + " has no scripted agents to play it"));
    }
    return new Workshop(scenario.id(), scenario.title(), Policies.DEFAULT, Workshop.PRACTICE, List.of(scenario.id()),
        List.copyOf(trainees), scenario.file(), scenario.sha256());
  }

  /** A definition ready to become a workshop: its policy, and the versions it uses recorded. */
  private record Prepared(Policy policy, Instant now, WorkshopEntity.Definition definition) {}

  private Prepared prepare(Workshop definition) {
    Policy policy = node.policies().get(definition.policy()).orElseThrow(() ->
        new IllegalArgumentException("unknown policy '" + definition.policy() + "'"));
    Instant now = node.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    VersionRepository versions = node.readSide().versions();
    versions.registerPolicy(policy, node.policies().file(policy.id()), now);
    for (String id : definition.scenarios()) versions.registerScenario(scenario(id), now);
    return new Prepared(policy, now, new WorkshopEntity.Definition(definition.id(), definition.title(), policy.id(),
        policy.version(), definition.mode(), definition.scenarios(), definition.sha256(), definition.timeScale()));
  }

  /** Resumes the last unfinished run of this workshop file, or creates the next one. */
  public Plan plan(Workshop definition) throws Exception {
    Prepared prepared = prepare(definition);
    Policy policy = prepared.policy();
    WorkshopEntity.Definition wanted = prepared.definition();
    List<Integer> runs = runNumbers(definition.id());
    for (int n : runs.stream().sorted(Comparator.reverseOrder()).toList()) {
      WorkshopEntity.Summary s = get(definition.id() + "-" + n);
      if (s.created() && !s.closed()) {
        if (wanted.equals(s.definition())) return plan(s, policy, true);
        close(s.workshopId(), "superseded: the workshop file changed");
      }
    }
    return plan(createFrom(prepared, definition), policy, false);
  }

  private Plan plan(WorkshopEntity.Summary workshop, Policy policy, boolean resumed) {
    List<WorkshopRunner.Job> jobs = new ArrayList<>();
    for (WorkshopEntity.Assignment a : workshop.sessions()) {
      WorkshopEntity.Enrolment trainee = workshop.trainees().stream()
          .filter(t -> t.traineeId().equals(a.traineeId())).findFirst().orElseThrow();
      if (trainee.live()) continue;
      Scenario scenario = scenario(a.scenarioId());
      AgentScript script = scenario.agent(trainee.agent()).orElseThrow();
      SessionSetup setup = SessionSetup.scripted(a.sessionId(), workshop.workshopId(), trainee.traineeId(),
          trainee.name(), scenario, policy, script);
      jobs.add(new WorkshopRunner.Job(workshop.createdAt(), new Conversation(scenario, policy, setup), script));
    }
    return new Plan(workshop.workshopId(), resumed, workshop.createdAt(), policy, List.copyOf(jobs));
  }

  /** Plays the plan's sessions; {@code progress} hears each session as it finishes. Closes the workshop when done. */
  public CompletionStage<Result> run(Plan plan, Consumer<WorkshopRunner.Progress> progress) {
    return run(plan, progress, true);
  }

  /**
   * Creates the next workshop of this definition ({@code <id>-<n>}) without running it: live trainees start their
   * sessions over HTTP, and the scripted sessions run when asked ({@link #planOf}).
   */
  public WorkshopEntity.Summary create(Workshop definition) throws Exception {
    return createFrom(prepare(definition), definition);
  }

  private WorkshopEntity.Summary createFrom(Prepared prepared, Workshop definition) throws Exception {
    Instant now = prepared.now();
    WorkshopEntity.Definition wanted = prepared.definition();
    int highest = runNumbers(definition.id()).stream().mapToInt(Integer::intValue).max().orElse(0);
    String workshopId = definition.id() + "-" + node.readSide().workshops().nextRunNumber(definition.id(), highest);
    List<WorkshopEntity.Enrolment> trainees = new ArrayList<>();
    List<WorkshopEntity.Assignment> sessions = new ArrayList<>();
    for (Trainee t : definition.trainees()) {
      trainees.add(new WorkshopEntity.Enrolment(t.id(), t.name(), t.agent(), t.live()));
      if (!t.scripted()) continue;
      for (String scenarioId : definition.scenarios()) {
        if (scenario(scenarioId).agent(t.agent()).isPresent()) {
          sessions.add(new WorkshopEntity.Assignment(sessionId(workshopId, t.id(), scenarioId), t.id(), scenarioId));
        }
      }
    }
    return AskPattern.<WorkshopEntity.Command, WorkshopEntity.Reply>ask(
            workshop(workshopId), r -> new WorkshopEntity.Create(wanted, trainees, sessions, now, r), ASK,
            system.scheduler())
        .toCompletableFuture().get(ASK.toSeconds() + 5, TimeUnit.SECONDS).orThrow();
  }

  /** The scripted sessions of an existing workshop (finished ones end at once when run again); empty if none such. */
  public Optional<Plan> planOf(String workshopId) throws Exception {
    WorkshopEntity.Summary s = get(workshopId);
    if (!s.created()) return Optional.empty();
    Policy policy = node.catalog().policy(s.definition().policyId(), s.definition().policyVersion()).orElseThrow(() ->
        new IllegalStateException("policy " + s.definition().policyId() + "@" + s.definition().policyVersion()
            + " of workshop " + workshopId + " is not in the catalog"));
    return Optional.of(plan(s, policy, false));
  }

  /** Plays the plan's sessions; closes the workshop when done only if {@code closeWhenDone} (live trainees may remain). */
  public CompletionStage<Result> run(Plan plan, Consumer<WorkshopRunner.Progress> progress, boolean closeWhenDone) {
    if (plan.jobs().isEmpty()) {
      if (!closeWhenDone) {
        return java.util.concurrent.CompletableFuture.completedFuture(
            new Result(plan.workshopId(), plan.resumed(), 0, List.of()));
      }
      return closeAsync(plan.workshopId(), WorkshopEntity.COMPLETED)
          .thenApply(x -> new Result(plan.workshopId(), plan.resumed(), 0, List.of()));
    }
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    ActorRef<WorkshopRunner.Progress> listener = system.systemActorOf(
        Behaviors.receive(WorkshopRunner.Progress.class).onMessage(WorkshopRunner.Progress.class, p -> {
          progress.accept(p);
          return p.done() == p.total() ? Behaviors.stopped() : Behaviors.same();
        }).build(), "progress-" + suffix, Props.empty());
    ActorRef<WorkshopRunner.Command> runner = system.systemActorOf(WorkshopRunner.create(), "run-" + suffix,
        Props.empty());
    return AskPattern.<WorkshopRunner.Command, WorkshopRunner.Completed>ask(runner,
            r -> new WorkshopRunner.Run(plan.jobs(), node.settings().runParallelism(), listener, r),
            WorkshopRunner.deadline(plan.jobs().size()).plusMinutes(1),
            system.scheduler())
        .thenCompose(completed -> {
          List<String> failures = completed.results().stream().filter(r -> r.failure() != null)
              .map(r -> r.sessionId() + ": " + r.failure()).toList();
          CompletionStage<?> closed = failures.isEmpty() && closeWhenDone
              ? closeAsync(plan.workshopId(), WorkshopEntity.COMPLETED)
              : java.util.concurrent.CompletableFuture.completedFuture(null);
          return closed.thenApply(x -> new Result(plan.workshopId(), plan.resumed(), plan.jobs().size(), failures));
        });
  }

  /**
   * A run's status as clients see it, the same from every node: running, done or failed, how far it got, and the node
   * that runs it (or ran it to its end).
   */
  public record RunStatus(String state, int sessions, int done, List<String> failures, String node) {}

  /** The cluster address of the node a run's runner (a member's unique address) names. */
  public static String nodeOf(String runner) {
    // a member's unique address reads UniqueAddress(akka://system@host:port,uid): the address is what operators know
    if (runner.startsWith("UniqueAddress(") && runner.lastIndexOf(',') > 0) {
      return runner.substring("UniqueAddress(".length(), runner.lastIndexOf(','));
    }
    return runner;
  }

  /**
   * Runs the plan's sessions in the background as the workshop's run: the workshop records its start (refusing while
   * another run goes on on a node still in the cluster) and its end, so every node sees one status.
   */
  public CompletionStage<WorkshopEntity.Reply> startRun(Plan plan, boolean closeWhenDone) {
    String runner = Cluster.get(system).selfMember().uniqueAddress().toString();
    Instant now = node.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    return AskPattern.<WorkshopEntity.Command, WorkshopEntity.Reply>ask(workshop(plan.workshopId()),
            r -> new WorkshopEntity.BeginRun(runner, plan.jobs().size(), closeWhenDone, now, r), ASK,
            system.scheduler())
        .thenApply(begun -> {
          if (begun.ok()) {
            run(plan, p -> { }, closeWhenDone).whenComplete((result, e) ->
                AskPattern.<WorkshopEntity.Command, WorkshopEntity.Reply>ask(workshop(plan.workshopId()),
                    r -> new WorkshopEntity.FinishRun(runner, e != null ? List.of(String.valueOf(e.getMessage()))
                        : result.failures(), node.clock().instant().truncatedTo(ChronoUnit.SECONDS), r), ASK,
                    system.scheduler()));
          }
          return begun;
        });
  }

  /** The workshop's run, if it has one: done is what the read side has seen end of its scripted sessions. */
  public Optional<RunStatus> runStatus(String workshopId, WorkshopEntity.Run run) {
    if (run == null) return Optional.empty();
    if (run.over()) {
      return Optional.of(new RunStatus(run.failures().isEmpty() ? "done" : "failed", run.sessions(), run.sessions(),
          run.failures(), nodeOf(run.runner())));
    }
    long ended = node.readSide().sessions().byWorkshop(workshopId).stream()
        .filter(s -> s.ended() && SessionSetup.VIRTUAL.equals(s.clock())).count();
    return Optional.of(new RunStatus("running", run.sessions(), (int) Math.min(ended, run.sessions()), List.of(),
        nodeOf(run.runner())));
  }

  /**
   * Takes over the runs the node {@code gone} (a member's unique address, now out of the cluster) was running and had
   * not finished: each starts again here, its ended sessions ending at once and the others going on from their last
   * event. A run another node took over first is refused by its workshop and left alone. Answers the workshops
   * resumed.
   */
  public List<String> resumeRunsOf(String gone) throws Exception {
    List<String> resumed = new ArrayList<>();
    for (String workshopId : node.readSide().workshops().unfinishedRuns(gone)) {
      WorkshopEntity.Summary s = get(workshopId);
      WorkshopEntity.Run run = s.run();
      if (s.closed() || run == null || run.over() || !run.runner().equals(gone)) continue;
      Optional<Plan> plan = planOf(workshopId);
      if (plan.isEmpty()) continue;
      boolean closeWhenDone = run.closeWhenDone() != null ? run.closeWhenDone()
          : s.trainees().stream().noneMatch(WorkshopEntity.Enrolment::live);
      WorkshopEntity.Reply begun = startRun(plan.get(), closeWhenDone).toCompletableFuture()
          .get(ASK.toSeconds() + 5, TimeUnit.SECONDS);
      if (begun.ok()) resumed.add(workshopId);
    }
    return resumed;
  }

  /** The workshop's run as the read side last saw it. */
  public Optional<RunStatus> runStatus(String workshopId) {
    return node.readSide().workshops().run(workshopId).flatMap(r -> runStatus(workshopId,
        new WorkshopEntity.Run(r.runner(), r.sessions(), r.startedAt(), r.finishedAt(), r.failures())));
  }

  public WorkshopEntity.Summary get(String workshopId) throws Exception {
    return AskPattern.<WorkshopEntity.Command, WorkshopEntity.Summary>ask(workshop(workshopId),
        WorkshopEntity.Get::new, ASK, system.scheduler()).toCompletableFuture().get(ASK.toSeconds() + 5, TimeUnit.SECONDS);
  }

  public CompletionStage<WorkshopEntity.Summary> getAsync(String workshopId) {
    return AskPattern.ask(workshop(workshopId), WorkshopEntity.Get::new, ASK, system.scheduler());
  }

  /**
   * The workshop for reading: from the workshop itself, or, when it does not answer within {@link #READ_WAIT} (its
   * node is gone and it has not moved yet), as the read side last saw it. Never waits on one dead node.
   */
  public CompletionStage<WorkshopEntity.Summary> read(String workshopId, java.util.concurrent.Executor blocking) {
    return AskPattern.<WorkshopEntity.Command, WorkshopEntity.Summary>ask(workshop(workshopId),
            WorkshopEntity.Get::new, READ_WAIT, system.scheduler())
        .handle((summary, e) -> e == null ? java.util.concurrent.CompletableFuture.completedFuture(summary)
            : java.util.concurrent.CompletableFuture.supplyAsync(() -> fromReadSide(workshopId), blocking))
        .thenCompose(x -> x);
  }

  /** The workshop as the read side has it (a summary without a definition when it has none). */
  private WorkshopEntity.Summary fromReadSide(String workshopId) {
    return node.readSide().workshops().get(workshopId).map(w -> new WorkshopEntity.Summary(w.workshopId(),
            new WorkshopEntity.Definition(w.definitionId(), w.title(), w.policyId(), w.policyVersion(), w.mode(),
                w.scenarios(), w.sha256()),
            w.createdAt(),
            w.trainees().stream().map(t -> new WorkshopEntity.Enrolment(t.traineeId(), t.name(), t.agent(), t.live()))
                .toList(),
            w.sessions().stream().map(a -> new WorkshopEntity.Assignment(a.sessionId(), a.traineeId(),
                a.scenarioId())).toList(),
            w.feedbackReleased(), w.closed(),
            node.readSide().workshops().run(workshopId).map(r -> new WorkshopEntity.Run(r.runner(), r.sessions(),
                r.startedAt(), r.finishedAt(), r.failures())).orElse(null)))
        .orElseGet(() -> new WorkshopEntity.Summary(workshopId, null, null, List.of(), List.of(), false, false, null));
  }

  /** Shows trainees their scores in an assessment-mode workshop. */
  public CompletionStage<WorkshopEntity.Reply> releaseFeedback(String workshopId) {
    Instant now = node.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    return AskPattern.ask(workshop(workshopId), r -> new WorkshopEntity.ReleaseFeedback(now, r), ASK,
        system.scheduler());
  }

  private void close(String workshopId, String reason) throws Exception {
    closeAsync(workshopId, reason).toCompletableFuture().get(ASK.toSeconds() + 5, TimeUnit.SECONDS);
  }

  private CompletionStage<WorkshopEntity.Reply> closeAsync(String workshopId, String reason) {
    Instant now = node.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    return AskPattern.ask(workshop(workshopId), r -> new WorkshopEntity.Close(reason, now, r), ASK, system.scheduler());
  }

  /** The run numbers of a workshop file so far, from the journal (the read side may still be catching up). */
  private List<Integer> runNumbers(String definitionId) {
    List<Integer> runs = new ArrayList<>();
    for (String id : node.readSide().journal().entityIds(WorkshopEntity.ENTITY_KEY.name(), definitionId + "-")) {
      String rest = id.substring(definitionId.length() + 1);
      if (rest.matches("\\d+")) runs.add(Integer.parseInt(rest));
    }
    return runs;
  }

  public static String sessionId(String workshopId, String traineeId, String scenarioId) {
    return workshopId + "." + traineeId + "." + scenarioId;
  }

  private Scenario scenario(String id) {
    return node.scenario(id).orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + id + "'"));
  }

  private EntityRef<WorkshopEntity.Command> workshop(String workshopId) {
    return ClusterSharding.get(system).entityRefFor(WorkshopEntity.ENTITY_KEY, workshopId);
  }
}
