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
 * Events by tag for the projections of a node that writes the journal alone (no other cluster members, one journal
 * writer at a time): such a node commits its journal transactions one after the other, so every committed event
 * follows every earlier one and a reader can take all it sees without waiting for gaps to settle. A reader that has
 * read everything waits for {@link JournalNotices} to say that its tag was written, or, for writers it does not hear
 * of, for the poll interval.
 */
public final class NotifiedReadJournal implements EventsByTagQuery, akka.persistence.query.javadsl.ReadJournal {

  /** The plugin id of this read journal (see persistence.conf). */
  public static final String IDENTIFIER = "servicesim-notified-read-journal";

  private final JournalNotices notices;
  private final Serialization serialization;
  private final MessageDispatcher blocking;
  private final int batchSize;
  private final Duration poll;

  NotifiedReadJournal(ExtendedActorSystem system, Config config) {
    this.notices = JournalNotices.get(system);
    this.serialization = SerializationExtension.get(system);
    this.blocking = system.dispatchers().lookup(config.getString("dispatcher"));
    this.batchSize = config.getInt("batch-size");
    this.poll = config.getDuration("poll-interval");
  }

  /**
   * The read journal the projections of this node read tags from: this one on a node alone with one journal writer,
   * otherwise the JDBC plugin's, which waits for gaps in the ordering to settle because other writers may commit late.
   */
  public static String forProjections(ActorSystem<?> system) {
    Config c = system.settings().config();
    boolean alone = c.getStringList("akka.cluster.seed-nodes").isEmpty();
    boolean oneWriter = c.getInt("jdbc-journal.parallelism") == 1;
    return alone && oneWriter ? IDENTIFIER : JdbcReadJournal.Identifier();
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
    return CompletableFuture.supplyAsync(() -> read(tag, after), blocking).thenCompose(events -> {
      if (!events.isEmpty()) {
        long last = ((Sequence) events.get(events.size() - 1).offset()).value();
        return CompletableFuture.completedFuture(Optional.of(Pair.create(last, events)));
      }
      CompletableFuture<Object> woken = CompletableFuture.anyOf(written, CompletableFuture.runAsync(() -> { },
          CompletableFuture.delayedExecutor(poll.toMillis(), TimeUnit.MILLISECONDS)));
      return woken.thenApply(x -> Optional.of(Pair.create(after, List.<EventEnvelope>of())));
    });
  }

  private List<EventEnvelope> read(String tag, long after) {
    List<JournalTables.JournalAkkaSerializationRow> rows;
    try (Connection c = notices.dataSource().getConnection()) {
      rows = TagIndexReadJournalDao.rows(c, tag, after, Long.MAX_VALUE, batchSize);
    } catch (SQLException e) {
      throw new ReadModelException(e);
    }
    List<EventEnvelope> events = new ArrayList<>(rows.size());
    for (JournalTables.JournalAkkaSerializationRow row : rows) {
      Tuple2<PersistentRepr, Object> read = AkkaSerialization.fromRow(serialization, row).get();
      PersistentRepr repr = read._1();
      events.add(new EventEnvelope(Sequence.apply(row.ordering()), repr.persistenceId(), repr.sequenceNr(),
          repr.payload(), repr.timestamp(), Option.empty()));
    }
    return events;
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
