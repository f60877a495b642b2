package servicesim.readside;

import akka.NotUsed;
import akka.persistence.PersistentRepr;
import akka.persistence.jdbc.AkkaSerialization;
import akka.persistence.jdbc.config.ReadJournalConfig;
import akka.persistence.jdbc.journal.dao.JournalTables;
import akka.persistence.jdbc.query.dao.DefaultReadJournalDao;
import akka.serialization.Serialization;
import akka.stream.Materializer;
import akka.stream.javadsl.Source;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import scala.Option;
import scala.Tuple2;
import scala.Tuple3;
import scala.concurrent.ExecutionContext;
import scala.jdk.javaapi.FutureConverters;
import scala.util.Try;
import slick.dbio.DBIOAction;
import slick.jdbc.JdbcBackend;
import slick.jdbc.JdbcProfile;
import slick.jdbc.SimpleJdbcAction;

/**
 * The read journal's data access with {@code eventsByTag} asked the way the tag index answers it: first the tag's
 * event ids after the offset, from the {@code (tag, event_id)} index in its order and no more than asked for, then
 * their journal rows by ordering. The plugin's own query filters the journal in a derived table and puts the offset
 * on that side of the join, which H2 plans as a walk over every row with the tag: each poll then costs as much as the
 * whole history, and catching up a projection that reads every event grows with the square of the journal.
 * Everything else is the plugin's.
 */
public final class TagIndexReadJournalDao extends DefaultReadJournalDao {

  static final String EVENTS_BY_TAG = "SELECT j.ordering, j.deleted, j.persistence_id, j.sequence_number, j.writer, "
      + "j.write_timestamp, j.adapter_manifest, j.event_payload, j.event_ser_id, j.event_ser_manifest, "
      + "j.meta_payload, j.meta_ser_id, j.meta_ser_manifest "
      + "FROM (SELECT tag, event_id FROM event_tag WHERE tag = ? AND event_id > ? AND event_id <= ? "
      + "ORDER BY tag, event_id LIMIT ?) t "
      + "JOIN event_journal j ON j.ordering = t.event_id WHERE j.deleted = FALSE ORDER BY t.event_id";

  private final Serialization serialization;

  public TagIndexReadJournalDao(JdbcBackend.DatabaseDef db, JdbcProfile profile, ReadJournalConfig config,
      Serialization serialization, ExecutionContext ec, Materializer mat) {
    super(db, profile, config, serialization, ec, mat);
    this.serialization = serialization;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public akka.stream.scaladsl.Source<Try<Tuple3<PersistentRepr, scala.collection.immutable.Set<String>, Object>>,
      NotUsed> eventsByTag(String tag, long offset, long maxOffset, long max) {
    DBIOAction read = SimpleJdbcAction.apply(ctx -> rows(ctx.connection(), tag, offset, maxOffset, max));
    scala.concurrent.Future<List<JournalTables.JournalAkkaSerializationRow>> rows = db().run(read);
    return Source.completionStage(FutureConverters.asJava(rows))
        .mapConcat(list -> list)
        .map(this::event)
        .asScala();
  }

  private Try<Tuple3<PersistentRepr, scala.collection.immutable.Set<String>, Object>> event(
      JournalTables.JournalAkkaSerializationRow row) {
    // like the plugin's own query, this leaves the envelope's tags empty: projections know which tag they read
    return AkkaSerialization.fromRow(serialization, row).map(
        (Tuple2<PersistentRepr, Object> r) -> new Tuple3<>(r._1(), scala.collection.immutable.Set$.MODULE$.empty(),
            r._2()));
  }

  static List<JournalTables.JournalAkkaSerializationRow> rows(Connection c, String tag, long offset,
      long maxOffset, long max) {
    List<JournalTables.JournalAkkaSerializationRow> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(EVENTS_BY_TAG)) {
      ps.setString(1, tag);
      ps.setLong(2, offset);
      ps.setLong(3, maxOffset);
      ps.setLong(4, Math.max(0, Math.min(max, Integer.MAX_VALUE)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byte[] meta = rs.getBytes(11);
          int metaSerId = rs.getInt(12);
          Option<Object> metaSer = rs.wasNull() ? Option.empty() : Option.apply(metaSerId);
          out.add(new JournalTables.JournalAkkaSerializationRow(rs.getLong(1), rs.getBoolean(2), rs.getString(3),
              rs.getLong(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getBytes(8), rs.getInt(9),
              rs.getString(10), Option.apply(meta), metaSer, Option.apply(rs.getString(13))));
        }
      }
    } catch (SQLException e) {
      throw new ReadModelException(e);
    }
    return out;
  }
}
