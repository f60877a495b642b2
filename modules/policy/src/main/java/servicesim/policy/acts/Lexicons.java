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
    Map<String, String> exampleTexts = new TreeMap<>();
    for (Lexicon lexicon : lexicons.values()) {
      if (lexicon.examples().isEmpty()) continue;
      for (String file : lexicon.examples().get().files()) {
        try {
          exampleTexts.put(exampleKey(lexicon.language(), file), Files.readString(directory.resolve(file)));
        } catch (IOException e) {
          problems.add(new Problem(lexicon.examples().get().at(),
              "examples: cannot read '" + file + "' (relative to " + directory + "): "
                  + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage())));
        }
      }
    }
    if (!problems.isEmpty()) throw new InvalidFileException(problems);
    return new Lexicons(detectors(lexicons, exampleTexts));
  }

  /** Where a lexicon's example file is kept among the texts of a policy's lexicons: never a bare language code. */
  static String exampleKey(String language, String file) {
    return language + ":" + file;
  }

  /** A detector per lexicon, each also reading its lines in the languages its {@code also-read} names. */
  private static Map<String, ActDetector> detectors(Map<String, Lexicon> lexicons, Map<String, String> exampleTexts)
      throws InvalidFileException {
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
      ActDetector detector = new ActDetector(lexicon, alsoRead);
      if (lexicon.examples().isPresent()) {
        detector = withExamples(detector, lexicon, exampleTexts, lexicons.values(), problems);
      }
      detectors.put(lexicon.language(), detector);
    }
    if (!problems.isEmpty()) throw new InvalidFileException(problems);
    return detectors;
  }

  /**
   * The detector with a classifier learned from its lexicon's example files' lines of its language, and of the other
   * languages its examples name ({@code also-languages}), which every model learns from and none is judged on.
   */
  private static ActDetector withExamples(ActDetector detector, Lexicon lexicon, Map<String, String> exampleTexts,
      java.util.Collection<Lexicon> all, List<Problem> problems) {
    Lexicon.ExampleSettings settings = lexicon.examples().orElseThrow();
    List<servicesim.policy.acts.eval.LabelledLine> lines = new ArrayList<>();
    List<servicesim.policy.acts.eval.LabelledLine> otherLines = new ArrayList<>();
    Map<String, String> hashes = new TreeMap<>();
    for (String file : settings.files()) {
      String text = exampleTexts.get(exampleKey(lexicon.language(), file));
      if (text == null) {
        problems.add(new Problem(settings.at(), "examples: no text stored for '" + file + "'"));
        continue;
      }
      try {
        for (var line : servicesim.policy.acts.eval.LabelledLines.parse(file, text)) {
          if (line.language().equals(lexicon.language())) lines.add(settings.taught(file, line));
          else if (settings.alsoLanguages().contains(line.language())) otherLines.add(settings.taught(file, line));
        }
        hashes.put(file, servicesim.files.ContentHash.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      } catch (InvalidFileException e) {
        problems.addAll(e.problems());
      }
    }
    // reading every example line and learning from it takes seconds: done once per content, kept in the cache, and
    // otherwise only when the first message of the language needs it
    String key = cacheKey(lexicon, all, hashes);
    Path cached = cacheDirectory().resolve(key + ".bin");
    return detector.withExamples(() -> LEARNED.computeIfAbsent(key, k -> ExampleClassifier.load(cached,
        settings.settings()).orElseGet(() -> {
      List<NearestExamples.Example> examples = new ArrayList<>(
          servicesim.policy.acts.eval.ExampleSentences.of(detector, lines));
      examples.addAll(servicesim.policy.acts.eval.ExampleSentences.ofEveryFold(detector, otherLines));
      ExampleClassifier learned = new ExampleClassifier(examples, hashes, settings.settings());
      try {
        learned.save(cached, settings.confirm().acts());
        prune(cached.getParent(), lexicon.language());
      } catch (IOException | RuntimeException e) {
        // the cache only saves time
      }
      return learned;
    })));
  }

  /**
   * How many learned classifiers of a language the cache keeps: the ones learned last. Every change to a lexicon or its
   * examples learns a new one; a policy version stored earlier whose classifier was deleted learns it again.
   */
  static final int KEPT_PER_LANGUAGE = 6;

  /** Deletes the classifiers of {@code language} in the cache but the {@link #KEPT_PER_LANGUAGE} learned last. */
  static void prune(Path directory, String language) throws IOException {
    java.util.regex.Pattern name = java.util.regex.Pattern.compile(
        java.util.regex.Pattern.quote(language) + "-[0-9a-f]{32}\\.bin");
    List<Path> classifiers;
    try (Stream<Path> list = Files.list(directory)) {
      classifiers = list.filter(p -> name.matcher(p.getFileName().toString()).matches()).toList();
    }
    Map<Path, Long> learned = new java.util.HashMap<>();
    for (Path p : classifiers) learned.put(p, Files.getLastModifiedTime(p).toMillis());
    List<Path> newestFirst = new ArrayList<>(classifiers);
    newestFirst.sort(java.util.Comparator.comparing((Path p) -> learned.get(p)).reversed()
        .thenComparing(Path::toString));
    for (Path old : newestFirst.subList(Math.min(KEPT_PER_LANGUAGE, newestFirst.size()), newestFirst.size())) {
      Files.deleteIfExists(old);
    }
  }

  /** Classifiers learned in this process, by what they were learned from: policies loaded twice share them. */
  private static final Map<String, ExampleClassifier> LEARNED = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Where learned classifiers are kept, by a hash of everything they are learned from: the {@code servicesim.cache}
   * system property, or a folder in the temporary directory.
   */
  static Path cacheDirectory() {
    String configured = System.getProperty("servicesim.cache");
    return configured != null && !configured.isBlank() ? Path.of(configured)
        : Path.of(System.getProperty("java.io.tmpdir"), "servicesim-cache-" + System.getProperty("user.name", "user"));
  }

  /**
   * What a classifier is learned from: every lexicon (a line is read in other languages too), the example files and the
   * settings.
   */
  private static String cacheKey(Lexicon lexicon, java.util.Collection<Lexicon> all, Map<String, String> hashes) {
    StringBuilder b = new StringBuilder(ExampleClassifier.VERSION).append('\n').append(lexicon.language()).append('\n')
        .append(lexicon.examples().orElseThrow().settings().describe()).append('\n')
        .append(lexicon.examples().orElseThrow().confirm().describe()).append('\n')
        .append(String.join(" ", lexicon.examples().orElseThrow().alsoLanguages())).append('\n');
    all.stream().map(l -> l.language() + " " + l.sha256()).sorted().forEach(x -> b.append(x).append('\n'));
    hashes.forEach((file, hash) -> b.append(file).append(' ').append(hash).append('\n'));
    return lexicon.language() + "-" + servicesim.files.ContentHash.sha256(
        b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 32);
  }

  /** Lexicons from their texts by language (stored with a policy version), reporting every problem. */
  public static Lexicons fromTexts(Map<String, String> texts) throws InvalidFileException {
    Map<String, Lexicon> lexicons = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, String> exampleTexts = new TreeMap<>();
    for (var e : new TreeMap<>(texts).entrySet()) {
      if (e.getKey().contains(":")) {
        exampleTexts.put(e.getKey(), e.getValue());
        continue;
      }
      try {
        Lexicon lexicon = LexiconLoader.load(servicesim.files.YamlFile.parse(e.getKey() + ".yaml", e.getValue()), e.getKey());
        lexicons.put(lexicon.language(), lexicon);
      } catch (InvalidFileException ex) {
        problems.addAll(ex.problems());
      }
    }
    if (!problems.isEmpty()) throw new InvalidFileException(problems);
    return new Lexicons(detectors(lexicons, exampleTexts));
  }

  /**
   * The lexicon files' texts by language, as they are on disk, and the texts of the example files they name (keyed
   * {@code <language>:<file>}), so that a stored policy version judges with the same examples.
   */
  public static Map<String, String> texts(Path directory) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> list = Files.list(directory)) {
      for (Path p : list.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
        String name = p.getFileName().toString();
        String language = name.substring(0, name.length() - 5);
        String text = Files.readString(p);
        texts.put(language, text);
        try {
          servicesim.files.Problems ignored = new servicesim.files.Problems();
          List<String> files = servicesim.files.Fields.of(servicesim.files.YamlFile.parse(name, text).root(), "a lexicon",
              ignored).mapping("examples", n -> n.strings("files"));
          for (String file : files == null ? List.<String>of() : files) {
            texts.put(exampleKey(language, file), Files.readString(directory.resolve(file)));
          }
        } catch (InvalidFileException e) {
          // an invalid lexicon names no examples that could be used; loading it reports why
        }
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
