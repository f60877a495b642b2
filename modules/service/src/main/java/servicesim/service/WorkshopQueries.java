package servicesim.service;

import java.util.List;
import java.util.Optional;
import servicesim.readside.AuditFilter;
import servicesim.readside.AuditRow;
import servicesim.readside.ReadSide;
import servicesim.readside.WorkshopRow;

/** What trainers read about workshops: the list, a scoreboard, and a workshop's activity in the audit trail. */
public final class WorkshopQueries {

  private final ReadSide readSide;
  private final Scoreboards scoreboards;

  public WorkshopQueries(Node node) {
    this.readSide = node.readSide();
    this.scoreboards = node.scoreboards();
  }

  /** Every workshop the read side knows, newest first. */
  public List<WorkshopRow> all() {
    return readSide.workshops().all();
  }

  public Optional<Scoreboard> scoreboard(String workshopId) {
    return scoreboards.of(workshopId);
  }

  /** The workshop's audit rows after the ordering {@code after}, oldest first. */
  public List<AuditRow> activity(String workshopId, long after, int limit) {
    return readSide.audit().page(new AuditFilter(workshopId, null, null, null, null, null), after, limit);
  }

  /** Where the audit trail ends now: activity after this is new. */
  public long lastActivity() {
    return readSide.audit().maxOrdering();
  }
}
