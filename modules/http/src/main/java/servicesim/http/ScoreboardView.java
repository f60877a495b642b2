package servicesim.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import servicesim.readside.AuditFormats;
import servicesim.readside.SessionRow;
import servicesim.readside.StoredScore;
import servicesim.readside.TraineeKpi;
import servicesim.readside.WorkshopRow;
import servicesim.service.Scoreboard;

/**
 * A scoreboard as the API sends it: the read models as they are, with every figure the server computes added — KPIs
 * with whether each is met, pass rates, averages, the score distribution and the likely reach of unhappy customers —
 * so that clients display them and compute none. A share with nothing to count is {@code null}, never NaN.
 */
public final class ScoreboardView {

  private ScoreboardView() {}

  public static ObjectNode of(Scoreboard b, ObjectMapper mapper) {
    ObjectNode out = mapper.valueToTree(b);
    Map<String, String> names = new java.util.HashMap<>();
    for (WorkshopRow.Trainee t : b.workshop().trainees()) names.put(t.traineeId(), t.name());

    ArrayNode kpis = out.putArray("kpis");
    for (Scoreboard.Kpi k : b.kpis()) {
      ObjectNode n = kpis.addObject();
      n.put("id", k.id());
      n.put("name", k.name());
      share(n, "share", k.share());
      if (k.goal().isPresent()) n.put("goal", k.goal().get()); else n.putNull("goal");
      if (k.met().isPresent()) n.put("met", k.met().get()); else n.putNull("met");
    }

    ArrayNode trainees = out.putArray("trainees");
    for (TraineeKpi k : b.trainees()) {
      ObjectNode n = mapper.valueToTree(k);
      trainees.add(n);
      n.put("name", names.getOrDefault(k.traineeId(), k.traineeId()));
      n.put("averageScore", k.averageScore());
      n.set("weakest", rates(b.weakest().getOrDefault(k.traineeId(), List.of()), mapper));
    }
    ObjectNode total = out.putObject("total");
    total.setAll((ObjectNode) mapper.valueToTree(b.total()));
    if (b.total().sessions() == 0) total.putNull("averageScore"); else total.put("averageScore", b.total().averageScore());

    out.set("rules", rates(b.rules(), mapper));
    ObjectNode weakest = out.putObject("weakest");
    b.weakest().forEach((trainee, list) -> weakest.set(trainee, rates(list, mapper)));
    out.set("reach", mapper.valueToTree(b.reach()));
    out.set("distribution", mapper.valueToTree(b.distribution()));
    out.set("overridden", mapper.valueToTree(b.overridden()));
    return out;
  }

  /**
   * Which sessions a CSV export keeps, as the scoreboard's filters choose them: a trainee, a scenario, a channel, a
   * result ({@code pass}, {@code fail} — critical failures included —, {@code critical}, {@code unscored}). Null keeps
   * every session.
   */
  record Filter(String trainee, String scenario, String channel, String result) {
    static final java.util.Set<String> RESULTS = java.util.Set.of("pass", "fail", "critical", "unscored");

    boolean keeps(Scoreboard.Entry e) {
      SessionRow s = e.session();
      if (trainee != null && !trainee.equals(s.traineeId())) return false;
      if (scenario != null && !scenario.equals(s.scenarioId())) return false;
      if (channel != null && !channel.equals(s.channel())) return false;
      if (result == null) return true;
      String r = ScoreboardView.result(e);
      return result.equals(r) || (result.equals("fail") && r.equals("critical"));
    }
  }

  /** pass, fail, critical (a critical rule failed) or unscored. */
  static String result(Scoreboard.Entry e) {
    if (e.score().isEmpty()) return "unscored";
    StoredScore s = e.score().get();
    if (s.passed()) return "pass";
    return s.criticalFailures().isEmpty() ? "fail" : "critical";
  }

  static final String CSV_HEADER = "session_id,workshop_id,trainee_id,trainee,scenario_id,scenario,channel,language,"
      + "status,score,result,outcome,critical_failures,failed_rules,started_at,ended_at\r\n";

  /** The scoreboard's sessions as CSV for a spreadsheet: UTF-8 with a byte order mark, ids as they are stored. */
  static String csv(Scoreboard b, Filter filter) {
    StringBuilder out = new StringBuilder(AuditFormats.CSV_BOM).append(CSV_HEADER);
    for (Scoreboard.Entry e : b.sessions()) {
      if (!filter.keeps(e)) continue;
      SessionRow s = e.session();
      Optional<StoredScore> sc = e.score();
      String failed = sc.map(x -> String.join(";", x.verdicts().stream().filter(v -> v.verdict().equals("fail"))
          .map(StoredScore.Verdict::ruleId).toList())).orElse("");
      String status = !s.ended() ? "running" : sc.isEmpty() ? "ended" : "scored";
      List<String> cells = List.of(s.sessionId(), s.workshopId(), s.traineeId(), nonNull(s.traineeName()),
          s.scenarioId(), nonNull(s.scenarioTitle()), s.channel(), s.language(), status,
          sc.map(x -> String.format(java.util.Locale.ROOT, "%.1f", x.score())).orElse(""), result(e),
          sc.map(StoredScore::outcome).orElse(nonNull(s.outcome())),
          sc.map(x -> String.join(";", x.criticalFailures())).orElse(""), failed,
          s.startedAt() == null ? "" : s.startedAt().toString(), s.endedAt() == null ? "" : s.endedAt().toString());
      out.append(String.join(",", cells.stream().map(AuditFormats::csvField).toList())).append("\r\n");
    }
    return out.toString();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static ArrayNode rates(List<Scoreboard.RuleRate> rates, ObjectMapper mapper) {
    ArrayNode out = mapper.createArrayNode();
    for (Scoreboard.RuleRate r : rates) {
      ObjectNode n = mapper.valueToTree(r);
      out.add(n);
      share(n, "passRate", r.passRate());
    }
    return out;
  }

  private static void share(ObjectNode n, String field, double value) {
    if (Double.isNaN(value)) n.putNull(field); else n.put(field, value);
  }
}
