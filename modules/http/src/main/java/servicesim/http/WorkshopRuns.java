package servicesim.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import servicesim.service.Workshops;

/** Scripted runs started over HTTP on this node: one at a time per workshop, with how they went. */
public final class WorkshopRuns {

  /** A run's state as clients see it. */
  public record Status(String state, int sessions, int done, List<String> failures) {}

  private final Map<String, Status> byWorkshop = new ConcurrentHashMap<>();

  /** Registers a run unless one is going; false if one is. */
  boolean begin(String workshopId, int sessions) {
    Status running = new Status("running", sessions, 0, List.of());
    Status previous = byWorkshop.putIfAbsent(workshopId, running);
    if (previous == null) return true;
    if ("running".equals(previous.state())) return false;
    return byWorkshop.replace(workshopId, previous, running);
  }

  void progress(String workshopId, int done) {
    byWorkshop.computeIfPresent(workshopId, (k, s) -> new Status(s.state(), s.sessions(), done, s.failures()));
  }

  void finished(String workshopId, CompletionStage<Workshops.Result> run) {
    run.whenComplete((r, e) -> byWorkshop.computeIfPresent(workshopId, (k, s) -> e != null
        ? new Status("failed", s.sessions(), s.done(), List.of(String.valueOf(e.getMessage())))
        : new Status(r.failures().isEmpty() ? "done" : "failed", s.sessions(), r.sessions(), r.failures())));
  }

  public Optional<Status> of(String workshopId) {
    return Optional.ofNullable(byWorkshop.get(workshopId));
  }
}
