package servicesim.simulation;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.transcript.EventName;
import servicesim.policy.transcript.SessionEvent;

/** Each event's type is named as its record, the name the journal, the audit trail and clients know it by. */
public class EventNamesTest extends JUnitSuite {

  @Test
  public void everySessionEventIsOfTheTypeNamedAsItsRecord() throws Exception {
    Set<String> records = new TreeSet<>();
    for (Class<?> kind : SessionEvent.class.getPermittedSubclasses()) {
      SessionEvent event = (SessionEvent) blank(kind);
      assertEquals(kind.getSimpleName(), event.eventType().id());
      records.add(kind.getSimpleName());
    }
    assertEquals(records, ids(SessionEvent.Type.values()));
  }

  @Test
  public void everyWorkshopEventIsOfTheTypeNamedAsItsRecord() throws Exception {
    Set<String> records = new TreeSet<>();
    for (Class<?> kind : WorkshopEntity.Event.class.getPermittedSubclasses()) {
      WorkshopEntity.Event event = (WorkshopEntity.Event) blank(kind);
      assertEquals(kind.getSimpleName(), event.eventType().id());
      records.add(kind.getSimpleName());
    }
    assertEquals(records, ids(WorkshopEntity.Event.Type.values()));
  }

  @Test
  public void everyReviewAndCalibrationEventIsOfTheTypeNamedAsItsRecord() throws Exception {
    Set<String> records = new TreeSet<>();
    for (Class<?> kind : ReviewEntity.Event.class.getPermittedSubclasses()) {
      assertEquals(kind.getSimpleName(), ((ReviewEntity.Event) blank(kind)).eventType().id());
      records.add(kind.getSimpleName());
    }
    assertEquals(records, ids(ReviewEntity.Event.Type.values()));
    records.clear();
    for (Class<?> kind : CalibrationEntity.Event.class.getPermittedSubclasses()) {
      assertEquals(kind.getSimpleName(), ((CalibrationEntity.Event) blank(kind)).eventType().id());
      records.add(kind.getSimpleName());
    }
    assertEquals(records, ids(CalibrationEntity.Event.Type.values()));
  }

  private static Set<String> ids(EventName[] names) {
    Set<String> out = new TreeSet<>();
    for (EventName n : names) out.add(n.id());
    return out;
  }

  /** A record with every component at its default value. */
  private static Object blank(Class<?> record) throws Exception {
    RecordComponent[] components = record.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = types[i] == int.class ? 0 : types[i] == long.class ? 0L : types[i] == boolean.class ? false : null;
    }
    Constructor<?> canonical = record.getDeclaredConstructor(types);
    return canonical.newInstance(values);
  }
}
