package servicesim.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.Home;

/**
 * {@code audit checkpoint} and {@code audit verify --checkpoint} on PostgreSQL, with the data folder (the ledger key's
 * home) set by {@code servicesim.data-folder}: proven intact, then each tamper case named with exit 1.
 */
public class AuditLedgerPostgresCliTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  @After
  public void forgetTheDataFolder() {
    System.clearProperty("servicesim.data-folder");
    ConfigFactory.invalidateCaches();
  }

  @Test
  public void aCheckpointOnPostgresFindsEveryTamperCase() throws Exception {
    Path dir = Files.createTempDirectory("servicesim-ledger-pg-");
    System.setProperty("servicesim.data-folder", dir.resolve("data").toString());
    ConfigFactory.invalidateCaches();
    String db = TestPostgres.newDatabase();
    String scenario = Home.library().resolve("en/refund-defective-unit.yaml").toString();
    CliTest.Result run = CliTest.cli("run", scenario, "--db", db, "--format", "json");
    assertEquals(run.err(), 0, run.exit());
    CliTest.Result again = CliTest.cli("run", scenario, "--db", db, "--format", "json");
    assertEquals(again.err(), 0, again.exit());

    Path checkpoint = dir.resolve("checkpoint.json");
    CliTest.Result made = CliTest.cli("audit", "checkpoint", "--out", checkpoint.toString(), "--db", db);
    assertEquals(made.err(), 0, made.exit());
    assertTrue(made.err(), made.err().contains("Created the ledger signing key in " + dir.resolve("data")));
    assertTrue(Files.exists(dir.resolve("data").resolve("ledger-key")));
    CliTest.Result proven = CliTest.cli("audit", "verify", "--checkpoint", checkpoint.toString(), "--db", db);
    assertEquals(proven.out() + proven.err(), 0, proven.exit());
    assertTrue(proven.out(), proven.out().startsWith("ok: 6 sessions, 2 workshops"));

    String w1 = "refund-defective-unit-1.";
    String w2 = "refund-defective-unit-2.";
    String tail = ".refund-defective-unit";
    try (var c = DriverManager.getConnection(db); var st = c.createStatement()) {
      // a whole session, everywhere
      st.executeUpdate("DELETE FROM event_journal WHERE persistence_id = 'Session|" + w1 + "by-the-book" + tail + "'");
      st.executeUpdate("DELETE FROM audit_events WHERE persistence_id = 'Session|" + w1 + "by-the-book" + tail + "'");
      st.executeUpdate("DELETE FROM sessions WHERE session_id = '" + w1 + "by-the-book" + tail + "'");
      st.executeUpdate("DELETE FROM rule_verdicts WHERE session_id = '" + w1 + "by-the-book" + tail + "'");
      st.executeUpdate("DELETE FROM session_scores WHERE session_id = '" + w1 + "by-the-book" + tail + "'");
      // a session's last event, journal and audit trail
      for (String table : new String[] {"event_journal WHERE sequence_number", "audit_events WHERE seq_nr"}) {
        String column = table.substring(table.lastIndexOf(' ') + 1);
        assertEquals(1, st.executeUpdate("DELETE FROM " + table + " = (SELECT MAX(" + column + ") FROM "
            + table.substring(0, table.indexOf(' ')) + " WHERE persistence_id = 'Session|" + w1 + "reactive" + tail
            + "') AND persistence_id = 'Session|" + w1 + "reactive" + tail + "'"));
      }
      // audit-trail columns
      assertEquals(1, st.executeUpdate("UPDATE audit_events SET trainee_id = 'mallory' WHERE persistence_id = 'Session|"
          + w1 + "policy-bound" + tail + "' AND seq_nr = 2"));
      assertEquals(1, st.executeUpdate("UPDATE audit_events SET event_type = 'CustomerNudged' WHERE persistence_id = "
          + "'Session|" + w1 + "policy-bound" + tail + "' AND seq_nr = 4"));
      // one middle journal row
      assertEquals(1, st.executeUpdate("DELETE FROM event_journal WHERE persistence_id = 'Session|" + w2 + "reactive"
          + tail + "' AND sequence_number = 5"));
      // a stored score
      assertEquals(1, st.executeUpdate("UPDATE session_scores SET score = 100 WHERE session_id = '" + w2
          + "policy-bound" + tail + "'"));
    }

    CliTest.Result plain = CliTest.cli("audit", "verify", "--db", db);
    assertEquals(plain.out() + plain.err(), 1, plain.exit());
    String err = plain.err();
    assertTrue(err, err.contains("session " + w1 + "by-the-book" + tail + ": journal: no events in the journal"));
    assertTrue(err, err.contains("session " + w1 + "reactive" + tail + ": sessions:"));
    assertTrue(err, err.contains("session " + w1 + "policy-bound" + tail + ", event 2: audit trail:")
        && err.contains("trainee_id is 'mallory'"));
    assertTrue(err, err.contains("event_type is 'CustomerNudged'"));
    assertTrue(err, err.contains("session " + w2 + "reactive" + tail + ", event 5: journal: event 5 is missing"));
    assertTrue(err, err.contains("session " + w2 + "policy-bound" + tail + ", event ") && err.contains("score is 100.0"));
    assertFalse(err, err.contains("Exception") || err.contains("out of bounds"));

    CliTest.Result against = CliTest.cli("audit", "verify", "--checkpoint", checkpoint.toString(), "--db", db);
    assertEquals(1, against.exit());
    assertTrue(against.err(), against.err().contains("session " + w1 + "by-the-book" + tail
        + ": checkpoint: no events in the journal; the checkpoint saw"));
    assertTrue(against.err(), against.err().contains("session " + w1 + "reactive" + tail + ", event ")
        && against.err().contains("is gone"));
    assertTrue(against.out(), against.out().contains("signature valid, NOT consistent with today's tree"));
  }
}
