package servicesim.simulation;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.actor.typed.Extension;
import akka.actor.typed.ExtensionId;
import akka.actor.typed.Props;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.TimerScheduler;
import akka.actor.typed.pubsub.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Change notices over Akka's cluster pub-sub ({@link Topic}): one topic per session, one per workshop, and one for the
 * audit trail. A notice only says that something changed up to a position; whoever hears it reads what changed from
 * the journal or the read models. So a stream with nothing to say costs nothing, and subscriptions live on the
 * subscriber's node, whatever happens to the entity (passivation, another node).
 *
 * <p>A topic learns of subscribers on other nodes through the receptionist, a moment after they subscribe: a new
 * subscriber hears a notice of its own once that moment has passed, and a topic made to publish repeats its first
 * notice, so that no change falls between a subscription and its first notice.
 */
public final class Notices implements Extension {

  /** Something about {@code topic} changed, up to {@code position} (a sequence number or an ordering). */
  public record Notice(String topic, long position) implements JsonSerializable {}

  /** The audit trail grew. */
  public static final String AUDIT = "audit";

  public static String session(String sessionId) {
    return "session:" + sessionId;
  }

  public static String workshop(String workshopId) {
    return "workshop:" + workshopId;
  }

  /** How long a topic takes to learn of a subscriber on another node (the receptionist's gossip, with a margin). */
  public static final Duration SETTLE = Duration.ofSeconds(2);
  /** A topic with no subscriber here and nothing published for this long is stopped. */
  static final Duration IDLE = Duration.ofMinutes(5);

  private final ActorRef<Command> registry;

  private Notices(ActorSystem<?> system) {
    this.registry = system.systemActorOf(registry(), "notices", Props.empty());
  }

  public static Notices get(ActorSystem<?> system) {
    return ID.apply(system);
  }

  private static final ExtensionId<Notices> ID = new ExtensionId<>() {
    @Override
    public Notices createExtension(ActorSystem<?> system) {
      return new Notices(system);
    }
  };

  public void publish(Notice notice) {
    registry.tell(new Publish(notice));
  }

  public void subscribe(String topic, ActorRef<Notice> subscriber) {
    registry.tell(new Subscribe(topic, subscriber));
  }

  public void unsubscribe(String topic, ActorRef<Notice> subscriber) {
    registry.tell(new Unsubscribe(topic, subscriber));
  }

  // ---------------------------------------------------------------- the registry of this node's topics

  private sealed interface Command {}

  private record Publish(Notice notice) implements Command {}

  private record Subscribe(String topic, ActorRef<Notice> subscriber) implements Command {}

  private record Unsubscribe(String topic, ActorRef<Notice> subscriber) implements Command {}

  private record Settled(String topic, ActorRef<Notice> subscriber) implements Command {}

  private record Repeat(String topic) implements Command {}

  private record Sweep() implements Command {}

  private record Gone(ActorRef<Notice> subscriber) implements Command {}

  /** A topic actor of this node, its local subscribers, and its latest notice. */
  private static final class Local {
    final ActorRef<Topic.Command<Notice>> topic;
    final Set<ActorRef<Notice>> subscribers = new HashSet<>();
    Notice latest;
    boolean published;

    Local(ActorRef<Topic.Command<Notice>> topic) {
      this.topic = topic;
    }
  }

  private static Behavior<Command> registry() {
    return Behaviors.setup(ctx -> Behaviors.withTimers(timers -> {
      timers.startTimerWithFixedDelay(new Sweep(), IDLE);
      return new Registry(ctx, timers).behavior();
    }));
  }

  private static final class Registry {
    private final ActorContext<Command> ctx;
    private final TimerScheduler<Command> timers;
    private final Map<String, Local> topics = new HashMap<>();
    private final Map<ActorRef<Notice>, Set<String>> subscriptions = new HashMap<>();

    Registry(ActorContext<Command> ctx, TimerScheduler<Command> timers) {
      this.ctx = ctx;
      this.timers = timers;
    }

    Behavior<Command> behavior() {
      return Behaviors.receive(Command.class)
          .onMessage(Publish.class, this::onPublish)
          .onMessage(Subscribe.class, this::onSubscribe)
          .onMessage(Unsubscribe.class, u -> unsubscribe(u.topic(), u.subscriber()))
          .onMessage(Gone.class, this::onGone)
          .onMessage(Settled.class, this::onSettled)
          .onMessage(Repeat.class, this::onRepeat)
          .onMessage(Sweep.class, s -> sweep())
          .build();
    }

    private Local local(String name, boolean forPublishing) {
      Local local = topics.get(name);
      if (local == null) {
        local = new Local(ctx.spawnAnonymous(Topic.create(Notice.class, name)));
        topics.put(name, local);
        if (forPublishing) timers.startSingleTimer(new Repeat(name), SETTLE);
      }
      return local;
    }

    private Behavior<Command> onPublish(Publish p) {
      Local local = local(p.notice().topic(), true);
      local.latest = p.notice();
      local.published = true;
      local.topic.tell(Topic.publish(p.notice()));
      return Behaviors.same();
    }

    private Behavior<Command> onRepeat(Repeat r) {
      Local local = topics.get(r.topic());
      if (local != null && local.latest != null) local.topic.tell(Topic.publish(local.latest));
      return Behaviors.same();
    }

    private Behavior<Command> onSubscribe(Subscribe s) {
      Local local = local(s.topic(), false);
      if (local.subscribers.add(s.subscriber())) {
        local.topic.tell(Topic.subscribe(s.subscriber()));
        Set<String> names = subscriptions.computeIfAbsent(s.subscriber(), k -> new HashSet<>());
        if (names.isEmpty()) ctx.watchWith(s.subscriber(), new Gone(s.subscriber()));
        names.add(s.topic());
        ctx.scheduleOnce(SETTLE, ctx.getSelf(), new Settled(s.topic(), s.subscriber()));
      }
      return Behaviors.same();
    }

    /** By now every publisher knows of the subscriber: it reads once more, for a change made meanwhile. */
    private Behavior<Command> onSettled(Settled s) {
      Local local = topics.get(s.topic());
      if (local != null && local.subscribers.contains(s.subscriber())) {
        s.subscriber().tell(new Notice(s.topic(), local.latest == null ? 0 : local.latest.position()));
      }
      return Behaviors.same();
    }

    private Behavior<Command> unsubscribe(String name, ActorRef<Notice> subscriber) {
      Local local = topics.get(name);
      if (local != null && local.subscribers.remove(subscriber)) local.topic.tell(Topic.unsubscribe(subscriber));
      Set<String> names = subscriptions.get(subscriber);
      if (names != null && names.remove(name) && names.isEmpty()) {
        subscriptions.remove(subscriber);
        ctx.unwatch(subscriber);
      }
      return Behaviors.same();
    }

    private Behavior<Command> onGone(Gone g) {
      for (String name : subscriptions.getOrDefault(g.subscriber(), Set.of())) {
        Local local = topics.get(name);
        if (local != null) local.subscribers.remove(g.subscriber());
      }
      subscriptions.remove(g.subscriber());
      return Behaviors.same();
    }

    /** Stops the topics nobody here listens to and nothing here published to since the last sweep. */
    private Behavior<Command> sweep() {
      topics.entrySet().removeIf(e -> {
        Local local = e.getValue();
        boolean idle = local.subscribers.isEmpty() && !local.published;
        local.published = false;
        if (idle) ctx.stop(local.topic);
        return idle;
      });
      return Behaviors.same();
    }
  }
}
