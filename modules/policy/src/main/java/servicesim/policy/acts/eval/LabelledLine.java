package servicesim.policy.acts.eval;

import java.util.Set;
import servicesim.files.Location;
import servicesim.policy.acts.Act;

/**
 * One agent line of a labelled set (ACTS.md): what a reviewer says it does ({@code acts}), the acts not scored on it
 * either way ({@code ignore}), and the names the detector is told.
 *
 * @param location where the line is, for messages ({@code file:line})
 */
public record LabelledLine(Location location, String language, String agentName, String organisation, String text,
    Set<Act> acts, Set<Act> ignore, String source) {

  /** True when {@code act} counts on this line, found or not. */
  public boolean scores(Act act) {
    return act.labelled() && !ignore.contains(act);
  }

  /** The line as an example of {@code acts} alone: its other acts go to {@code ignore}. */
  public LabelledLine teachingOnly(Set<Act> acts) {
    Set<Act> kept = java.util.EnumSet.noneOf(Act.class);
    Set<Act> ignored = java.util.EnumSet.noneOf(Act.class);
    for (Act act : Act.values()) {
      if (!act.labelled()) continue;
      if (!acts.contains(act) || ignore.contains(act)) ignored.add(act);
      else if (this.acts.contains(act)) kept.add(act);
    }
    return new LabelledLine(location, language, agentName, organisation, text, kept, ignored, source);
  }
}
