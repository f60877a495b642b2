package servicesim.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import servicesim.readside.StoredScore;
import servicesim.readside.TraineeKpi;
import servicesim.service.Scoreboard;

/**
 * A workshop report in one HTML file with no outside resources (styles inline, charts as SVG): the scoreboard,
 * per-rule pass rates, each trainee's weak links, outcomes, and the KPIs against the policy's goals.
 */
final class HtmlReport {

  private HtmlReport() {}

  static Path write(Path dir, Scoreboard b, RunTiming timing) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(b.workshop().workshopId() + ".html");
    Files.writeString(file, render(b, timing));
    return file;
  }

  static String render(Scoreboard b, RunTiming timing) {
    StringBuilder h = new StringBuilder(32_000);
    h.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(esc(b.workshop().title())).append(" — ServiceSim report</title><style>")
        .append(CSS).append("</style></head><body><main>");
    h.append("<header><h1 dir=\"auto\">").append(esc(b.workshop().title())).append("</h1><p class=\"meta\">Workshop <b>")
        .append(esc(b.workshop().workshopId())).append("</b> · policy <b>").append(esc(b.policyId())).append('@')
        .append(b.policyVersion()).append("</b> · ").append(esc(b.workshop().mode())).append(" · ")
        .append(b.sessions().size()).append(" sessions");
    if (timing != null) h.append(" · ").append(timing.events()).append(" events");
    h.append(" · started ").append(esc(String.valueOf(b.workshop().createdAt()))).append("</p></header>");

    h.append("<section><h2>KPIs against the policy's goals</h2><div class=\"cards\">");
    for (Scoreboard.Kpi k : b.kpis()) {
      String state = k.met().map(m -> m ? "met" : "below").orElse("none");
      h.append("<div class=\"card ").append(state).append("\"><div class=\"big\">").append(ScoreboardTable.percent(k.share()))
          .append("</div><div>").append(esc(k.name())).append("</div><div class=\"goal\">")
          .append(k.goal().map(g -> "goal " + ScoreboardTable.percent(g) + (!k.measured() ? " · nothing to measure yet"
              : k.met().orElse(false) ? " · met" : " · below")).orElse("no goal set")).append("</div></div>");
    }
    h.append("</div></section>");

    h.append("<section><h2>Scoreboard</h2><table><thead><tr><th>Trainee</th><th>Scenario</th><th>Channel</th>")
        .append("<th>Language</th><th class=\"n\">Score</th><th>Result</th><th>Outcome</th><th>Failed rules</th></tr>")
        .append("</thead><tbody>");
    for (Scoreboard.Entry e : b.sessions()) {
      h.append("<tr><td>").append(esc(e.session().traineeName())).append("</td><td dir=\"auto\">")
          .append(esc(e.session().scenarioTitle() == null ? e.session().scenarioId() : e.session().scenarioTitle()))
          .append("</td><td>").append(esc(e.session().channel())).append("</td><td>").append(esc(e.session().language()))
          .append("</td>");
      if (e.score().isEmpty()) {
        h.append("<td class=\"n\">–</td><td>").append(e.session().ended() ? "not scored" : "running")
            .append("</td><td></td><td></td></tr>");
        continue;
      }
      StoredScore s = e.score().get();
      List<String> failed = new ArrayList<>();
      for (StoredScore.Verdict v : s.verdicts()) {
        if (v.verdict().equals("fail")) failed.add("<span class=\"rule" + (v.critical() ? " critical" : "") + "\" title=\""
            + esc(v.explanation()) + "\">" + esc(v.ruleId()) + "</span>");
      }
      h.append("<td class=\"n\">").append(String.format(Locale.ROOT, "%.1f", s.score())).append("</td><td class=\"")
          .append(s.passed() ? "pass\">pass" : "fail\">fail").append("</td><td>").append(esc(s.outcome()))
          .append("</td><td>").append(String.join(" ", failed)).append("</td></tr>");
    }
    h.append("</tbody></table><p class=\"note\">Red rule names are critical: failing one fails the session.</p></section>");

    h.append("<section><h2>Pass rate per rule</h2>").append(ruleChart(b.rules())).append("</section>");

    h.append("<section><h2>Trainees and their weak links</h2><table><thead><tr><th>Trainee</th><th class=\"n\">")
        .append("Sessions</th><th class=\"n\">Average</th><th class=\"n\">Passed</th><th>Weakest rules</th></tr>")
        .append("</thead><tbody>");
    for (TraineeKpi k : b.trainees()) {
      List<String> weak = new ArrayList<>();
      for (Scoreboard.RuleRate r : b.weakest().getOrDefault(k.traineeId(), List.of())) {
        weak.add(esc(r.ruleId()) + " <small>" + ScoreboardTable.percent(r.passRate()) + "</small>");
      }
      h.append("<tr><td>").append(esc(traineeName(b, k.traineeId()))).append("</td><td class=\"n\">")
          .append(k.sessions()).append("</td><td class=\"n\">")
          .append(String.format(Locale.ROOT, "%.1f", k.averageScore())).append("</td><td class=\"n\">")
          .append(k.passed()).append('/').append(k.sessions()).append("</td><td>")
          .append(weak.isEmpty() ? "none" : String.join(", ", weak)).append("</td></tr>");
    }
    h.append("</tbody></table></section>");

    h.append("<section><h2>Customer outcomes</h2>").append(outcomeChart(b.outcomes()));
    Scoreboard.Reach reach = b.reach();
    if (reach.unhappy() > 0) {
      h.append("<p class=\"note\">").append(reach.unhappy()).append(" unhappy customer")
          .append(reach.unhappy() == 1 ? "" : "s").append(" may each tell ").append(Scoreboard.Reach.TELLS_AT_LEAST)
          .append('–').append(Scoreboard.Reach.TELLS_AT_MOST).append(" people: ").append(reach.low()).append('–')
          .append(reach.high()).append(" people in all. For every customer who complains, ")
          .append(reach.silentPerComplaint()).append(" stay silent (seed 003).</p>");
    }
    Scoreboard.Overridden overridden = b.overridden();
    if (overridden.verdicts() > 0) {
      h.append("<p class=\"note\">Reviewed: ").append(overridden.verdicts()).append(" verdict")
          .append(overridden.verdicts() == 1 ? "" : "s").append(" overridden in ").append(overridden.sessions())
          .append(" session").append(overridden.sessions() == 1 ? "" : "s")
          .append("; scores, results and KPIs count the final verdicts.</p>");
    }
    h.append("</section><footer>Generated by ServiceSim from the workshop's stored events.</footer></main></body></html>\n");
    return h.toString();
  }

  private static String ruleChart(List<Scoreboard.RuleRate> rules) {
    int rowHeight = 22;
    int labelWidth = 190;
    int barWidth = 360;
    int height = rules.size() * rowHeight + 10;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg role=\"img\" aria-label=\"Pass rate per rule\" viewBox=\"0 0 ").append(labelWidth + barWidth + 70)
        .append(' ').append(height).append("\" width=\"100%\" style=\"max-width:").append(labelWidth + barWidth + 70)
        .append("px\">");
    int y = 5;
    for (Scoreboard.RuleRate r : rules) {
      double rate = r.passRate();
      svg.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 15)
          .append("\" text-anchor=\"end\" class=\"label\">").append(esc(r.ruleId())).append("</text>");
      svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(barWidth)
          .append("\" height=\"15\" class=\"track\"/>");
      if (!Double.isNaN(rate)) {
        svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
            .append(Math.round(rate * barWidth)).append("\" height=\"15\" class=\"")
            .append(rate >= 0.8 ? "good" : rate >= 0.5 ? "fair" : "poor").append("\"/>");
      }
      svg.append("<text x=\"").append(labelWidth + barWidth + 6).append("\" y=\"").append(y + 15)
          .append("\" class=\"value\">").append(Double.isNaN(rate) ? "n/a" : ScoreboardTable.percent(rate))
          .append("</text>");
      y += rowHeight;
    }
    return svg.append("</svg>").toString();
  }

  private static String outcomeChart(Map<String, Integer> outcomes) {
    int total = outcomes.values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) return "<p>No session has ended yet.</p>";
    Map<String, String> colours = new LinkedHashMap<>();
    colours.put("satisfied", "#2e7d32");
    colours.put("neutral", "#9e9e9e");
    colours.put("unsatisfied", "#c62828");
    colours.put("hung-up", "#6a1b9a");
    StringBuilder svg = new StringBuilder("<svg role=\"img\" aria-label=\"Customer outcomes\" viewBox=\"0 0 620 46\" "
        + "width=\"100%\" style=\"max-width:620px\">");
    double x = 0;
    List<String> legend = new ArrayList<>();
    for (var e : outcomes.entrySet()) {
      double w = 600.0 * e.getValue() / total;
      String colour = colours.getOrDefault(e.getKey(), "#607d8b");
      svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"4\" width=\"%.1f\" height=\"22\" fill=\"%s\"/>",
          x, w, colour));
      x += w;
      legend.add("<span class=\"swatch\" style=\"background:" + colour + "\"></span>" + esc(e.getKey()) + " "
          + e.getValue());
    }
    svg.append("</svg>");
    return svg + "<p class=\"legend\">" + String.join(" ", legend) + "</p>";
  }

  private static String traineeName(Scoreboard b, String traineeId) {
    return b.sessions().stream().filter(e -> e.session().traineeId().equals(traineeId))
        .map(e -> e.session().traineeName()).findFirst().orElse(traineeId);
  }

  static String esc(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans Devanagari","Noto Nastaliq Urdu",
      sans-serif;margin:0;background:#f6f7f9;color:#1d2330}main{max-width:1100px;margin:auto;padding:24px}
      h1{margin:0 0 4px}h2{font-size:1.15rem;margin:28px 0 10px}.meta{color:#555;margin:0}
      section{background:#fff;border-radius:10px;padding:16px 20px;box-shadow:0 1px 3px #0002;margin-top:18px}
      table{border-collapse:collapse;width:100%;font-size:.93rem}th,td{text-align:start;padding:6px 8px;
      border-bottom:1px solid #e5e7eb;vertical-align:top}th{background:#f1f3f6}.n{text-align:end;
      font-variant-numeric:tabular-nums}.pass{color:#2e7d32;font-weight:600}.fail{color:#c62828;font-weight:600}
      .rule{display:inline-block;background:#eef1f5;border-radius:4px;padding:1px 6px;margin:1px;font-size:.85em}
      .rule.critical{background:#fde2e1;color:#9b1c1c}.cards{display:flex;gap:14px;flex-wrap:wrap}
      .card{flex:1;min-width:180px;border-radius:8px;padding:12px 14px;background:#f1f3f6}
      .card.met{border-left:6px solid #2e7d32}.card.below{border-left:6px solid #c62828}.big{font-size:1.8rem;
      font-weight:700}.goal{color:#555;font-size:.85rem}.label{font-size:12px;fill:#333}.value{font-size:12px;
      fill:#333}.track{fill:#eef1f5}.good{fill:#2e7d32}.fair{fill:#ef8f00}.poor{fill:#c62828}.note{color:#555;
      font-size:.85rem}.legend{font-size:.9rem}.swatch{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;
      border-radius:2px;vertical-align:middle}footer{color:#777;font-size:.8rem;margin-top:20px;text-align:center}
      @media print{body{background:#fff}section{box-shadow:none;border:1px solid #ddd}}
      """;
}
