package servicesim.readside;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;

/** The CSV export: what was said in its own columns, quoted as RFC 4180 asks, the whole event last. */
public class AuditFormatsTest extends JUnitSuite {

  private static AuditRow row(String type, String payload) {
    return new AuditRow(7, "Session|w-1.ana.s", 3, type, "w-1.ana.s", "w-1", "ana",
        Instant.parse("2026-11-23T09:00:00Z"), payload, "p", "h");
  }

  @Test
  public void aMessageHasItsSubjectAndTextInColumnsOfTheirOwn() {
    String csv = AuditFormats.csv(row("AgentMessageSent",
        "{\"text\":\"میں ثنا ہوں، \\\"جی\\\"\\nکیا مدد کروں؟\",\"subject\":\"Re: order, late\",\"acts\":[\"own-name\"]}"));
    assertTrue(csv, csv.startsWith("7,Session|w-1.ana.s,3,AgentMessageSent,w-1.ana.s,w-1,ana,2026-11-23T09:00:00Z,p,h,"
        + "\"Re: order, late\",\"میں ثنا ہوں، \"\"جی\"\"\nکیا مدد کروں؟\",\"{"));
    assertTrue(csv.endsWith("}\"\r\n"));
  }

  @Test
  public void anActionGivesItsTextFieldAndOtherEventsLeaveTheColumnsEmpty() {
    assertNull(AuditFormats.said("{\"type\":\"resolve\",\"fields\":{\"how\":\"refund\"}}")[1]);
    assertEquals("We are on it", AuditFormats.said("{\"type\":\"status-update\",\"fields\":{\"text\":\"We are on it\"}}")[1]);
    String csv = AuditFormats.csv(row("CustomerMoodChanged", "{\"moodBefore\":-1,\"moodAfter\":0,\"cause\":\"apology\"}"));
    assertTrue(csv, csv.contains(",p,h,,,\"{"));
  }

  @Test
  public void theHeaderNamesTheColumnsInOrderAndTheByteOrderMarkComesFirst() {
    assertEquals("ordering,persistence_id,seq_nr,type,session_id,workshop_id,trainee_id,occurred_at,prev_hash,hash,"
        + "subject,text,event\r\n", AuditFormats.CSV_HEADER);
    assertEquals("\uFEFF", AuditFormats.CSV_BOM);
  }
}
