package servicesim.files;

import java.util.List;
import java.util.stream.Collectors;

/** A file could not be accepted; the message holds one {@code file:line:column: message} line per problem. */
public final class InvalidFileException extends Exception {

  private final List<Problem> problems;

  public InvalidFileException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public InvalidFileException(Location location, String message) {
    this(List.of(new Problem(location, message)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
