package servicesim.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.readside.Database;
import servicesim.readside.DatabaseException;

/** Any H2 URL gets the settings the system relies on, and a database no migration can finish is named with its fix. */
public class DatabaseUrlTest extends JUnitSuite {

  @Test
  public void aPlainFileUrlGetsLowerCaseNamesDurableCommitsAndSharing() throws Exception {
    Path dir = Files.createTempDirectory("servicesim-url-");
    try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("db"), "", "", 2)) {
      String url = db.url();
      for (String setting : new String[] {";DATABASE_TO_LOWER=TRUE", ";WRITE_DELAY=0", ";LOCK_TIMEOUT=10000",
          ";AUTO_SERVER=TRUE"}) {
        assertTrue(url, url.contains(setting));
      }
      db.migrate();
      try (var c = db.dataSource().getConnection(); var rs = c.createStatement().executeQuery(
          "SELECT COUNT(*) FROM event_journal")) {
        assertTrue(rs.next());
      }
    }
  }

  @Test
  public void settingsTheUrlGivesAreKeptAndLowerCaseNamesCannotBeTurnedOff() throws Exception {
    Path dir = Files.createTempDirectory("servicesim-url-");
    String given = "jdbc:h2:file:" + dir.resolve("db") + ";write_delay=100;DB_CLOSE_ON_EXIT=FALSE";
    try (Database db = Database.open(given, "", "", 1)) {
      assertTrue(db.url().startsWith(given));
      assertTrue(db.url(), !db.url().contains("WRITE_DELAY=0") && !db.url().contains("AUTO_SERVER"));
    }
    try (Database mem = Database.open("jdbc:h2:mem:servicesim-url-test", "", "", 1)) {
      assertTrue(mem.url(), !mem.url().contains("AUTO_SERVER"));
    }
    DatabaseException e = org.junit.Assert.assertThrows(DatabaseException.class,
        () -> Database.open("jdbc:h2:file:" + dir.resolve("other") + ";DATABASE_TO_LOWER=FALSE", "", "", 1));
    assertTrue(e.getMessage(), e.getMessage().contains("remove DATABASE_TO_LOWER=FALSE"));
  }

  @Test
  public void aDatabaseLeftHalfMigratedIsNamedWithItsFix() throws Exception {
    Path dir = Files.createTempDirectory("servicesim-url-");
    String url = "jdbc:h2:file:" + dir.resolve("db") + ";DATABASE_TO_LOWER=TRUE";
    try {
      Flyway.configure().dataSource(url, "", "").locations("classpath:db/broken").load().migrate();
    } catch (RuntimeException expected) {
      // H2 kept the first statement and Flyway recorded the migration as failed
    }
    try (Database db = Database.open(url, "", "", 2)) {
      DatabaseException e = org.junit.Assert.assertThrows(DatabaseException.class, db::migrate);
      assertTrue(e.getMessage(), e.getMessage().contains("stopped half-way through migration V1"));
      assertTrue(e.getMessage(), e.getMessage().contains("delete " + dir.resolve("db.mv.db")));
      assertEquals(1, e.getMessage().split("\n").length);
    }
  }
}
