package servicesim.readside;

import akka.actor.AbstractExtensionId;
import akka.actor.ExtendedActorSystem;
import akka.actor.Extension;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Adapter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;

/**
 * Tells the projections of this process that events of a tag were written, as soon as the journal's transaction has
 * committed, so that they read them at once instead of at their next poll.
 */
public final class JournalNotices implements Extension {

  private static final Id ID = new Id();

  private final ConcurrentMap<String, CompletableFuture<Void>> next = new ConcurrentHashMap<>();
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

  /** Called once the journal has committed events with these tags. */
  void written(Iterable<String> tags) {
    for (String tag : tags) {
      CompletableFuture<Void> waiting = next.remove(tag);
      if (waiting != null) waiting.complete(null);
    }
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
