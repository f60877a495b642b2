package servicesim.readside;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * How audit rows are exported, the same over HTTP and on the command line: NDJSON (one object per line, the stored
 * event embedded as it is) or CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read every script
 * right; what was said or written in columns of its own, and the whole event as a JSON text column).
 */
public final class AuditFormats {

  private static final JsonFactory JSON = new JsonFactory();

  /** Written before the header: without it, spreadsheets read UTF-8 as a legacy code page and garble Urdu or Greek. */
  public static final String CSV_BOM = "\uFEFF";

  public static final String CSV_HEADER = "ordering,persistence_id,seq_nr,type,session_id,workshop_id,trainee_id,"
      + "occurred_at,prev_hash,hash,subject,text,event\r\n";

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
    String[] said = said(r.payload());
    return r.ordering() + "," + csvField(r.persistenceId()) + "," + r.seqNr() + "," + csvField(r.type()) + ","
        + csvField(r.sessionId()) + "," + csvField(r.workshopId()) + "," + csvField(r.traineeId()) + ","
        + r.occurredAt() + "," + csvField(r.prevHash()) + "," + csvField(r.hash()) + "," + csvField(said[0]) + ","
        + csvField(said[1]) + "," + csvField(r.payload()) + "\r\n";
  }

  /**
   * The subject and text of what an event says: a message's, a nudge's or a hang-up's {@code text}, or an action's
   * {@code fields.text} (a status update, a message to the customer).
   */
  static String[] said(String payload) {
    String subject = null;
    String text = null;
    String fieldsText = null;
    try (JsonParser p = JSON.createParser(payload)) {
      if (p.nextToken() != JsonToken.START_OBJECT) return new String[] {null, null};
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.getCurrentName();
        JsonToken value = p.nextToken();
        if (name.equals("fields") && value == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.getCurrentName();
            JsonToken v = p.nextToken();
            if (field.equals("text") && v == JsonToken.VALUE_STRING) fieldsText = p.getText();
            else p.skipChildren();
          }
        } else if (value == JsonToken.VALUE_STRING && name.equals("text")) {
          text = p.getText();
        } else if (value == JsonToken.VALUE_STRING && name.equals("subject")) {
          subject = p.getText();
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String[] {subject, text != null ? text : fieldsText};
  }

  public static String csvField(String s) {
    if (s == null) return "";
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
