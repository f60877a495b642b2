package servicesim.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import servicesim.files.InvalidFileException;
import servicesim.policy.acts.Lexicons;

/** Paths into the repository's scenarios folder, from any module's working directory. */
public final class Repo {

  private Repo() {}

  public static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("scenarios/policies"))) dir = dir.getParent();
    if (dir == null) throw new IllegalStateException("run tests inside the repository");
    return dir;
  }

  public static Path scenarios() {
    return root().resolve("scenarios");
  }

  public static Path defaultPolicyFile() {
    return scenarios().resolve("policies/default.yaml");
  }

  private static Policy defaultPolicy;
  private static Lexicons lexicons;

  public static synchronized Policy defaultPolicy() {
    if (defaultPolicy == null) {
      try {
        defaultPolicy = PolicyLoader.load(defaultPolicyFile());
      } catch (InvalidFileException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
    return defaultPolicy;
  }

  public static synchronized Lexicons lexicons() {
    if (lexicons == null) lexicons = defaultPolicy().lexicons();
    return lexicons;
  }
}
