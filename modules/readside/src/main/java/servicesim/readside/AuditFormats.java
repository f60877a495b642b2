package servicesim.readside;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * How audit rows are exported, the same over HTTP and on the command line: NDJSON (one object per line, the stored
 * event embedded as it is) or CSV (RFC 4180, the event as a JSON text column).
 */
public final class AuditFormats {

  private static final JsonFactory JSON = new JsonFactory();

  public static final String CSV_HEADER =
      "ordering,persistence_id,seq_nr,type,session_id,workshop_id,trainee_id,occurred_at,prev_hash,hash,event\r\n";

  private AuditFormats() {}

  public static String ndjson(AuditRow r) {
    StringWriter w = new StringWriter(r.payload().length() + 320);
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeNumberField("ordering", r.ordering());
      g.writeStringField("persistenceId", r.persistenceId());
      g.writeNumberField("seqNr", r.seqNr());
      g.writeStringField("type", r.type());
      g.writeStringField("sessionId", r.sessionId());
      g.writeStringField("workshopId", r.workshopId());
      g.writeStringField("traineeId", r.traineeId());
      g.writeStringField("occurredAt", r.occurredAt().toString());
      g.writeStringField("prevHash", r.prevHash());
      g.writeStringField("hash", r.hash());
      g.writeFieldName("event");
      g.writeRawValue(r.payload());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.append('\n').toString();
  }

  public static String csv(AuditRow r) {
    return r.ordering() + "," + csvField(r.persistenceId()) + "," + r.seqNr() + "," + csvField(r.type()) + ","
        + csvField(r.sessionId()) + "," + csvField(r.workshopId()) + "," + csvField(r.traineeId()) + ","
        + r.occurredAt() + "," + csvField(r.prevHash()) + "," + csvField(r.hash()) + "," + csvField(r.payload()) + "\r\n";
  }

  static String csvField(String s) {
    if (s == null) return "";
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
