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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.zip.GZIPInputStream;
import servicesim.policy.transcript.SessionEvent;
import servicesim.simulation.SessionEntity;

/**
 * Reads a session's events straight from the journal table, in sequence order: as objects (for scoring) or as the
 * stored bytes (for checking the hash chain against what is really on disk).
 */
public final class JournalReader {

  /** A journal row as stored: the bytes the serializer wrote, and how to read them back. */
  public record StoredEvent(long ordering, long seqNr, byte[] payload, int serializerId, String manifest) {}

  private final ActorSystem<?> system;
  private final Serialization serialization;
  private final JdbcReadJournal readJournal;

  public JournalReader(ActorSystem<?> system) {
    this.system = system;
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

  public static List<StoredEvent> stored(Connection c, String persistenceId) throws SQLException {
    List<StoredEvent> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT ordering, sequence_number, event_payload, event_ser_id, "
        + "event_ser_manifest FROM event_journal WHERE persistence_id = ? AND deleted = FALSE ORDER BY sequence_number")) {
      ps.setString(1, persistenceId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new StoredEvent(rs.getLong(1), rs.getLong(2), rs.getBytes(3), rs.getInt(4), rs.getString(5)));
        }
      }
    }
    return out;
  }

  public List<SessionEvent> sessionEvents(Connection c, String sessionId) throws SQLException {
    List<SessionEvent> out = new ArrayList<>();
    for (StoredEvent e : stored(c, persistenceId(sessionId))) {
      out.add(SessionEvent.class.cast(serialization.deserialize(e.payload(), e.serializerId(), e.manifest()).get()));
    }
    return out;
  }

  /** Entity ids in the journal whose persistence id starts with {@code type|prefix}, in id order. */
  public static java.util.List<String> entityIds(javax.sql.DataSource dataSource, String type, String prefix) {
    String like = (type + "|" + prefix).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT DISTINCT persistence_id FROM event_journal "
            + "WHERE persistence_id LIKE ? ESCAPE '\\' ORDER BY persistence_id")) {
      ps.setString(1, like);
      java.util.List<String> ids = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) ids.add(rs.getString(1).substring(type.length() + 1));
      }
      return ids;
    } catch (SQLException e) {
      throw new ReadModelException(e);
    }
  }

  public static String persistenceId(String sessionId) {
    return SessionEntity.ENTITY_KEY.name() + "|" + sessionId;
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
