package servicesim.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import servicesim.files.InvalidFileException;
import servicesim.files.Location;
import servicesim.files.Problem;

/** Every scenario file under a folder, by id. Problems of all files are reported together. */
public final class ScenarioLibrary {

  private final Map<String, Scenario> byId;

  private ScenarioLibrary(Map<String, Scenario> byId) {
    this.byId = byId;
  }

  public static ScenarioLibrary load(Path directory, ScenarioLoader loader) throws InvalidFileException {
    if (!Files.isDirectory(directory)) {
      throw new InvalidFileException(Location.of(directory.toString()), "no scenario folder here");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory)) {
      files = walk.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Scenario> byId = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        Scenario s = loader.load(file);
        Scenario other = byId.putIfAbsent(s.id(), s);
        if (other != null) {
          problems.add(new Problem(new Location(s.file(), 1, 1),
              "duplicate scenario id '" + s.id() + "' (also in " + other.file() + ")"));
        }
      } catch (InvalidFileException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) throw new InvalidFileException(problems);
    return new ScenarioLibrary(byId);
  }

  public static ScenarioLibrary of(Collection<Scenario> scenarios) {
    Map<String, Scenario> byId = new LinkedHashMap<>();
    for (Scenario s : scenarios) byId.put(s.id(), s);
    return new ScenarioLibrary(byId);
  }

  public Optional<Scenario> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Map<String, Scenario> byId() {
    return Map.copyOf(byId);
  }

  public Collection<Scenario> all() {
    return byId.values();
  }
}
