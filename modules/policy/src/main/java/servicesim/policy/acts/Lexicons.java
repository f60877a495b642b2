package servicesim.policy.acts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import servicesim.files.InvalidFileException;
import servicesim.files.Location;
import servicesim.files.Problem;

/** The lexicons of a policy, one per language, each behind a detector. */
public final class Lexicons {

  private final Map<String, ActDetector> detectors;

  public Lexicons(Map<String, ActDetector> detectors) {
    this.detectors = Map.copyOf(detectors);
  }

  /** Loads every {@code <lang>.yaml} in {@code directory}, reporting the problems of all files together. */
  public static Lexicons load(Path directory) throws InvalidFileException {
    if (!Files.isDirectory(directory)) {
      throw new InvalidFileException(Location.of(directory.toString()), "no lexicon directory here");
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new InvalidFileException(Location.of(directory.toString()), "cannot list lexicons: " + e.getMessage());
    }
    Map<String, Lexicon> lexicons = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        Lexicon lexicon = LexiconLoader.load(file);
        lexicons.put(lexicon.language(), lexicon);
      } catch (InvalidFileException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) throw new InvalidFileException(problems);
    if (lexicons.isEmpty()) {
      throw new InvalidFileException(Location.of(directory.toString()), "no lexicon files (<language>.yaml) here");
    }
    return new Lexicons(detectors(lexicons));
  }

  /** A detector per lexicon, each also reading its lines in the languages its {@code also-read} names. */
  private static Map<String, ActDetector> detectors(Map<String, Lexicon> lexicons) throws InvalidFileException {
    Map<String, ActDetector> plain = new TreeMap<>();
    lexicons.forEach((language, lexicon) -> plain.put(language, new ActDetector(lexicon)));
    Map<String, ActDetector> detectors = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Lexicon lexicon : lexicons.values()) {
      List<ActDetector> alsoRead = new ArrayList<>();
      for (String other : lexicon.scripts().alsoRead()) {
        if (plain.containsKey(other)) alsoRead.add(plain.get(other));
        else problems.add(new Problem(lexicon.scripts().alsoReadAt(),
            "also-read: there is no lexicon for '" + other + "' (have: " + String.join(", ", lexicons.keySet()) + ")"));
      }
      detectors.put(lexicon.language(), new ActDetector(lexicon, alsoRead));
    }
    if (!problems.isEmpty()) throw new InvalidFileException(problems);
    return detectors;
  }

  /** Lexicons from their texts by language (stored with a policy version), reporting every problem. */
  public static Lexicons fromTexts(Map<String, String> texts) throws InvalidFileException {
    Map<String, Lexicon> lexicons = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    for (var e : new TreeMap<>(texts).entrySet()) {
      try {
        Lexicon lexicon = LexiconLoader.load(servicesim.files.YamlFile.parse(e.getKey() + ".yaml", e.getValue()), e.getKey());
        lexicons.put(lexicon.language(), lexicon);
      } catch (InvalidFileException ex) {
        problems.addAll(ex.problems());
      }
    }
    if (!problems.isEmpty()) throw new InvalidFileException(problems);
    return new Lexicons(detectors(lexicons));
  }

  /** The lexicon files' texts by language, as they are on disk. */
  public static Map<String, String> texts(Path directory) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> list = Files.list(directory)) {
      for (Path p : list.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
        String name = p.getFileName().toString();
        texts.put(name.substring(0, name.length() - 5), Files.readString(p));
      }
    }
    return texts;
  }

  public Optional<ActDetector> detector(String language) {
    return Optional.ofNullable(detectors.get(language));
  }

  public ActDetector require(String language) {
    ActDetector d = detectors.get(language);
    if (d == null) throw new IllegalArgumentException("no lexicon for language '" + language + "'");
    return d;
  }

  public List<String> languages() {
    return List.copyOf(detectors.keySet());
  }
}
