package servicesim.readside;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.LoggerFactory;

/**
 * The database under everything: journal, snapshots, projection offsets and read models. An embedded H2 file under
 * {@code ./data/} by default; PostgreSQL for scale. One pool here for the read side; the journal plugin gets the same
 * URL through {@link #akkaConfig()}.
 */
public final class Database implements AutoCloseable {

  public enum Vendor {
    H2("h2", "slick.jdbc.H2Profile$", "org.h2.Driver", "h2-dialect"),
    POSTGRES("postgres", "slick.jdbc.PostgresProfile$", "org.postgresql.Driver", "postgres-dialect");

    final String migrations;
    final String slickProfile;
    final String driver;
    final String projectionDialect;

    Vendor(String migrations, String slickProfile, String driver, String projectionDialect) {
      this.migrations = migrations;
      this.slickProfile = slickProfile;
      this.driver = driver;
      this.projectionDialect = projectionDialect;
    }
  }

  /** The embedded default: a file under ./data/, reachable from a second process while the first runs. */
  public static final String DEFAULT_URL =
      "jdbc:h2:file:./data/servicesim;AUTO_SERVER=TRUE;DATABASE_TO_LOWER=TRUE";

  private static final int H2_SCHEMA_NOT_FOUND = 90079;
  private static final int H2_DATABASE_IN_USE = 90020;
  private static final int H2_DATABASE_CLOSED = 90121;

  private final String url;
  private final String user;
  private final String password;
  private final Vendor vendor;
  private final int poolSize;
  private final HikariDataSource dataSource;
  private final H2Compaction compaction;
  private static final long COMPACT_EVERY_MILLIS = 5_000;

  private Database(String url, String user, String password, int poolSize) {
    this.url = vendorOf(url) == Vendor.H2 ? withH2Settings(url) : url;
    this.user = user;
    this.password = password;
    this.poolSize = poolSize;
    this.vendor = vendorOf(url);
    if (vendor == Vendor.H2) createParentFolder(this.url);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(this.url);
    config.setUsername(user);
    config.setPassword(password);
    config.setDriverClassName(vendor.driver);
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(1);
    config.setPoolName("servicesim-readside");
    config.setAutoCommit(true);
    try {
      this.dataSource = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw cannotOpen(e);
    }
    this.compaction = h2Path(this.url).isPresent() ? new H2Compaction(dataSource, COMPACT_EVERY_MILLIS) : null;
  }

  private DatabaseException cannotOpen(RuntimeException e) {
    SQLException sql = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) sql = s;
    }
    if (sql != null && vendor == Vendor.H2 && sql.getErrorCode() == H2_SCHEMA_NOT_FOUND) {
      return new DatabaseException("the H2 database " + h2File().map(Path::toString).orElse(displayUrl()) + " was made without "
          + "lower-case names (from a URL without DATABASE_TO_LOWER=TRUE, by an earlier version): if it holds nothing you "
          + "need, delete it and start again", e);
    }
    if (sql != null && vendor == Vendor.H2 && sql.getErrorCode() == H2_DATABASE_IN_USE) {
      return new DatabaseException("the H2 database " + h2File().map(Path::toString).orElse(displayUrl()) + " is open in another "
          + "process that did not share it (its URL has AUTO_SERVER=FALSE or FILE_LOCK): stop that process first", e);
    }
    String reason = sql != null ? sql.getMessage() : e.getMessage();
    return new DatabaseException("cannot open the database " + displayUrl() + ": " + firstLine(reason), e);
  }

  public static Database open(String url, String user, String password, int poolSize) {
    return new Database(url, user == null ? "" : user, password == null ? "" : password, poolSize);
  }

  /**
   * Applies the versioned migrations (journal, offsets, read models) the database does not have yet, all or none: on
   * PostgreSQL in one transaction; on H2, which commits each schema change at once, a new database that fails to
   * migrate is emptied again, and an existing one that an earlier failure left half-way is named with its fix.
   */
  public Database migrate() {
    Flyway flyway = Flyway.configure()
        .loggers("slf4j")
        .dataSource(dataSource)
        .locations("classpath:db/migration/" + vendor.migrations)
        .group(true)
        .load();
    Optional<MigrationInfo> failed;
    MigrationInfoService info;
    try {
      info = flyway.info();
      failed = Arrays.stream(info.all()).filter(m -> m.getState() == MigrationState.FAILED).findFirst();
    } catch (FlywayException e) {
      throw new DatabaseException("cannot read the schema history of " + displayUrl() + ": "
          + flywayReason(e.getMessage()), e);
    }
    if (failed.isPresent()) {
      throw new DatabaseException("the database " + displayUrl() + " stopped half-way through migration V"
          + failed.get().getVersion() + " (" + failed.get().getDescription() + ") in an earlier start: restore it from "
          + "a backup, or, if it holds nothing you need, " + (vendor == Vendor.H2 ? "delete " + h2File().map(Path::toString).orElse("its file")
          : "drop its tables") + " and start again");
    }
    // up to date: migrating would only scan and validate everything a second time
    if (Arrays.stream(info.all()).allMatch(m -> m.getState().isApplied() && m.getState().isResolved())) return this;
    boolean fresh = vendor == Vendor.H2 && tableCount() == 0;
    try {
      flyway.migrate();
    } catch (FlywayException e) {
      if (fresh) dropEverything();
      String reason = flywayReason(e.getMessage());
      throw new DatabaseException("migrating the database " + displayUrl() + " failed: " + reason
          + (fresh ? " (nothing was kept: the database is empty again)" : ""), e);
    }
    return this;
  }

  private int tableCount() {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
            + "CURRENT_SCHEMA")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new DatabaseException("cannot read the tables of " + displayUrl() + ": " + firstLine(e.getMessage()), e);
    }
  }

  private void dropEverything() {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      st.execute("DROP ALL OBJECTS");
    } catch (SQLException e) {
      LoggerFactory.getLogger(Database.class).warn("could not empty the database after a failed migration: {}",
          e.getMessage());
    }
  }

  /** The file an H2 URL names, when it names one. */
  public Optional<Path> h2File() {
    if (vendor != Vendor.H2) return Optional.empty();
    return h2Path(url).map(p -> Path.of(p + ".mv.db").toAbsolutePath().normalize());
  }

  /** Flyway's message without its advertisement and its generic first line. */
  private static String flywayReason(String message) {
    if (message == null) return "unknown error";
    List<String> lines = new ArrayList<>();
    for (String line : message.strip().split("\\R")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("Need more flexibility") || l.contains("rd.gt/")
          || l.equals("Validate failed: Migrations have failed validation")) {
        continue;
      }
      lines.add(l.replaceAll(" \\[[0-9]+-[0-9]+\\]$", ""));
      if (lines.size() == 3) break;
    }
    return lines.isEmpty() ? "unknown error" : String.join(" ", lines);
  }

  private static String firstLine(String message) {
    if (message == null) return "unknown error";
    String line = message.strip().split("\\R", 2)[0];
    return line.replaceAll(" \\[[0-9]+-[0-9]+\\]$", "");
  }

  /** Settings for the journal, snapshot store, read journal and projections on this database. */
  public Config akkaConfig() {
    Map<String, Object> m = new HashMap<>();
    String db = "akka-persistence-jdbc.shared-databases.servicesim";
    m.put(db + ".profile", vendor.slickProfile);
    m.put(db + ".db.url", url);
    m.put(db + ".db.user", user);
    m.put(db + ".db.password", password);
    m.put(db + ".db.driver", vendor.driver);
    m.put("akka.projection.jdbc.dialect", vendor.projectionDialect);
    m.put("akka.projection.jdbc.blocking-jdbc-dispatcher.thread-pool-executor.fixed-pool-size", poolSize);
    return ConfigFactory.parseMap(m).withFallback(ConfigFactory.parseResources("persistence.conf"));
  }

  /** The bytes the database takes on disk: its file on H2, the database's size on PostgreSQL. */
  public long sizeOnDisk() {
    Optional<Path> file = h2File();
    try {
      if (file.isPresent()) return Files.size(file.get());
      if (vendor == Vendor.H2) return 0;
      try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT pg_database_size(current_database())")) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (java.io.IOException | SQLException e) {
      throw new DatabaseException("cannot measure the size of " + displayUrl() + ": " + e.getMessage(), e);
    }
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public Vendor vendor() {
    return vendor;
  }

  public String url() {
    return url;
  }

  /** The URL with any password masked, to name the database in messages. */
  public String displayUrl() {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  @Override
  public void close() {
    if (compaction != null) compaction.close();
    dataSource.close();
  }

  /** What compacting gave: the database's size before and after, in bytes. */
  public record Compacted(long before, long after) {}

  /**
   * Rewrites the database into as little space as its live data needs, and closes it. An H2 file is rewritten whole
   * ({@code SHUTDOWN COMPACT}): the chunks that commits left behind are gone, and the file shrinks to its live data.
   * This needs the file to itself, so it is refused while another process has it open. PostgreSQL reclaims space on
   * its own (autovacuum); here it is vacuumed at once, without locking anyone out.
   */
  public Compacted compact() {
    if (compaction != null) compaction.close();
    try {
      if (vendor == Vendor.POSTGRES) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
          long before = pgSize(st);
          st.execute("VACUUM (ANALYZE)");
          return new Compacted(before, pgSize(st));
        } finally {
          dataSource.close();
        }
      }
      dataSource.close();
      Path file = h2File().orElseThrow(() -> new DatabaseException("only a database in a file can be compacted: "
          + displayUrl()));
      long before = java.nio.file.Files.size(file);
      // a connection of its own: the statement closes the database under it, and closing it then may fail
      Connection c = java.sql.DriverManager.getConnection(url, user, password);
      try {
        if (!(c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal)) {
          throw new DatabaseException("the H2 database " + file + " is open in another process: stop it first "
              + "(compacting rewrites the whole file)");
        }
        c.createStatement().execute("SHUTDOWN COMPACT");
      } catch (SQLException e) {
        if (e.getErrorCode() != H2_DATABASE_CLOSED) throw e;
      } finally {
        try {
          c.close();
        } catch (SQLException e) {
          // already closed by the shutdown
        }
      }
      return new Compacted(before, java.nio.file.Files.size(file));
    } catch (SQLException | java.io.IOException e) {
      throw new DatabaseException("compacting " + displayUrl() + " failed: " + firstLine(e.getMessage()), e);
    }
  }

  private static long pgSize(Statement st) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT pg_database_size(current_database())")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * H2 settings the system relies on, added unless the URL sets them itself. {@code DATABASE_TO_LOWER=TRUE}: the
   * schema, the journal plugin and the queries use lower-case names. {@code WRITE_DELAY=0}: a commit reaches the file
   * before it returns, so a process killed right after persisting an event still has it (H2's default writes commits
   * in the background up to half a second later). {@code LOCK_TIMEOUT}: projections commit concurrently, so a writer
   * waits for a lock rather than failing at once. {@code AUTO_SERVER=TRUE} on a file
   * (unless the URL keeps the database open past the JVM's exit, which H2 does not allow with it): a second process
   * (an audit, or one told that the database is in use) reaches it through the first.
   */
  static String withH2Settings(String url) {
    Map<String, String> given = h2Settings(url);
    if ("FALSE".equalsIgnoreCase(given.get("DATABASE_TO_LOWER"))) {
      throw new DatabaseException("ServiceSim needs H2's lower-case names: remove DATABASE_TO_LOWER=FALSE from " + url);
    }
    StringBuilder u = new StringBuilder(url);
    if (!given.containsKey("DATABASE_TO_LOWER")) u.append(";DATABASE_TO_LOWER=TRUE");
    if (!given.containsKey("WRITE_DELAY")) u.append(";WRITE_DELAY=0");
    if (!given.containsKey("LOCK_TIMEOUT")) u.append(";LOCK_TIMEOUT=10000");
    if (h2Path(url).isPresent() && !given.containsKey("AUTO_SERVER") && !given.containsKey("FILE_LOCK")
        && !"FALSE".equalsIgnoreCase(given.get("DB_CLOSE_ON_EXIT"))) {
      u.append(";AUTO_SERVER=TRUE");
    }
    return u.toString();
  }

  /** The settings after the first ';' of an H2 URL, by upper-case name. */
  static Map<String, String> h2Settings(String url) {
    Map<String, String> out = new HashMap<>();
    String[] parts = url.split(";");
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].split("=", 2);
      if (!kv[0].isBlank()) out.put(kv[0].strip().toUpperCase(Locale.ROOT), kv.length > 1 ? kv[1].strip() : "");
    }
    return out;
  }

  /** The path of an embedded H2 file database (without {@code .mv.db}); empty for in-memory and server URLs. */
  /** Whether the URL names an H2 file that does not exist yet. */
  public static boolean newH2File(String url) {
    return h2Path(url).map(p -> !java.nio.file.Files.exists(Path.of(p + ".mv.db"))).orElse(false);
  }

  static Optional<String> h2Path(String url) {
    if (!url.startsWith("jdbc:h2:")) return Optional.empty();
    String rest = url.substring("jdbc:h2:".length()).split(";", 2)[0];
    if (rest.startsWith("file:")) return Optional.of(rest.substring("file:".length()));
    if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:") || rest.startsWith("zip:")
        || rest.startsWith("split:") || rest.startsWith("nio")) {
      return Optional.empty();
    }
    return Optional.of(rest);
  }

  static Vendor vendorOf(String url) {
    if (url.startsWith("jdbc:h2:")) return Vendor.H2;
    if (url.startsWith("jdbc:postgresql:")) return Vendor.POSTGRES;
    throw new IllegalArgumentException("unsupported database URL '" + url
        + "' (use jdbc:h2:... or jdbc:postgresql://host:port/database)");
  }

  private static void createParentFolder(String url) {
    Optional<String> path = h2Path(url);
    if (path.isEmpty() || path.get().startsWith("~")) return;
    Path parent = Path.of(path.get()).toAbsolutePath().getParent();
    try {
      if (parent != null) Files.createDirectories(parent);
    } catch (java.io.IOException e) {
      throw new DatabaseException("cannot create the database folder " + parent + ": " + e.getMessage(), e);
    }
  }
}
