package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.http.javadsl.model.sse.ServerSentEvent;
import akka.stream.testkit.TestSubscriber;
import akka.stream.testkit.javadsl.TestSink;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.simulation.Notices;

/**
 * A stream driven by notices steps once when it opens, once more when its subscription has settled across the
 * cluster, and after that only when a notice comes: while nothing happens it does nothing at all.
 */
public class EventStreamsTest extends JUnitSuite {

  private static scala.concurrent.duration.FiniteDuration seconds(long n) {
    return scala.concurrent.duration.FiniteDuration.apply(n, java.util.concurrent.TimeUnit.SECONDS);
  }

  @Test
  public void aStreamStepsOnlyWhenItOpensAndWhenANoticeComes() throws Exception {
    TestApi t = TestApi.get();
    String topic = "test:" + UUID.randomUUID();
    AtomicInteger steps = new AtomicInteger();
    TestSubscriber.Probe<ServerSentEvent> client = EventStreams.onNotices(t.ctx, List.of(topic), Duration.ofMillis(10),
            0, Long.MAX_VALUE, n -> {
              int step = steps.incrementAndGet();
              List<ServerSentEvent> out = List.of(EventStreams.event("step", String.valueOf(step), null));
              // the third notice has more to send at once; the fifth step ends the stream
              return CompletableFuture.completedFuture(step == 5 ? EventStreams.Step.last(out)
                  : n == 2 ? EventStreams.Step.sendMore(n + 1, out) : EventStreams.Step.send(n + 1, out));
            })
        .runWith(TestSink.probe(t.node.system().classicSystem()), t.node.system());
    client.request(100);
    assertEquals("1", client.expectNext(seconds(10)).getData());

    // the subscription settles (one step), then nothing happens and the stream does nothing
    Thread.sleep(Notices.SETTLE.plusSeconds(4).toMillis());
    int settled = steps.get();
    assertTrue("at most one step after opening: " + settled, settled <= 2);
    for (int i = 1; i < settled; i++) client.expectNext(seconds(1));
    client.expectNoMessage(Duration.ofSeconds(3));
    assertEquals(settled, steps.get());

    // each notice is a step, and a step with more to send is followed at once by another
    while (steps.get() < 5) {
      int before = steps.get();
      Notices.get(t.node.system()).publish(new Notices.Notice(topic, before));
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (steps.get() == before && System.nanoTime() < deadline) Thread.sleep(20);
      assertTrue("a notice makes a step", steps.get() > before);
    }
    for (int i = settled + 1; i <= 5; i++) assertEquals(String.valueOf(i), client.expectNext(seconds(5)).getData());
    client.expectComplete();
  }
}
