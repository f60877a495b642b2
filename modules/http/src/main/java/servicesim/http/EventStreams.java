package servicesim.http;

import akka.NotUsed;
import akka.http.javadsl.model.sse.ServerSentEvent;
import akka.japi.Pair;
import akka.pattern.Patterns;
import akka.stream.javadsl.Source;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Server-sent events made by polling: each step looks at the read models or an entity and says what to send and
 * where it stands; a step with nothing to send waits a little before the next one. A stream ends when a step says so
 * or the client goes away, and sends a heartbeat comment while quiet so that proxies keep it open.
 */
final class EventStreams {

  static final Duration HEARTBEAT = Duration.ofSeconds(15);

  /** What one poll found: the events to send, the state for the next poll, and whether the stream is over. */
  record Step<S>(S next, List<ServerSentEvent> events, boolean done) {
    static <S> Step<S> send(S next, List<ServerSentEvent> events) {
      return new Step<>(next, events, false);
    }

    static <S> Step<S> last(List<ServerSentEvent> events) {
      return new Step<>(null, events, true);
    }
  }

  private EventStreams() {
  }

  static <S> Source<ServerSentEvent, NotUsed> poll(ApiContext ctx, Duration every, S initial,
      Function<S, CompletionStage<Step<S>>> step) {
    return poll(ctx, every, initial, Long.MAX_VALUE, step);
  }

  /** As above, closing the stream after {@code limit} events. */
  static <S> Source<ServerSentEvent, NotUsed> poll(ApiContext ctx, Duration every, S initial, long limit,
      Function<S, CompletionStage<Step<S>>> step) {
    return Source.unfoldAsync(Optional.of(initial), (Optional<S> state) -> {
          if (state.isEmpty()) return CompletableFuture.completedFuture(Optional.empty());
          return step.apply(state.get()).thenCompose(s -> {
            Optional<Pair<Optional<S>, List<ServerSentEvent>>> out =
                Optional.of(Pair.create(s.done() ? Optional.empty() : Optional.of(s.next()), s.events()));
            if (!s.events().isEmpty() || s.done()) return CompletableFuture.completedFuture(out);
            return Patterns.after(every, ctx.system().classicSystem().scheduler(), ctx.system().executionContext(),
                () -> CompletableFuture.completedFuture(out));
          });
        })
        .mapConcat(events -> events)
        .take(limit)
        .keepAlive(HEARTBEAT, ServerSentEvent::heartbeat);
  }

  static ServerSentEvent event(String type, String data, Long id) {
    return ServerSentEvent.create(data, Optional.of(type), Optional.ofNullable(id).map(String::valueOf),
        OptionalInt.empty());
  }
}
