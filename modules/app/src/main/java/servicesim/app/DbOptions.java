package servicesim.app;

import com.typesafe.config.ConfigFactory;
import picocli.CommandLine.Option;
import servicesim.service.Settings;

/** Where the data lives: {@code --db} (or SERVICESIM_DB_URL), the embedded H2 file under ./data/ by default. */
public final class DbOptions {

  @Option(names = "--db", paramLabel = "URL",
      description = "JDBC URL of the database (default: embedded H2 under ./data/; "
          + "PostgreSQL: jdbc:postgresql://host:5432/servicesim). Also SERVICESIM_DB_URL.")
  String url;

  @Option(names = "--db-user", paramLabel = "USER", description = "Database user (also SERVICESIM_DB_USER).")
  String user;

  @Option(names = "--db-password", paramLabel = "PASSWORD",
      description = "Database password (prefer SERVICESIM_DB_PASSWORD: command lines are visible to other users).")
  String password;

  public Settings settings() {
    Settings configured = Settings.of(ConfigFactory.load());
    return url == null && user == null && password == null ? configured
        : configured.withDb(url == null ? configured.dbUrl() : url, user, password);
  }
}
