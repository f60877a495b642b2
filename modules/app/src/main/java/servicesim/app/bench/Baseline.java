package servicesim.app.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import javax.sql.DataSource;
import servicesim.readside.Database;

/**
 * The physical limit the system is measured against, on the same database: plain JDBC batch inserts of journal-shaped
 * rows (same columns, same payload size as the real events), and a plain sequential scan reading them back.
 */
final class Baseline {

  record Result(long rows, double insertSeconds, double scanSeconds) {
    double insertRate() {
      return rows / insertSeconds;
    }

    double scanRate() {
      return rows / scanSeconds;
    }
  }

  private static final int BATCH = 1000;

  private Baseline() {}

  static Result run(Database database, long rows, int payloadBytes, int rowsPerStream) throws Exception {
    DataSource ds = database.dataSource();
    boolean h2 = database.vendor() == Database.Vendor.H2;
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS bench_journal");
      st.execute("CREATE TABLE bench_journal (ordering " + (h2 ? "BIGINT AUTO_INCREMENT" : "BIGSERIAL")
          + ", persistence_id VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, deleted BOOLEAN DEFAULT FALSE "
          + "NOT NULL, writer VARCHAR(255) NOT NULL, write_timestamp BIGINT, adapter_manifest VARCHAR(255), "
          + "event_ser_id INTEGER NOT NULL, event_ser_manifest VARCHAR(255) NOT NULL, event_payload "
          + (h2 ? "VARBINARY(1000000)" : "BYTEA") + " NOT NULL, PRIMARY KEY (persistence_id, sequence_number))");
      st.execute("CREATE UNIQUE INDEX bench_journal_ordering ON bench_journal (ordering)");
    }
    byte[] payload = new byte[payloadBytes];
    new Random(42).nextBytes(payload);
    long start = System.nanoTime();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_journal (persistence_id, sequence_number, "
          + "writer, write_timestamp, adapter_manifest, event_ser_id, event_ser_manifest, event_payload) "
          + "VALUES (?, ?, 'bench', ?, '', 33, 'servicesim.simulation.SessionEntity$AgentMessageSent', ?)")) {
        for (long i = 0; i < rows; i++) {
          ps.setString(1, "Session|bench-" + (i / rowsPerStream));
          ps.setLong(2, i % rowsPerStream + 1);
          ps.setLong(3, i);
          ps.setBytes(4, payload);
          ps.addBatch();
          if ((i + 1) % BATCH == 0) {
            ps.executeBatch();
            c.commit();
          }
        }
        ps.executeBatch();
        c.commit();
      }
    }
    double insertSeconds = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    long read = 0;
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
      try (PreparedStatement ps = c.prepareStatement("SELECT ordering, persistence_id, sequence_number, event_ser_id, "
          + "event_ser_manifest, event_payload FROM bench_journal ORDER BY ordering")) {
        ps.setFetchSize(BATCH);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rs.getLong(1);
            rs.getString(2);
            rs.getBytes(6);
            read++;
          }
        }
      }
      c.commit();
    }
    double scanSeconds = (System.nanoTime() - start) / 1e9;
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute("DROP TABLE bench_journal");
    }
    if (read != rows) throw new IllegalStateException("the scan read " + read + " of " + rows + " rows");
    return new Result(rows, insertSeconds, scanSeconds);
  }
}
