package servicesim.readside;

import akka.NotUsed;
import akka.actor.ExtendedActorSystem;
import akka.actor.typed.ActorSystem;
import akka.dispatch.MessageDispatcher;
import akka.japi.Pair;
import akka.persistence.PersistentRepr;
import akka.persistence.jdbc.AkkaSerialization;
import akka.persistence.jdbc.journal.dao.JournalTables;
import akka.persistence.jdbc.query.javadsl.JdbcReadJournal;
import akka.persistence.query.EventEnvelope;
import akka.persistence.query.NoOffset;
import akka.persistence.query.Offset;
import akka.persistence.query.ReadJournalProvider;
import akka.persistence.query.Sequence;
import akka.persistence.query.javadsl.EventsByTagQuery;
import akka.serialization.Serialization;
import akka.serialization.SerializationExtension;
import akka.stream.javadsl.Source;
import com.typesafe.config.Config;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import scala.Option;
import scala.Tuple2;

/**
 * Events by tag for the projections of a node that writes the journal alone (no other cluster members): a reader that
 * has read everything waits for {@link JournalNotices} to say that its tag was written, or, for writers it does not
 * hear of, for the poll interval. The journal commits several transactions at once, so a reader takes the events up
 * to the ordering that {@link JournalNotices} knows to be final and the rest as soon as the writes below them are over,
 * instead of waiting for gaps in the ordering to settle as the JDBC plugin's read journal does.
 */
public final class NotifiedReadJournal implements EventsByTagQuery, akka.persistence.query.javadsl.ReadJournal {

  /** The plugin id of this read journal (see persistence.conf). */
  public static final String IDENTIFIER = "servicesim-notified-read-journal";

  private final JournalNotices notices;
  private final Serialization serialization;
  private final MessageDispatcher blocking;
  private final int batchSize;
  private final Duration poll;
  /** How long a reader waits for the writes in flight below the events it found, at most, before it looks again. */
  private static final Duration SETTLE = Duration.ofMillis(20);

  NotifiedReadJournal(ExtendedActorSystem system, Config config) {
    this.notices = JournalNotices.get(system);
    this.serialization = SerializationExtension.get(system);
    this.blocking = system.dispatchers().lookup(config.getString("dispatcher"));
    this.batchSize = config.getInt("batch-size");
    this.poll = config.getDuration("poll-interval");
  }

  /**
   * The read journal the projections of this node read tags from: this one on a node alone (its process writes the
   * journal alone), otherwise the JDBC plugin's, which waits for gaps in the ordering to settle because other nodes'
   * writes may commit late.
   */
  public static String forProjections(ActorSystem<?> system) {
    boolean alone = system.settings().config().getStringList("akka.cluster.seed-nodes").isEmpty();
    return alone ? IDENTIFIER : JdbcReadJournal.Identifier();
  }

  @Override
  public Source<EventEnvelope, NotUsed> eventsByTag(String tag, Offset offset) {
    long from;
    if (offset instanceof Sequence s) from = s.value();
    else if (offset == null || offset.equals(NoOffset.getInstance())) from = 0L;
    else throw new IllegalArgumentException("offset " + offset + " is not a sequence number");
    return Source.unfoldAsync(from, (Long after) -> next(tag, after)).mapConcat(events -> events);
  }

  private CompletionStage<Optional<Pair<Long, List<EventEnvelope>>>> next(String tag, long after) {
    CompletableFuture<Void> written = notices.next(tag);
    CompletableFuture<Void> anyWrite = notices.nextWrite();
    return CompletableFuture.supplyAsync(() -> read(tag, after), blocking).thenCompose(read -> {
      if (!read.events().isEmpty()) {
        long last = ((Sequence) read.events().get(read.events().size() - 1).offset()).value();
        return CompletableFuture.completedFuture(Optional.of(Pair.create(last, read.events())));
      }
      // events beyond what is final wait for the writes in flight below them; nothing new waits for a notice
      CompletableFuture<Void> wake = read.waiting() ? anyWrite : written;
      long wait = read.waiting() ? SETTLE.toMillis() : poll.toMillis();
      CompletableFuture<Object> woken = CompletableFuture.anyOf(wake, CompletableFuture.runAsync(() -> { },
          CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS)));
      return woken.thenApply(x -> Optional.of(Pair.create(after, List.<EventEnvelope>of())));
    });
  }

  /** What one look at a tag found: the final events in order, and whether others wait behind writes in flight. */
  private record Read(List<EventEnvelope> events, boolean waiting) {}

  private Read read(String tag, long after) {
    long upTo = notices.finalUpTo();
    List<JournalTables.JournalAkkaSerializationRow> rows;
    try (Connection c = notices.dataSource().getConnection()) {
      rows = TagIndexReadJournalDao.rows(c, tag, after, Long.MAX_VALUE, batchSize);
    } catch (SQLException e) {
      throw new ReadModelException(e);
    }
    List<EventEnvelope> events = new ArrayList<>(rows.size());
    boolean waiting = false;
    for (JournalTables.JournalAkkaSerializationRow row : rows) {
      notices.seen(row.ordering());
      if (row.ordering() > upTo) {
        waiting = true;
        break;
      }
      Tuple2<PersistentRepr, Object> read = AkkaSerialization.fromRow(serialization, row).get();
      PersistentRepr repr = read._1();
      events.add(new EventEnvelope(Sequence.apply(row.ordering()), repr.persistenceId(), repr.sequenceNr(),
          repr.payload(), repr.timestamp(), Option.empty()));
    }
    if (waiting) notices.seen(rows.get(rows.size() - 1).ordering());
    return new Read(events, waiting);
  }

  /** Registers the read journal with Akka Persistence Query under {@link #IDENTIFIER}. */
  public static final class Provider implements ReadJournalProvider {
    private final NotifiedReadJournal journal;

    public Provider(ExtendedActorSystem system, Config config) {
      this.journal = new NotifiedReadJournal(system, config);
    }

    @Override
    public akka.persistence.query.scaladsl.ReadJournal scaladslReadJournal() {
      return new akka.persistence.query.scaladsl.ReadJournal() { };
    }

    @Override
    public akka.persistence.query.javadsl.ReadJournal javadslReadJournal() {
      return journal;
    }
  }
}
