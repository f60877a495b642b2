package servicesim.service;

import java.util.LinkedHashMap;
import java.util.Map;
import servicesim.readside.ReadSide;
import servicesim.readside.SessionRow;
import servicesim.readside.WorkshopRow;

/** Reads trainees' progress across workshops from the read side. */
public final class Progresses {

  private final ReadSide readSide;

  public Progresses(ReadSide readSide) {
    this.readSide = readSide;
  }

  /**
   * Every session of the trainee with its score, and each rule's pass rate over the last {@code last} scored ones;
   * {@code ownView}: the trainee reads it, so scores of assessments not released yet are left out. Only the sessions
   * {@code keep} keeps count (a trainee's own view keeps those they played themselves).
   */
  public Progress of(String traineeId, int last, boolean ownView, java.util.function.Predicate<SessionRow> keep) {
    var sessions = readSide.sessions().byTrainee(traineeId).stream().filter(keep).toList();
    Map<String, WorkshopRow> workshops = new LinkedHashMap<>();
    for (SessionRow s : sessions) {
      workshops.computeIfAbsent(s.workshopId(), id -> readSide.workshops().get(id).orElse(null));
    }
    return Progress.of(traineeId, sessions, readSide.scores().forTrainee(traineeId), workshops, last, ownView);
  }
}
