package servicesim.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where ServiceSim's files live: the folder holding {@code scenarios/}. Taken from {@code SERVICESIM_HOME} (or the
 * system property {@code servicesim.home}) when set, otherwise the nearest folder at or above the working directory
 * that has {@code scenarios/policies}.
 */
public final class Home {

  private Home() {}

  public static Path root() {
    String configured = Optional.ofNullable(System.getProperty("servicesim.home")).orElse(System.getenv("SERVICESIM_HOME"));
    if (configured != null && !configured.isBlank()) return Path.of(configured).toAbsolutePath().normalize();
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("scenarios/policies"))) return d;
    }
    return dir;
  }

  public static Path scenarios() {
    return root().resolve("scenarios");
  }

  public static Path policies() {
    return scenarios().resolve("policies");
  }

  public static Path library() {
    return scenarios().resolve("library");
  }

  public static Path workshops() {
    return scenarios().resolve("workshops");
  }
}
