package servicesim.policy.acts.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The group of each line of a labelled set, as the sets' READMEs define them: lines of one source dialogue, or one
 * written message's variants, belong together, so that a line is never judged by its own variant or dialogue.
 */
public final class LineGroups {

  /** Tweet ids of one thread lie close together in the corpus's first rows. */
  private static final long THREAD_SPAN = 100;

  private LineGroups() {}

  /**
   * Groups in file order: a written line's group id (the last field of {@code written:<register>:<group>}), a
   * corpus dialogue ({@code star:<dialogue>}, {@code sgd:<split>/<dialogue>}, ...), a run of neighbouring tweets of one
   * brand, or — for written lines without a group id — a run of neighbouring lines with the same names and labels (the
   * same message in several scripts).
   */
  public static List<String> of(List<LabelledLine> lines) {
    List<String> groups = new ArrayList<>();
    LabelledLine previous = null;
    String previousGroup = null;
    for (LabelledLine line : lines) {
      String group = own(line);
      if (group == null) {
        group = previous != null && previousGroup.startsWith("run:") && sameMessage(previous, line)
            ? previousGroup : "run:" + line.location().line();
      }
      if (group.startsWith("thread:") && previous != null && previousGroup.startsWith("thread:")
          && sameThread(previous, line)) {
        group = previousGroup;
      }
      groups.add(group);
      previous = line;
      previousGroup = group;
    }
    return groups;
  }

  /**
   * The positions in {@code lines} of those that are not new beside {@code examples}: the same text, or the same group
   * id (a written message's id, a dialogue or a thread; not a run of neighbouring lines, which only numbers lines).
   */
  public static List<Integer> sharedWith(List<LabelledLine> examples, List<LabelledLine> lines) {
    java.util.Set<String> groups = new java.util.HashSet<>(of(examples));
    java.util.Set<String> texts = new java.util.HashSet<>();
    examples.forEach(l -> texts.add(l.text()));
    List<String> lineGroups = of(lines);
    List<Integer> shared = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      boolean sameGroup = !lineGroups.get(i).startsWith("run:") && groups.contains(lineGroups.get(i));
      if (sameGroup || texts.contains(lines.get(i).text())) shared.add(i);
    }
    return shared;
  }

  private static String own(LabelledLine line) {
    String[] fields = line.source().split(":");
    if (fields[0].startsWith("twcs")) return "thread:" + line.source();
    if (fields[0].equals("written")) return fields.length >= 3 ? "written:" + fields[fields.length - 1] : null;
    if (fields.length >= 3) return String.join(":", java.util.Arrays.copyOf(fields, fields.length - 1));
    return line.source().isBlank() ? null : line.source();
  }

  private static boolean sameMessage(LabelledLine a, LabelledLine b) {
    return a.source().startsWith("written") && b.source().startsWith("written") && a.agentName().equals(b.agentName())
        && a.organisation().equals(b.organisation()) && a.acts().equals(b.acts()) && a.ignore().equals(b.ignore());
  }

  private static boolean sameThread(LabelledLine a, LabelledLine b) {
    String[] x = a.source().split(":");
    String[] y = b.source().split(":");
    if (!x[0].equals(y[0]) || !a.organisation().equals(b.organisation())) return false;
    try {
      return Math.abs(Long.parseLong(x[1]) - Long.parseLong(y[1])) <= THREAD_SPAN;
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      return false;
    }
  }
}
