package servicesim.files;

/** A place in a source file, 1-based, as editors show it. */
public record Location(String file, int line, int column) {

  public static Location of(String file) {
    return new Location(file, 1, 1);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
