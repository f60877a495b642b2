package servicesim.ledger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.BeforeClass;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;

/**
 * A journal of three sessions and a workshop, a checkpoint of it, then each way an insider with the database can
 * change history: every one is found and named, none stops the check, and a journal that only grew passes.
 */
public class JournalAuditTest extends JUnitSuite {

  private static LedgerKey key;
  private static List<JournalAudit.Row> journal;
  private static Checkpoint checkpoint;

  @BeforeClass
  public static void takeACheckpoint() throws Exception {
    key = LedgerKey.loadOrCreate(Files.createTempDirectory("journal-audit-").resolve(LedgerKey.FILE)).key();
    journal = new ArrayList<>();
    long ordering = 1;
    journal.add(row(ordering++, "Workshop|w-1", 1, "WorkshopCreated", "{\"title\":\"Monday\"}"));
    for (int seq = 1; seq <= 5; seq++) {
      for (String s : List.of("a", "b", "c")) {
        journal.add(row(ordering++, "Session|w-1." + s, seq, "Event", "{\"text\":\"" + s + seq + "\"}"));
      }
    }
    JournalAudit audit = new JournalAudit(Optional.empty());
    journal.forEach(audit::add);
    JournalAudit.Result result = audit.finish(key.publicKey());
    assertEquals(List.of(), result.findings());
    checkpoint = Checkpoint.sign(result.treeSize(), result.root(), Instant.parse("2026-11-23T10:00:00Z"),
        result.heads(), key);
  }

  private static JournalAudit.Row row(long ordering, String id, long seq, String manifest, String json) {
    return new JournalAudit.Row(ordering, id, seq, manifest, json.getBytes(StandardCharsets.UTF_8), false);
  }

  private static List<JournalAudit.Finding> audit(UnaryOperator<List<JournalAudit.Row>> tamper, Checkpoint cp) {
    JournalAudit audit = new JournalAudit(Optional.ofNullable(cp));
    tamper.apply(new ArrayList<>(journal)).forEach(audit::add);
    return audit.finish(key.publicKey()).findings();
  }

  private static void assertFound(List<JournalAudit.Finding> findings, String id, long seq, String text) {
    assertTrue(findings.toString(), findings.stream().anyMatch(f -> f.persistenceId().equals(id) && f.seqNr() == seq
        && f.reason().contains(text)));
  }

  @Test
  public void aJournalThatOnlyGrewPassesWithItsConsistencyProved() {
    JournalAudit audit = new JournalAudit(Optional.of(checkpoint));
    journal.forEach(audit::add);
    audit.add(row(100, "Session|w-1.a", 6, "Event", "{\"text\":\"a6\"}"));
    audit.add(row(101, "Session|w-1.d", 1, "Event", "{\"text\":\"d1\"}"));
    JournalAudit.Result r = audit.finish(key.publicKey());
    assertEquals(List.of(), r.findings());
    assertTrue(r.checkpoint().orElseThrow().consistent());
    assertEquals(4, r.checkpoint().orElseThrow().headsChecked());
  }

  @Test
  public void aDeletedSessionIsNamed() {
    List<JournalAudit.Finding> f = audit(rows -> {
      rows.removeIf(r -> r.persistenceId().equals("Session|w-1.b"));
      return rows;
    }, checkpoint);
    assertFound(f, "Session|w-1.b", 0, "no events in the journal; the checkpoint saw 5");
    assertFound(f, "", 0, "fewer than the 16");
  }

  @Test
  public void aDeletedLastEventIsNamed() {
    List<JournalAudit.Finding> f = audit(rows -> {
      rows.removeIf(r -> r.persistenceId().equals("Session|w-1.c") && r.seqNr() == 5);
      return rows;
    }, checkpoint);
    assertFound(f, "Session|w-1.c", 5, "event 5 is gone: the journal ends at event 4");
  }

  @Test
  public void aRewrittenAndRechainedEventIsNamedByItsSessionsHead() {
    List<JournalAudit.Finding> f = audit(rows -> {
      rows.replaceAll(r -> r.persistenceId().equals("Session|w-1.a") && r.seqNr() >= 3
          ? row(r.ordering(), r.persistenceId(), r.seqNr(), r.manifest(), "{\"text\":\"forged\"}") : r);
      return rows;
    }, checkpoint);
    assertFound(f, "Session|w-1.a", 5, "differs from the one the checkpoint signed");
    assertFound(f, "", 0, "no longer hash to the checkpoint's root");
  }

  @Test
  public void aMissingMiddleEventAndEventsOutOfOrderAreNamedWithoutACheckpointToo() {
    List<JournalAudit.Finding> gap = audit(rows -> {
      rows.removeIf(r -> r.persistenceId().equals("Session|w-1.a") && r.seqNr() == 3);
      return rows;
    }, null);
    assertEquals(gap.toString(), 1, gap.size());
    assertFound(gap, "Session|w-1.a", 3, "event 3 is missing");
    List<JournalAudit.Finding> swapped = audit(rows -> {
      int i = rows.indexOf(rows.stream().filter(r -> r.persistenceId().equals("Session|w-1.b") && r.seqNr() == 2)
          .findFirst().orElseThrow());
      int j = rows.indexOf(rows.stream().filter(r -> r.persistenceId().equals("Session|w-1.b") && r.seqNr() == 3)
          .findFirst().orElseThrow());
      JournalAudit.Row a = rows.get(i);
      rows.set(i, rows.get(j));
      rows.set(j, a);
      return rows;
    }, checkpoint);
    assertFound(swapped, "Session|w-1.b", 2, "event 2 is missing");
    assertFound(swapped, "Session|w-1.b", 2, "stored after event 3");
    assertFound(swapped, "", 0, "no longer hash to the checkpoint's root");
  }

  @Test
  public void aChangedWorkshopEventBreaksTheRootAndADeletedFlagIsNamed() {
    List<JournalAudit.Finding> f = audit(rows -> {
      rows.set(0, row(1, "Workshop|w-1", 1, "WorkshopCreated", "{\"title\":\"Forged\"}"));
      rows.set(1, new JournalAudit.Row(2, "Session|w-1.a", 1, "Event", rows.get(1).payload(), true));
      return rows;
    }, checkpoint);
    assertFound(f, "Workshop|w-1", 1, "differs from the one the checkpoint signed");
    assertFound(f, "Session|w-1.a", 1, "marked deleted");
  }

  @Test
  public void eventsMovedBetweenSessionsAreFoundByTheirPlaceInTheTree() {
    List<JournalAudit.Finding> f = audit(rows -> {
      // the last events of two sessions trade places in the global order: each is intact, but not where it was
      int last = rows.size() - 1;
      JournalAudit.Row a = rows.get(last);
      rows.set(last, rows.get(last - 1));
      rows.set(last - 1, a);
      return rows;
    }, checkpoint);
    assertFound(f, "", 0, "no longer hash to the checkpoint's root");
    assertFound(f, "Session|w-1.c", 5, "is not where the checkpoint signed it");
    assertFound(f, "Session|w-1.b", 5, "is not where the checkpoint signed it");
  }

  @Test
  public void anAlteredOrForeignCheckpointIsNamed() throws Exception {
    Checkpoint altered = Checkpoint.parse(checkpoint.toJson().replace("\"treeSize\" : 16", "\"treeSize\" : 15"),
        "altered");
    assertFound(audit(rows -> rows, altered), "", 0, "signature does not verify");
    LedgerKey other = LedgerKey.loadOrCreate(Files.createTempDirectory("other-").resolve(LedgerKey.FILE)).key();
    Checkpoint foreign = Checkpoint.sign(checkpoint.treeSize(), checkpoint.root(), checkpoint.time(),
        checkpoint.heads(), other);
    assertFound(audit(rows -> rows, foreign), "", 0, "it names key " + other.keyId());
  }
}
