package servicesim.http;

import akka.NotUsed;
import akka.actor.typed.ActorRef;
import akka.http.javadsl.model.sse.ServerSentEvent;
import akka.stream.OverflowStrategy;
import akka.stream.javadsl.Source;
import akka.stream.typed.javadsl.ActorSource;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import servicesim.simulation.Notices;

/**
 * Server-sent events driven by change notices ({@link Notices}): a stream takes one step when it opens, and another
 * only when a notice says something it follows changed. Notices that come while a step runs are one step, and steps
 * are at least {@code gap} apart, however busy the system; a stream with nothing to say does nothing. A step says what
 * to send, where the stream stands, whether it has more to send at once, and whether the stream is over. While quiet,
 * the stream sends a heartbeat comment so that proxies keep it open; it ends when a step says so or the client leaves.
 */
final class EventStreams {

  static final Duration HEARTBEAT = Duration.ofSeconds(15);

  /** What one step found: the events to send, the state for the next step, and whether there is more or it is over. */
  record Step<S>(S next, List<ServerSentEvent> events, boolean more, boolean done) {
    static <S> Step<S> send(S next, List<ServerSentEvent> events) {
      return new Step<>(next, events, false, false);
    }

    /** There is more to send than one step sends: the next step follows at once. */
    static <S> Step<S> sendMore(S next, List<ServerSentEvent> events) {
      return new Step<>(next, events, true, false);
    }

    static <S> Step<S> last(List<ServerSentEvent> events) {
      return new Step<>(null, events, false, true);
    }
  }

  private static final Notices.Notice OPENED = new Notices.Notice("opened", 0);
  private static final Notices.Notice MORE = new Notices.Notice("more", 0);

  private EventStreams() {
  }

  /** Steps on the notices of {@code topics}, closing the stream after {@code limit} events. */
  static <S> Source<ServerSentEvent, NotUsed> onNotices(ApiContext ctx, List<String> topics, Duration gap, S initial,
      long limit, Function<S, CompletionStage<Step<S>>> step) {
    Notices notices = Notices.get(ctx.system());
    return Source.fromMaterializer((mat, attributes) -> {
      AtomicReference<ActorRef<Notices.Notice>> self = new AtomicReference<>();
      Source<Notices.Notice, NotUsed> changes = ActorSource.<Notices.Notice>actorRef(n -> false, n -> Optional.empty(),
              1, OverflowStrategy.dropHead())
          .mapMaterializedValue(ref -> {
            self.set(ref);
            topics.forEach(t -> notices.subscribe(t, ref));
            return NotUsed.getInstance();
          });
      return Source.single(OPENED).concat(changes)
          .conflate((earlier, later) -> later)
          .throttle(1, gap)
          .scanAsync(Step.send(initial, List.<ServerSentEvent>of()), (Step<S> last, Notices.Notice n) -> last.done()
              ? CompletableFuture.completedFuture(last)
              : step.apply(last.next()).thenApply(s -> {
                if (s.more() && !s.done()) self.get().tell(MORE);
                return s;
              }))
          .drop(1)
          .takeWhile(s -> !s.done(), true)
          .mapConcat(Step::events);
    }).mapMaterializedValue(m -> NotUsed.getInstance())
        .take(limit)
        .keepAlive(HEARTBEAT, ServerSentEvent::heartbeat);
  }

  static ServerSentEvent event(String type, String data, Long id) {
    return ServerSentEvent.create(data, Optional.ofNullable(type), Optional.ofNullable(id).map(String::valueOf),
        OptionalInt.empty());
  }
}
