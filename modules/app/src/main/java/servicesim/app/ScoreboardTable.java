package servicesim.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import servicesim.readside.StoredScore;
import servicesim.readside.TraineeKpi;
import servicesim.service.Scoreboard;

/** The scoreboard as a terminal table: sessions, trainees with their weakest rules, rule pass rates, KPIs. */
final class ScoreboardTable {

  private ScoreboardTable() {}

  static void print(PrintWriter out, Scoreboard b, RunTiming timing) {
    out.printf(Locale.ROOT, "%s · %s · policy %s@%d · %s%n", b.workshop().workshopId(), b.workshop().title(),
        b.policyId(), b.policyVersion(), b.workshop().mode());
    if (timing != null) {
      out.printf(Locale.ROOT, "%d sessions · %d events · played in %.1f s (%.0f events/s) · scored after %.1f s%n",
          b.sessions().size(), timing.events(), timing.runSeconds(), timing.eventsPerSecond(), timing.totalSeconds());
    }
    out.println();

    Table sessions = new Table("TRAINEE", "SCENARIO", "CHANNEL", "LANG", "SCORE", "RESULT", "OUTCOME", "FAILED RULES");
    boolean anyCritical = false;
    for (Scoreboard.Entry e : b.sessions()) {
      if (e.score().isEmpty()) {
        sessions.row(e.session().traineeName(), e.session().scenarioId(), e.session().channel(), e.session().language(),
            "-", e.session().ended() ? "not scored" : "running", "-", "");
        continue;
      }
      StoredScore s = e.score().get();
      boolean critical = !s.criticalFailures().isEmpty();
      anyCritical |= critical;
      List<String> failed = new ArrayList<>();
      for (StoredScore.Verdict v : s.verdicts()) {
        if (v.verdict().equals("fail")) failed.add(v.ruleId() + (v.critical() ? "*" : ""));
      }
      sessions.row(e.session().traineeName(), e.session().scenarioId(), e.session().channel(), e.session().language(),
          String.format(Locale.ROOT, "%.1f", s.score()), s.passed() ? "pass" : critical ? "FAIL*" : "FAIL",
          s.outcome(), abbreviate(failed, 4));
    }
    sessions.print(out);
    if (anyCritical) out.println("* a critical rule failed: the session fails whatever its score");
    out.println();

    Table trainees = new Table("TRAINEE", "SESSIONS", "AVG SCORE", "PASSED", "WEAKEST RULES");
    for (TraineeKpi k : b.trainees()) {
      List<String> weak = b.weakest().getOrDefault(k.traineeId(), List.of()).stream()
          .map(r -> r.ruleId() + " " + percent(r.passRate())).toList();
      trainees.row(name(b, k.traineeId()), String.valueOf(k.sessions()),
          String.format(Locale.ROOT, "%.1f", k.averageScore()), k.passed() + "/" + k.sessions(),
          weak.isEmpty() ? "-" : String.join(", ", weak));
    }
    trainees.print(out);
    out.println();

    Table rules = new Table("RULE", "PASS RATE", "", "PASS", "FAIL", "N/A");
    for (Scoreboard.RuleRate r : b.rules()) {
      rules.row(r.ruleId(), percent(r.passRate()), bar(r.passRate()), String.valueOf(r.passed()),
          String.valueOf(r.failed()), String.valueOf(r.notApplicable()));
    }
    rules.print(out);
    out.println();

    Table kpis = new Table("KPI (003 goals)", "SHARE", "GOAL", "");
    for (Scoreboard.Kpi k : b.kpis()) {
      kpis.row(k.name(), percent(k.share()), k.goal().map(ScoreboardTable::percent).orElse("-"),
          k.met().map(m -> m ? "met" : "below goal").orElse(""));
    }
    kpis.print(out);
    out.println();
    out.println("Outcomes: " + outcomes(b));
    Scoreboard.Overridden overridden = b.overridden();
    if (overridden.verdicts() > 0) {
      out.printf(Locale.ROOT, "Reviewed: %d verdict%s overridden in %d session%s; scores, results and KPIs count the "
          + "final verdicts.%n", overridden.verdicts(), overridden.verdicts() == 1 ? "" : "s", overridden.sessions(),
          overridden.sessions() == 1 ? "" : "s");
    }
    Scoreboard.Reach reach = b.reach();
    if (reach.unhappy() > 0) {
      out.printf(Locale.ROOT, "%d unhappy customer%s may each tell %d–%d people (%d–%d in all); for every customer who "
          + "complains, %d stay silent (003).%n", reach.unhappy(), reach.unhappy() == 1 ? "" : "s",
          Scoreboard.Reach.TELLS_AT_LEAST, Scoreboard.Reach.TELLS_AT_MOST, reach.low(), reach.high(),
          reach.silentPerComplaint());
    }
  }

  static String outcomes(Scoreboard b) {
    List<String> parts = new ArrayList<>();
    b.outcomes().forEach((o, n) -> parts.add(o + " " + n));
    return parts.isEmpty() ? "none yet" : String.join(", ", parts);
  }

  private static String name(Scoreboard b, String traineeId) {
    return b.sessions().stream().filter(e -> e.session().traineeId().equals(traineeId))
        .map(e -> e.session().traineeName()).findFirst().orElse(traineeId);
  }

  static String percent(double share) {
    return Double.isNaN(share) ? "n/a" : Math.round(share * 100) + "%";
  }

  private static String bar(double share) {
    if (Double.isNaN(share)) return "";
    int filled = (int) Math.round(share * 10);
    return "█".repeat(filled) + "░".repeat(10 - filled);
  }

  private static String abbreviate(List<String> items, int max) {
    if (items.isEmpty()) return "-";
    if (items.size() <= max) return String.join(", ", items);
    return String.join(", ", items.subList(0, max)) + ", +" + (items.size() - max);
  }

  /** Left-aligned columns, numbers right-aligned. */
  static final class Table {
    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
      rows.add(header);
    }

    void row(String... cells) {
      rows.add(cells);
    }

    void print(PrintWriter out) {
      int columns = rows.get(0).length;
      int[] widths = new int[columns];
      for (String[] r : rows) for (int i = 0; i < columns; i++) widths[i] = Math.max(widths[i], r[i].codePointCount(0, r[i].length()));
      for (String[] r : rows) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns; i++) {
          String cell = r[i];
          int pad = widths[i] - cell.codePointCount(0, cell.length());
          boolean numeric = r != rows.get(0) && cell.matches("[0-9.,/%]+");
          if (numeric) line.append(" ".repeat(pad)).append(cell);
          else line.append(cell).append(i == columns - 1 ? "" : " ".repeat(pad));
          if (i < columns - 1) line.append("  ");
        }
        out.println(line.toString().stripTrailing());
      }
    }
  }
}
