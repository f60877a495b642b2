package servicesim.readside;

import akka.actor.typed.ActorSystem;
import akka.persistence.jdbc.query.javadsl.JdbcReadJournal;
import akka.persistence.query.PersistenceQuery;
import akka.serialization.Serialization;
import akka.serialization.SerializationExtension;
import akka.stream.javadsl.Sink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import servicesim.policy.transcript.SessionEvent;
import servicesim.simulation.SessionEntity;

/**
 * The journal, read: a session's events (through the read journal, or inside a projection's transaction), the bytes
 * stored for them (to check the hash chain against what is really on disk), which entities it holds, and how many
 * tagged events follow an offset. Every query this system makes on the journal's tables is here.
 */
public final class JournalRepository {

  /** A journal row as stored: the bytes the serializer wrote, and how to read them back. */
  public record StoredEvent(long ordering, long seqNr, byte[] payload, int serializerId, String manifest) {}

  /** A journal row as stored, with its entity and whether it was marked deleted: what verification reads. */
  public record JournalRow(long ordering, String persistenceId, long seqNr, byte[] payload, int serializerId,
      String manifest, boolean deleted) {}

  private static final String SESSION = SessionEntity.ENTITY_KEY.name();

  private final ActorSystem<?> system;
  private final DataSource dataSource;
  private final Serialization serialization;
  private final JdbcReadJournal readJournal;

  public JournalRepository(ActorSystem<?> system, DataSource dataSource) {
    this.system = system;
    this.dataSource = dataSource;
    this.serialization = SerializationExtension.get(system);
    this.readJournal = PersistenceQuery.get(system).getReadJournalFor(JdbcReadJournal.class,
        JdbcReadJournal.Identifier());
  }

  /** A session's events from {@code fromSeqNr} on, as stored now (the read journal's query for one entity). */
  public CompletionStage<List<SessionEvent>> sessionEvents(String sessionId, long fromSeqNr) {
    return readJournal.currentEventsByPersistenceId(persistenceId(sessionId), fromSeqNr, Long.MAX_VALUE)
        .map(envelope -> SessionEvent.class.cast(envelope.event()))
        .runWith(Sink.seq(), system);
  }

  /** A session's events on the connection of a transaction under way (scoring reads them where it writes). */
  public List<SessionEvent> sessionEvents(Connection c, String sessionId) throws SQLException {
    List<SessionEvent> out = new ArrayList<>();
    for (StoredEvent e : stored(c, persistenceId(sessionId))) {
      out.add(SessionEvent.class.cast(serialization.deserialize(e.payload(), e.serializerId(), e.manifest()).get()));
    }
    return out;
  }

  /** An entity's rows as stored, in sequence order. */
  public static List<StoredEvent> stored(Connection c, String persistenceId) throws SQLException {
    return Sql.query(c, "SELECT ordering, sequence_number, event_payload, event_ser_id, event_ser_manifest "
            + "FROM event_journal WHERE persistence_id = ? AND deleted = FALSE ORDER BY sequence_number",
        rs -> new StoredEvent(rs.getLong(1), rs.getLong(2), rs.getBytes(3), rs.getInt(4), rs.getString(5)),
        persistenceId);
  }

  /** Every row of the journal (or of one entity) in the journal's global order, deleted ones included. */
  static Sql.Cursor<JournalRow> rows(Connection c, String persistenceId) throws SQLException {
    String where = persistenceId == null ? "" : " WHERE persistence_id = ?";
    Object[] params = persistenceId == null ? new Object[0] : new Object[] {persistenceId};
    return new Sql.Cursor<>(c, "SELECT ordering, persistence_id, sequence_number, event_payload, event_ser_id, "
        + "event_ser_manifest, deleted FROM event_journal" + where + " ORDER BY ordering",
        rs -> new JournalRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBytes(4), rs.getInt(5),
            rs.getString(6), rs.getBoolean(7)), params);
  }

  /** The event a stored row holds, as the journal's serializer reads it back. */
  public Object event(JournalRow row) throws Exception {
    return serialization.deserialize(row.payload(), row.serializerId(), row.manifest()).get();
  }

  /** How many rows the journal holds. */
  public long count() {
    return Sql.query(dataSource, "SELECT COUNT(*) FROM event_journal", rs -> rs.getLong(1)).get(0);
  }

  /** Entity ids in the journal whose persistence id starts with {@code type|prefix}, in id order. */
  public List<String> entityIds(String type, String prefix) {
    String like = (type + "|" + prefix).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return Sql.query(dataSource, "SELECT DISTINCT persistence_id FROM event_journal WHERE persistence_id LIKE ? "
        + "ESCAPE '\\' ORDER BY persistence_id", rs -> rs.getString(1).substring(type.length() + 1), like);
  }

  /** Every session in the journal, in id order. */
  public List<String> sessionIds() {
    return entityIds(SESSION, "");
  }

  public long sessionCount() {
    return Sql.query(dataSource, "SELECT COUNT(DISTINCT persistence_id) FROM event_journal WHERE persistence_id LIKE ?",
        rs -> rs.getLong(1), SESSION + "|%").get(0);
  }

  /** How many events carry {@code tag} after the journal ordering {@code offset}. */
  public long taggedAfter(String tag, long offset) {
    return Sql.query(dataSource, "SELECT COUNT(*) FROM event_tag WHERE tag = ? AND event_id > ?",
        rs -> rs.getLong(1), tag, offset).get(0);
  }

  public static String persistenceId(String sessionId) {
    return SESSION + "|" + sessionId;
  }

  /** The JSON text of a stored payload (the JSON serializer gzips large payloads when configured to). */
  public static byte[] json(byte[] payload) {
    if (payload.length > 2 && (payload[0] & 0xFF) == 0x1F && (payload[1] & 0xFF) == 0x8B) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(payload))) {
        return in.readAllBytes();
      } catch (IOException e) {
        return payload;
      }
    }
    return payload;
  }
}
