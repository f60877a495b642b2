package servicesim.readside;

import akka.actor.AbstractExtensionId;
import akka.actor.ExtendedActorSystem;
import akka.actor.Extension;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Adapter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * Tells the projections of this process that events of a tag were written, as soon as the journal's transaction has
 * committed, so that they read them at once instead of at their next poll; and up to which ordering every committed
 * event is final, although the journal commits several transactions at once.
 *
 * <p>Orderings come from one increasing sequence, so an event stored by a write that began after an ordering was seen
 * committed has a higher one. A write in flight may still commit below orderings already visible, but never at or
 * below the highest ordering seen when it began (its floor). Every ordering up to the lowest floor of the writes in
 * flight (or, with none in flight, up to the highest ordering seen) is therefore final: a reader takes what it found up
 * to there, and the rest once it is.
 */
public final class JournalNotices implements Extension {

  private static final Id ID = new Id();

  private final ConcurrentMap<String, CompletableFuture<Void>> next = new ConcurrentHashMap<>();
  private final AtomicReference<CompletableFuture<Void>> anyWrite = new AtomicReference<>(new CompletableFuture<>());
  private final ConcurrentMap<Long, Long> floors = new ConcurrentHashMap<>();
  private final AtomicLong writes = new AtomicLong();
  private final AtomicLong seen = new AtomicLong();
  private volatile DataSource dataSource;

  private JournalNotices() {}

  public static JournalNotices get(ActorSystem<?> system) {
    return ID.get(Adapter.toClassic(system));
  }

  static JournalNotices get(akka.actor.ActorSystem system) {
    return ID.get(system);
  }

  /** Completes the next time events with this tag have been written (get it before looking, then wait on it). */
  CompletableFuture<Void> next(String tag) {
    return next.computeIfAbsent(tag, t -> new CompletableFuture<>());
  }

  /** Completes when the next write of any tag is over (committed or not). */
  CompletableFuture<Void> nextWrite() {
    return anyWrite.get();
  }

  /** A journal write begins: its events will be stored above every ordering seen so far. */
  long beginWrite() {
    long id = writes.incrementAndGet();
    floors.put(id, seen.get());
    return id;
  }

  /** The write is over; if it committed, events with these tags were stored. */
  void endWrite(long id, Iterable<String> tags) {
    floors.remove(id);
    for (String tag : tags) {
      CompletableFuture<Void> waiting = next.remove(tag);
      if (waiting != null) waiting.complete(null);
    }
    anyWrite.getAndSet(new CompletableFuture<>()).complete(null);
  }

  /** Every ordering up to this one is final: no write in flight can still commit at or below it. */
  long finalUpTo() {
    long upTo = seen.get();
    for (long floor : floors.values()) upTo = Math.min(upTo, floor);
    return upTo;
  }

  /** An event with this ordering was read committed. */
  void seen(long ordering) {
    seen.accumulateAndGet(ordering, Math::max);
  }

  void useDatabase(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  DataSource dataSource() {
    DataSource ds = dataSource;
    if (ds == null) throw new IllegalStateException("the read side has not been started on this node");
    return ds;
  }

  private static final class Id extends AbstractExtensionId<JournalNotices> {
    @Override
    public JournalNotices createExtension(ExtendedActorSystem system) {
      return new JournalNotices();
    }
  }
}
