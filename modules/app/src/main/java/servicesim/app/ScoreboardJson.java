package servicesim.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import servicesim.policy.rules.Evidence;
import servicesim.readside.StoredScore;
import servicesim.service.Scoreboard;

/**
 * The scoreboard in the JSON of DESIGN.md: {@code {"sessions":[{"sessionId","trainee","scenario","policy":{"id",
 * "version"},"score","passed","outcome","rules":[{"id","verdict","critical","weight","evidence":[{"seqNr","text"}],
 * "explanation"}]}]}}. Evidence also carries the matched span's {@code start} and {@code end} when text matched.
 */
final class ScoreboardJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ScoreboardJson() {}

  static String render(Scoreboard board) throws Exception {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("workshopId", board.workshop().workshopId());
    ArrayNode sessions = root.putArray("sessions");
    for (Scoreboard.Entry e : board.sessions()) {
      ObjectNode s = sessions.addObject();
      s.put("sessionId", e.session().sessionId());
      s.put("trainee", e.session().traineeId());
      s.put("scenario", e.session().scenarioId());
      ObjectNode policy = s.putObject("policy");
      policy.put("id", e.score().map(StoredScore::policyId).orElse(e.session().policyId()));
      policy.put("version", e.score().map(StoredScore::policyVersion).orElse(e.session().policyVersion()));
      if (e.score().isEmpty()) {
        s.putNull("score");
        s.putNull("passed");
        s.put("outcome", e.session().outcome());
        s.putArray("rules");
        continue;
      }
      StoredScore score = e.score().get();
      s.put("score", score.score());
      s.put("passed", score.passed());
      s.put("outcome", score.outcome());
      ArrayNode rules = s.putArray("rules");
      for (StoredScore.Verdict v : score.verdicts()) {
        ObjectNode r = rules.addObject();
        r.put("id", v.ruleId());
        r.put("verdict", v.verdict());
        r.put("critical", v.critical());
        r.put("weight", v.weight());
        ArrayNode evidence = r.putArray("evidence");
        for (Evidence ev : v.evidence()) {
          ObjectNode x = evidence.addObject();
          x.put("seqNr", ev.seqNr());
          x.put("text", ev.text());
          if (ev.start() != null) x.put("start", ev.start());
          if (ev.end() != null) x.put("end", ev.end());
        }
        r.put("explanation", v.explanation());
      }
    }
    return MAPPER.writeValueAsString(root);
  }
}
