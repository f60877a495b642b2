package servicesim.service;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real databases for tests: an H2 file in a fresh folder, or a PostgreSQL server started for the test run. */
public final class Databases {

  private static EmbeddedPostgres postgres;

  private Databases() {}

  public static String h2() throws IOException {
    Path dir = Files.createTempDirectory("servicesim-h2-");
    return "jdbc:h2:file:" + dir.resolve("db") + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE";
  }

  /** A new, empty database on a PostgreSQL server shared by the tests of this JVM. */
  public static synchronized String postgres() throws Exception {
    if (postgres == null) {
      postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      }));
    }
    String name = "servicesim_" + Long.toHexString(System.nanoTime());
    try (var c = postgres.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    return postgres.getJdbcUrl("postgres", name);
  }

  public static String postgresUser() {
    return "postgres";
  }
}
