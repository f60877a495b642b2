package servicesim.service;

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
import servicesim.files.Problem;
import servicesim.policy.Policy;
import servicesim.policy.PolicyLoader;

/** The policy files of a folder ({@code scenarios/policies/*.yaml}), by id, with the file each came from. */
public final class Policies {

  public static final String DEFAULT = "default";

  private final Map<String, Policy> byId;
  private final Map<String, Path> files;

  private Policies(Map<String, Policy> byId, Map<String, Path> files) {
    this.byId = byId;
    this.files = files;
  }

  public static Policies load(Path folder) throws InvalidFileException {
    List<Path> paths;
    try (Stream<Path> list = Files.list(folder)) {
      paths = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new InvalidFileException(servicesim.files.Location.of(folder.toString()), "cannot list policies: " + e.getMessage());
    }
    Map<String, Policy> byId = new LinkedHashMap<>();
    Map<String, Path> files = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Path p : paths) {
      try {
        Policy policy = PolicyLoader.load(p);
        if (byId.putIfAbsent(policy.id(), policy) != null) {
          problems.add(new Problem(servicesim.files.Location.of(p.toString()), "duplicate policy id '" + policy.id()
              + "' (also in " + files.get(policy.id()) + ")"));
        } else {
          files.put(policy.id(), p);
        }
      } catch (InvalidFileException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) throw new InvalidFileException(problems);
    if (!byId.containsKey(DEFAULT)) {
      throw new InvalidFileException(servicesim.files.Location.of(folder.resolve("default.yaml").toString()),
          "the default policy is missing");
    }
    return new Policies(byId, files);
  }

  public Policy defaultPolicy() {
    return byId.get(DEFAULT);
  }

  public Optional<Policy> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Path file(String id) {
    return files.get(id);
  }

  public Collection<Policy> all() {
    return byId.values();
  }

  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
