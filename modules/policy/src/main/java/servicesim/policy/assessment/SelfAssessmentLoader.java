package servicesim.policy.assessment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import servicesim.files.InvalidFileException;
import servicesim.files.Problems;
import servicesim.files.Suggestions;
import servicesim.files.YamlFile;
import servicesim.files.YamlNode;

/**
 * Reads the ratings of a self-assessment (DESIGN.md, {@code assess}): one list of 1–5 ratings per section, in the
 * order and number of its statements. Every problem is reported with its place, all at once.
 *
 * <pre>
 * culture: [4, 5, 4, 4]
 * products: [3, 4, 4, 3]
 * ...
 * </pre>
 */
public final class SelfAssessmentLoader {

  private SelfAssessmentLoader() {}

  public static Map<String, List<Integer>> load(Path file) throws InvalidFileException {
    return load(YamlFile.read(file));
  }

  public static Map<String, List<Integer>> load(YamlFile file) throws InvalidFileException {
    Problems problems = new Problems();
    YamlNode root = file.root();
    if (!(root instanceof YamlNode.Mapping mapping)) {
      problems.add(root, "expected a self-assessment (one list of ratings per section: "
          + String.join(", ", SelfAssessment.sectionIds()) + "), found " + root.kind());
      throw new InvalidFileException(problems.list());
    }
    Map<String, List<Integer>> ratings = new LinkedHashMap<>();
    for (YamlNode.Entry e : mapping.entries()) {
      String id = e.key().value();
      SelfAssessment.Section section = SelfAssessment.section(id).orElse(null);
      if (section == null) {
        String hint = Suggestions.nearest(id, SelfAssessment.sectionIds()).map(s -> "did you mean '" + s + "'? ").orElse("");
        problems.add(e.key(), "unknown section '" + id + "' (" + hint + "sections: "
            + String.join(", ", SelfAssessment.sectionIds()) + ")");
        continue;
      }
      List<Integer> list = readRatings(section, e.value(), problems);
      if (list != null) ratings.put(id, list);
    }
    for (SelfAssessment.Section s : SelfAssessment.SECTIONS) {
      if (mapping.get(s.id()).isEmpty()) {
        problems.add(mapping, "missing section '" + s.id() + "' (" + s.count() + " ratings)");
      }
    }
    problems.throwIfAny();
    return ratings;
  }

  private static List<Integer> readRatings(SelfAssessment.Section section, YamlNode node, Problems problems) {
    String needs = "'" + section.id() + "' needs " + section.count() + " ratings, one per statement";
    if (!(node instanceof YamlNode.Sequence seq)) {
      problems.add(node, needs + ", as a list; found " + node.kind());
      return null;
    }
    boolean valid = true;
    if (seq.items().size() != section.count()) {
      problems.add(node, needs + "; found " + seq.items().size());
      valid = false;
    }
    List<Integer> ratings = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      YamlNode item = seq.items().get(i);
      Integer rating = rating(item);
      if (rating == null) {
        String found = item instanceof YamlNode.Scalar s ? "'" + s.value() + "'" : item.kind();
        problems.add(item, "'" + section.id() + "' rating " + (i + 1) + " must be a whole number from "
            + SelfAssessment.MIN_RATING + " (never) to " + SelfAssessment.MAX_RATING + " (always), found " + found);
        valid = false;
      } else {
        ratings.add(rating);
      }
    }
    return valid ? List.copyOf(ratings) : null;
  }

  private static Integer rating(YamlNode item) {
    if (!(item instanceof YamlNode.Scalar s) || s.isNull()) return null;
    try {
      int r = Integer.parseInt(s.value().trim());
      return r >= SelfAssessment.MIN_RATING && r <= SelfAssessment.MAX_RATING ? r : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
