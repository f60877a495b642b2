package servicesim.service;

import akka.actor.typed.Behavior;
import akka.actor.typed.DispatcherSelector;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.ClusterEvent;
import akka.cluster.Member;
import akka.cluster.MemberStatus;
import akka.cluster.typed.Cluster;
import akka.cluster.typed.Subscribe;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resumes the runs of a node that left the cluster: when a member is removed, the oldest member still up starts each
 * unfinished run the removed node was running again on itself. Only one node acts; should two act, the workshop
 * refuses the second run while the first one's node is up.
 */
final class RunTakeover {

  private static final Logger log = LoggerFactory.getLogger(RunTakeover.class);
  /** A workshop on the removed node answers once its shard has moved: try again a few times before giving up. */
  private static final int ATTEMPTS = 5;
  private static final Duration BETWEEN_ATTEMPTS = Duration.ofSeconds(5);

  private RunTakeover() {}

  static void start(Node node) {
    node.system().systemActorOf(behavior(node), "run-takeover", akka.actor.typed.Props.empty());
  }

  private static Behavior<ClusterEvent.MemberRemoved> behavior(Node node) {
    return Behaviors.setup(ctx -> {
      Cluster cluster = Cluster.get(ctx.getSystem());
      cluster.subscriptions().tell(Subscribe.create(ctx.getSelf(), ClusterEvent.MemberRemoved.class));
      Executor blocking = ctx.getSystem().dispatchers().lookup(DispatcherSelector.blocking());
      return Behaviors.receive(ClusterEvent.MemberRemoved.class).onMessage(ClusterEvent.MemberRemoved.class, removed -> {
        Member gone = removed.member();
        log.info("{} left the cluster", gone.address());
        if (oldestUp(cluster, gone).filter(m -> m.equals(cluster.selfMember())).isPresent()) {
          String runner = gone.uniqueAddress().toString();
          CompletableFuture.runAsync(() -> resume(node, runner), blocking);
        }
        return Behaviors.same();
      }).build();
    });
  }

  /** The oldest member that is up, other than the one removed: the same on every node once membership settles. */
  private static java.util.Optional<Member> oldestUp(Cluster cluster, Member gone) {
    Member oldest = null;
    for (Member m : cluster.state().getMembers()) {
      if (m.status() != MemberStatus.up() || m.uniqueAddress().equals(gone.uniqueAddress())) continue;
      if (oldest == null || m.isOlderThan(oldest)) oldest = m;
    }
    return java.util.Optional.ofNullable(oldest);
  }

  private static void resume(Node node, String runner) {
    for (int attempt = 1; attempt <= ATTEMPTS && !node.isClosed(); attempt++) {
      try {
        List<String> resumed = node.workshops().resumeRunsOf(runner);
        if (!resumed.isEmpty()) {
          log.info("resumed the runs of {} left by {}", String.join(", ", resumed), Workshops.nodeOf(runner));
        }
        return;
      } catch (Exception e) {
        log.warn("could not yet resume the runs left by {} (attempt {} of {}): {}", Workshops.nodeOf(runner), attempt,
            ATTEMPTS, e.toString());
        try {
          Thread.sleep(BETWEEN_ATTEMPTS.toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
