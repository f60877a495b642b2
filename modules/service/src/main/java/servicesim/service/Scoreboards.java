package servicesim.service;

import java.util.Optional;
import servicesim.policy.Goals;
import servicesim.policy.Policy;
import servicesim.readside.ReadSide;
import servicesim.readside.WorkshopRow;

/** Reads workshop scoreboards from the read side. */
public final class Scoreboards {

  private final ReadSide readSide;
  private final servicesim.simulation.Catalog catalog;

  public Scoreboards(ReadSide readSide, servicesim.simulation.Catalog catalog) {
    this.readSide = readSide;
    this.catalog = catalog;
  }

  /** The scoreboard under the policy version the workshop ran with. */
  public Optional<Scoreboard> of(String workshopId) {
    Optional<WorkshopRow> workshop = readSide.workshops().get(workshopId);
    if (workshop.isEmpty()) return Optional.empty();
    WorkshopRow w = workshop.get();
    int v = w.policyVersion();
    Goals goals = catalog.policy(w.policyId(), v).map(Policy::goals).orElse(Goals.NONE);
    return Optional.of(Scoreboard.of(w, goals, readSide.sessions().byWorkshop(workshopId),
        readSide.scores().forWorkshop(workshopId, w.policyId(), v),
        readSide.kpis().forWorkshop(workshopId, w.policyId(), v),
        readSide.kpis().workshopTotal(workshopId, w.policyId(), v),
        readSide.scores().ruleCounts(workshopId, w.policyId(), v)));
  }
}
