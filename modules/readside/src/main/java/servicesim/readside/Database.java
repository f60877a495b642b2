package servicesim.readside;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

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

  private final String url;
  private final String user;
  private final String password;
  private final Vendor vendor;
  private final int poolSize;
  private final HikariDataSource dataSource;

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
    this.dataSource = new HikariDataSource(config);
  }

  public static Database open(String url, String user, String password, int poolSize) {
    return new Database(url, user == null ? "" : user, password == null ? "" : password, poolSize);
  }

  /** Applies the versioned migrations (journal, offsets, read models) the database does not have yet. */
  public Database migrate() {
    Flyway.configure()
        .loggers("slf4j")
        .dataSource(dataSource)
        .locations("classpath:db/migration/" + vendor.migrations)
        .load()
        .migrate();
    return this;
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

  public DataSource dataSource() {
    return dataSource;
  }

  public Vendor vendor() {
    return vendor;
  }

  public String url() {
    return url;
  }

  @Override
  public void close() {
    dataSource.close();
  }

  /**
   * H2 settings the system relies on, unless the URL sets them itself. {@code WRITE_DELAY=0}: a commit reaches the file
   * before it returns, so a process killed right after persisting an event still has it (H2's default writes commits
   * in the background up to half a second later). {@code LOCK_TIMEOUT}: projections commit concurrently, so a writer
   * waits for a lock rather than failing at once.
   */
  static String withH2Settings(String url) {
    String upper = url.toUpperCase(Locale.ROOT);
    StringBuilder u = new StringBuilder(url);
    if (!upper.contains("WRITE_DELAY")) u.append(";WRITE_DELAY=0");
    if (!upper.contains("LOCK_TIMEOUT")) u.append(";LOCK_TIMEOUT=10000");
    return u.toString();
  }

  static Vendor vendorOf(String url) {
    if (url.startsWith("jdbc:h2:")) return Vendor.H2;
    if (url.startsWith("jdbc:postgresql:")) return Vendor.POSTGRES;
    throw new IllegalArgumentException("unsupported database URL '" + url
        + "' (use jdbc:h2:... or jdbc:postgresql://host:port/database)");
  }

  private static void createParentFolder(String url) {
    String prefix = "jdbc:h2:file:";
    if (!url.startsWith(prefix)) return;
    String path = url.substring(prefix.length()).split(";", 2)[0];
    Path parent = Path.of(path).toAbsolutePath().getParent();
    try {
      if (parent != null) Files.createDirectories(parent);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot create the database folder " + parent + ": " + e.getMessage(), e);
    }
  }
}
