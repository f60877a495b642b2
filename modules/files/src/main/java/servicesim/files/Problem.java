package servicesim.files;

/** One thing wrong with a file, at the place it is wrong: always one line, of bounded length, whatever it quotes. */
public record Problem(Location location, String message) implements Comparable<Problem> {

  private static final int MAX_MESSAGE = 2000;

  public Problem {
    message = message.replaceAll("\\R", " ");
    if (message.length() > MAX_MESSAGE) message = message.substring(0, MAX_MESSAGE) + "…";
  }

  @Override
  public String toString() {
    return location + ": " + message;
  }

  @Override
  public int compareTo(Problem other) {
    int byFile = location.file().compareTo(other.location.file());
    if (byFile != 0) return byFile;
    int byLine = Integer.compare(location.line(), other.location.line());
    if (byLine != 0) return byLine;
    return Integer.compare(location.column(), other.location.column());
  }
}
