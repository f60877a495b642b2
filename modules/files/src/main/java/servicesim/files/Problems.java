package servicesim.files;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem of a file so that a reader sees all of them at once, in file order. */
public final class Problems {

  private final List<Problem> problems = new ArrayList<>();

  public void add(Location location, String message) {
    problems.add(new Problem(location, message));
  }

  public void add(YamlNode node, String message) {
    add(node.location(), message);
  }

  public void addAll(Problems other) {
    problems.addAll(other.problems);
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public int size() {
    return problems.size();
  }

  public List<Problem> list() {
    List<Problem> sorted = new ArrayList<>(problems);
    Collections.sort(sorted);
    return List.copyOf(sorted);
  }

  /** Throws when any problem was found; the exception's message lists them one per line. */
  public void throwIfAny() throws InvalidFileException {
    if (!problems.isEmpty()) throw new InvalidFileException(list());
  }
}
