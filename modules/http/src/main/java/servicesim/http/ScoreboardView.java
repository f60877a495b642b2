package servicesim.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
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
    return out;
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
