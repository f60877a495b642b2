package servicesim.http;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import servicesim.readside.TokenRepository;

/**
 * The first tokens: on a first start (no token in the database) one token per role is created, printed once, and
 * kept in {@code tokens} in the data folder, readable by its owner only.
 */
public final class Tokens {

  /** The trainee id the first trainee token acts as. */
  public static final String FIRST_TRAINEE = "trainee";
  public static final String FILE = "tokens";

  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private Tokens() {}

  /** The folder for the tokens file: next to an H2 database file, otherwise ./data. */
  public static Path dataFolder(String dbUrl) {
    return servicesim.service.Settings.dataFolder(dbUrl);
  }

  /**
   * Creates the first tokens if the database has none: returns them by role (empty if tokens existed), after writing
   * them to {@code folder/tokens} (mode 600) and printing them to {@code out}.
   */
  public static Map<String, String> bootstrap(TokenRepository repository, Path folder, PrintStream out, Instant now) {
    if (repository.count() > 0) return Map.of();
    Map<String, String> created = new LinkedHashMap<>();
    for (Principal.Role role : Principal.Role.values()) {
      String trainee = role == Principal.Role.TRAINEE ? FIRST_TRAINEE : null;
      created.put(role.id(), repository.create(role.id(), trainee, now, "first start"));
    }
    StringBuilder text = new StringBuilder("# ServiceSim API tokens, created on the first start. They are shown once: "
        + "the database keeps only their SHA-256.\n# The trainee token acts as trainee id '" + FIRST_TRAINEE + "'.\n");
    created.forEach((role, token) -> text.append(role).append('=').append(token).append('\n'));
    Path file = write(folder, text.toString());
    out.println("First start: created one API token per role (shown once; also in " + file + ", readable by you only):");
    created.forEach((role, token) -> out.println("  " + role + (role.equals("trainee") ? " (trainee id '"
        + FIRST_TRAINEE + "')" : "") + ": " + token));
    out.flush();
    return created;
  }

  private static Path write(Path folder, String text) {
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve(FILE);
      Files.deleteIfExists(file);
      boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
      if (posix) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
      if (posix) Files.setPosixFilePermissions(file, OWNER_ONLY);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the tokens file in " + folder + ": " + e.getMessage(), e);
    }
  }
}
