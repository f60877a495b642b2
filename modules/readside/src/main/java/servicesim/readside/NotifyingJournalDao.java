package servicesim.readside;

import akka.persistence.jdbc.config.JournalConfig;
import akka.persistence.jdbc.journal.dao.DefaultJournalDao;
import akka.persistence.jdbc.journal.dao.JournalTables;
import akka.serialization.Serialization;
import akka.stream.Materializer;
import java.util.HashSet;
import java.util.Set;
import scala.Tuple2;
import scala.concurrent.ExecutionContext;
import scala.concurrent.Future;
import scala.jdk.javaapi.CollectionConverters;
import scala.jdk.javaapi.FutureConverters;
import scala.runtime.BoxedUnit;
import slick.jdbc.JdbcBackend;
import slick.jdbc.JdbcProfile;

/** The plugin's journal access, which also tells this process's projections what it has just committed. */
public final class NotifyingJournalDao extends DefaultJournalDao {

  private final JournalNotices notices;

  public NotifyingJournalDao(JdbcBackend.DatabaseDef db, JdbcProfile profile, JournalConfig config,
      Serialization serialization, ExecutionContext ec, Materializer mat) {
    super(db, profile, config, serialization, ec, mat);
    this.notices = JournalNotices.get(serialization.system());
  }

  @Override
  public Future<BoxedUnit> writeJournalRows(
      scala.collection.immutable.Seq<Tuple2<JournalTables.JournalAkkaSerializationRow,
          scala.collection.immutable.Set<String>>> rows) {
    Set<String> tags = new HashSet<>();
    for (Tuple2<JournalTables.JournalAkkaSerializationRow, scala.collection.immutable.Set<String>> row
        : CollectionConverters.asJava(rows)) {
      tags.addAll(CollectionConverters.asJava(row._2()));
    }
    long write = notices.beginWrite();
    Future<BoxedUnit> written;
    try {
      written = super.writeJournalRows(rows);
    } catch (RuntimeException e) {
      notices.endWrite(write, Set.of());
      throw e;
    }
    FutureConverters.asJava(written).whenComplete((done, failure) ->
        notices.endWrite(write, failure == null ? tags : Set.of()));
    return written;
  }
}
