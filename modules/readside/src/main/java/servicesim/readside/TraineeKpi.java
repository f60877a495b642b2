package servicesim.readside;

/**
 * A trainee's aggregate in one workshop under one policy version: the numbers the KPIs and the scoreboard come from.
 */
public record TraineeKpi(String workshopId, String traineeId, String policyId, int policyVersion, int sessions,
    int passed, double scoreSum, int answeredApplicable, int answeredInTime, int satisfied, int complaints,
    int complaintsSatisfied, int hungUp) {

  public double averageScore() {
    return sessions == 0 ? 0 : scoreSum / sessions;
  }

  /** Share of sessions whose first response came within the channel limit (003 goals). */
  public double answeredWithinLimitShare() {
    return answeredApplicable == 0 ? Double.NaN : (double) answeredInTime / answeredApplicable;
  }

  public double satisfiedShare() {
    return sessions == 0 ? Double.NaN : (double) satisfied / sessions;
  }

  /** Share of complaining customers who would buy again: those who ended satisfied (POLICY.md, goals). */
  public double wouldBuyAgainShare() {
    return complaints == 0 ? Double.NaN : (double) complaintsSatisfied / complaints;
  }

  public TraineeKpi plus(TraineeKpi o) {
    return new TraineeKpi(workshopId, "*", policyId, policyVersion, sessions + o.sessions, passed + o.passed,
        scoreSum + o.scoreSum, answeredApplicable + o.answeredApplicable, answeredInTime + o.answeredInTime,
        satisfied + o.satisfied, complaints + o.complaints, complaintsSatisfied + o.complaintsSatisfied,
        hungUp + o.hungUp);
  }

  public static TraineeKpi empty(String workshopId, String policyId, int version) {
    return new TraineeKpi(workshopId, "*", policyId, version, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }
}
