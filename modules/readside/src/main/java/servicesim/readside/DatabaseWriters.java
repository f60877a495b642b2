package servicesim.readside;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processes writing a database. Nodes of one cluster share it; a process of another cluster (a second
 * {@code run} or {@code serve} started on the same database) would write the same journal and read models beside the
 * first without coordination, so it is refused at once with the name of the process that holds the database. A
 * writer is registered while it runs and seen again every few seconds; a killed one is forgotten once its process is
 * gone (same host) or after {@link #STALE_SECONDS}.
 */
public final class DatabaseWriters {

  /** A process writing the database. */
  public record Writer(String id, String cluster, String host, long pid, String command, String runId,
      Instant startedAt) {

    /** For the operator: which process, since when, doing what. */
    public String describe() {
      String since = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault())
          .format(startedAt);
      return "`" + command + "` (pid " + pid + " on " + host + ", since " + since + ")"
          + (runId == null ? "" : ", which is running " + runId);
    }
  }

  static final int STALE_SECONDS = 15;
  private static final int HEARTBEAT_SECONDS = 5;
  private static final Logger log = LoggerFactory.getLogger(DatabaseWriters.class);
  private static volatile String command = "a ServiceSim process";

  private final DataSource dataSource;
  private final String host = hostName();
  private final long pid = ProcessHandle.current().pid();

  public DatabaseWriters(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** How this process is named to others (the command line, without secrets). */
  public static void describeThisProcess(String commandLine) {
    command = commandLine.length() > 1000 ? commandLine.substring(0, 1000) : commandLine;
  }

  /**
   * Registers this process as a writer of the database for {@code cluster}; refused when a live process of another
   * cluster writes it.
   */
  public Registration register(String cluster) {
    String id = UUID.randomUUID().toString();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Sql.update(c, "UPDATE database_writers_lock SET id = 1 WHERE id = 1");
        forgetGone(c);
        Optional<Writer> other = live(c).stream().filter(w -> !w.cluster().equals(cluster)).findFirst();
        if (other.isPresent()) {
          c.rollback();
          throw new DatabaseException("the database is in use by " + other.get().describe() + ": wait for it to "
              + "finish or stop it, or use another --db");
        }
        Sql.update(c, "INSERT INTO database_writers (writer_id, cluster, host, pid, command, run_id, started_at, "
            + "seen_at) VALUES (?, ?, ?, ?, ?, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", id, cluster, host, pid,
            command);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new ReadModelException(e);
    }
    return new Registration(id, cluster);
  }

  /** The live writers, oldest first. */
  public List<Writer> live() {
    try (Connection c = dataSource.getConnection()) {
      return live(c);
    } catch (SQLException e) {
      throw new ReadModelException(e);
    }
  }

  private List<Writer> live(Connection c) throws SQLException {
    List<Writer> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT writer_id, cluster, host, pid, command, run_id, started_at "
        + "FROM database_writers WHERE seen_at >= CURRENT_TIMESTAMP - INTERVAL '" + STALE_SECONDS + "' SECOND "
        + "ORDER BY started_at");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Writer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
            rs.getString(6), Sql.instant(rs, "started_at")));
      }
    }
    return out;
  }

  /** Forgets writers not seen for a while, and those of this host whose process has gone (killed, crashed). */
  private void forgetGone(Connection c) throws SQLException {
    Sql.update(c, "DELETE FROM database_writers WHERE seen_at < CURRENT_TIMESTAMP - INTERVAL '" + STALE_SECONDS
        + "' SECOND");
    for (Writer w : live(c)) {
      if (w.host().equals(host) && w.pid() != pid && ProcessHandle.of(w.pid()).map(p -> !p.isAlive()).orElse(true)) {
        Sql.update(c, "DELETE FROM database_writers WHERE writer_id = ?", w.id());
      }
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      return "localhost";
    }
  }

  /** This process's entry: seen again every few seconds until closed. */
  public final class Registration implements AutoCloseable {
    private final String id;
    private final String cluster;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "servicesim-writer-heartbeat");
      t.setDaemon(true);
      return t;
    });

    private Registration(String id, String cluster) {
      this.id = id;
      this.cluster = cluster;
      heartbeat.scheduleWithFixedDelay(this::seen, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    private void seen() {
      try (Connection c = dataSource.getConnection()) {
        Sql.update(c, "UPDATE database_writers SET seen_at = CURRENT_TIMESTAMP WHERE writer_id = ?", id);
      } catch (Exception e) {
        log.debug("could not renew this writer's entry: {}", e.getMessage());
      }
    }

    /** The run this process is playing, or null once it is done: others are told of it. */
    public void running(String runId) {
      try (Connection c = dataSource.getConnection()) {
        Sql.update(c, "UPDATE database_writers SET run_id = ? WHERE writer_id = ?", runId, id);
      } catch (SQLException e) {
        throw new ReadModelException(e);
      }
    }

    /** Another live process of this cluster that is running a run of this workshop file, if any. */
    public Optional<Writer> runningElsewhere(String definitionId) {
      return live().stream().filter(w -> !w.id().equals(id) && w.runId() != null
          && w.runId().startsWith(definitionId + "-") && w.runId().substring(definitionId.length() + 1)
          .matches("\\d+")).findFirst();
    }

    public String cluster() {
      return cluster;
    }

    @Override
    public void close() {
      heartbeat.shutdownNow();
      try (Connection c = dataSource.getConnection()) {
        Sql.update(c, "DELETE FROM database_writers WHERE writer_id = ?", id);
      } catch (Exception e) {
        log.debug("could not remove this writer's entry: {}", e.getMessage());
      }
    }
  }
}
