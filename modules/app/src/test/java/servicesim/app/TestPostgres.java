package servicesim.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/** A real PostgreSQL server for this module's tests, started once per test JVM; a new database per call. */
final class TestPostgres {

  private static EmbeddedPostgres server;

  private TestPostgres() {}

  /** A JDBC URL (user included) of a new, empty database. */
  static synchronized String newDatabase() throws Exception {
    if (server == null) {
      server = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      }));
    }
    String name = "servicesim_" + Long.toHexString(System.nanoTime());
    try (var c = server.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    return server.getJdbcUrl("postgres", name);
  }
}
