package servicesim.policy.acts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Learns from labelled example sentences which words and spellings go with an act, to find the act in sentences no
 * phrase matched: one logistic regression per act over a sentence's words, word pairs and character 3- to 5-grams.
 * Deterministic (a fixed training order), and every finding cites the words that weighed most and the nearest example
 * that carries the act.
 */
public final class ExampleClassifier {

  /** Which acts it may find, each with the least probability a sentence needs for it. */
  public record Settings(Map<Act, Double> minProbabilities) {
    /** No act at all. */
    public static final Settings NONE = new Settings(Map.of());

    public Settings {
      for (double p : minProbabilities.values()) {
        if (p <= 0 || p >= 1) throw new IllegalArgumentException("need 0 < probability < 1");
      }
      Map<Act, Double> ordered = new java.util.EnumMap<>(Act.class);
      ordered.putAll(minProbabilities);
      minProbabilities = java.util.Collections.unmodifiableMap(ordered);
    }

    /** The same least probability for every act. */
    public Settings(Set<Act> acts, double minProbability) {
      this(all(acts, minProbability));
    }

    private static Map<Act, Double> all(Set<Act> acts, double minProbability) {
      if (minProbability <= 0 || minProbability >= 1) throw new IllegalArgumentException("need 0 < probability < 1");
      Map<Act, Double> out = new java.util.EnumMap<>(Act.class);
      for (Act act : acts) out.put(act, minProbability);
      return out;
    }

    public Set<Act> acts() {
      return minProbabilities.keySet();
    }

    /** The acts with their least probabilities, in act order: "apology 0.7, escalation 0.95". */
    public String describe() {
      return minProbabilities.entrySet().stream()
          .map(e -> e.getKey().id() + " " + String.format(java.util.Locale.ROOT, "%.2f", e.getValue()))
          .collect(java.util.stream.Collectors.joining(", "));
    }
  }

  /** An act found in a sentence: how probable, the words that weighed most for it, and its nearest example. */
  public record Finding(Act act, double probability, List<String> words, NearestExamples.Neighbour nearest) {}

  /** Groups of example lines fall into this many folds, so that a line of an example file can be judged without its own. */
  public static final int FOLDS = 5;
  /** A model trained on every example; the others leave one fold out. */
  public static final int ALL = -1;
  /**
   * The group of an example every model learns from, never left out: a line of another set (another language's), which
   * no line judged here can be a variant of.
   */
  public static final String EVERY_FOLD = "*";
  private static final int NO_FOLD = -2;

  private static final int EPOCHS = 30;
  private static final double LEARNING_RATE = 0.5;
  private static final double L2 = 1e-3;
  private static final long ORDER_SEED = 17;
  private static final int CITED_WORDS = 3;

  private final List<NearestExamples.Example> examples;
  private final Map<String, String> fileHashes;
  private final Settings settings;
  /**
   * Bumped whenever {@link #features} or the training changes, so that classifiers kept in a cache by an earlier
   * version are learned again rather than used.
   */
  static final String VERSION = "examples-2";

  private final Map<String, Integer> featureIds = new HashMap<>();
  private final List<String> featureNames;
  private final int[] exampleFolds;
  private final Map<String, Model> models = new ConcurrentHashMap<>();
  /** Made when first needed: a classifier read from its cache may never cite an example or learn again. */
  private volatile NearestExamples index;
  private volatile int[][] exampleFeatures;

  private record Model(float[] weights, float bias) {}

  /** @param fileHashes the SHA-256 of each example file's content, by the file's name as examples cite it */
  public ExampleClassifier(List<NearestExamples.Example> examples, Map<String, String> fileHashes, Settings settings) {
    this(examples, fileHashes, settings, new ArrayList<>(), Map.of());
  }

  /**
   * @param featureNames the features in the order of their ids, as a classifier of the same examples learned them;
   *     empty to learn them
   * @param models models already trained on the same examples and features, by act and fold
   */
  private ExampleClassifier(List<NearestExamples.Example> examples, Map<String, String> fileHashes, Settings settings,
      List<String> featureNames, Map<String, Model> models) {
    this.examples = List.copyOf(examples);
    this.fileHashes = Map.copyOf(fileHashes);
    this.settings = settings;
    this.featureNames = featureNames;
    exampleFolds = new int[examples.size()];
    for (int e = 0; e < examples.size(); e++) {
      String group = examples.get(e).group();
      exampleFolds[e] = EVERY_FOLD.equals(group) ? NO_FOLD : fold(group);
    }
    if (featureNames.isEmpty()) {
      int[][] features = new int[examples.size()][];
      for (int e = 0; e < examples.size(); e++) features[e] = ids(features(examples.get(e).key()), true);
      exampleFeatures = features;
    } else {
      for (int i = 0; i < featureNames.size(); i++) featureIds.put(featureNames.get(i), i);
    }
    this.models.putAll(models);
  }

  public Settings settings() {
    return settings;
  }

  public List<NearestExamples.Example> examples() {
    return examples;
  }

  /** The SHA-256 of each example file's content, by the file's name as examples cite it. */
  public Map<String, String> fileHashes() {
    return fileHashes;
  }

  private NearestExamples index() {
    NearestExamples i = index;
    if (i == null) {
      synchronized (this) {
        if (index == null) index = new NearestExamples(examples);
        i = index;
      }
    }
    return i;
  }

  private int[][] exampleFeatures() {
    int[][] f = exampleFeatures;
    if (f == null) {
      synchronized (this) {
        if (exampleFeatures == null) {
          int[][] made = new int[examples.size()][];
          for (int e = 0; e < examples.size(); e++) made[e] = ids(features(examples.get(e).key()), false);
          exampleFeatures = made;
        }
        f = exampleFeatures;
      }
    }
    return f;
  }

  private static final String CACHE_FORMAT = "servicesim-examples-1";

  /**
   * Writes the examples, the features and the trained models of the settings' acts to {@code file} (through a
   * temporary file, so that a reader never sees half of it).
   */
  public void save(java.nio.file.Path file) throws java.io.IOException {
    save(file, Set.of());
  }

  /** Like {@link #save(java.nio.file.Path)}, with the models of {@code alsoModelled} too (acts only asked about). */
  public void save(java.nio.file.Path file, Set<Act> alsoModelled) throws java.io.IOException {
    prepare();
    alsoModelled.parallelStream().forEach(act -> model(act, ALL));
    java.nio.file.Files.createDirectories(file.getParent());
    java.nio.file.Path tmp = java.nio.file.Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
        java.nio.file.Files.newOutputStream(tmp), 1 << 16))) {
      out.writeUTF(CACHE_FORMAT);
      out.writeInt(examples.size());
      for (NearestExamples.Example e : examples) {
        out.writeUTF(e.key());
        out.writeLong(mask(e.acts()));
        out.writeLong(mask(e.ignore()));
        out.writeUTF(e.file());
        out.writeInt(e.line());
        out.writeUTF(e.lineText());
        out.writeUTF(e.group());
      }
      out.writeInt(fileHashes.size());
      for (var h : new java.util.TreeMap<>(fileHashes).entrySet()) {
        out.writeUTF(h.getKey());
        out.writeUTF(h.getValue());
      }
      out.writeInt(featureNames.size());
      for (String f : featureNames) out.writeUTF(f);
      Set<Act> modelled = java.util.EnumSet.noneOf(Act.class);
      modelled.addAll(settings.acts());
      modelled.addAll(alsoModelled);
      List<Act> acts = List.copyOf(modelled);
      out.writeInt(acts.size());
      for (Act act : acts) {
        Model m = model(act, ALL);
        out.writeUTF(act.name());
        out.writeFloat(m.bias());
        out.writeInt(m.weights().length);
        for (float w : m.weights()) out.writeFloat(w);
      }
    }
    java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** A classifier as {@link #save} wrote it, with these settings; empty when the file is missing or unreadable. */
  public static java.util.Optional<ExampleClassifier> load(java.nio.file.Path file, Settings settings) {
    if (!java.nio.file.Files.isRegularFile(file)) return java.util.Optional.empty();
    try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(
        java.nio.file.Files.newInputStream(file), 1 << 16))) {
      if (!CACHE_FORMAT.equals(in.readUTF())) return java.util.Optional.empty();
      int n = in.readInt();
      List<NearestExamples.Example> examples = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        examples.add(new NearestExamples.Example(in.readUTF(), acts(in.readLong()), acts(in.readLong()), in.readUTF(),
            in.readInt(), in.readUTF(), in.readUTF()));
      }
      Map<String, String> hashes = new HashMap<>();
      for (int i = in.readInt(); i > 0; i--) hashes.put(in.readUTF(), in.readUTF());
      int features = in.readInt();
      List<String> names = new ArrayList<>(features);
      for (int i = 0; i < features; i++) names.add(in.readUTF());
      Map<String, Model> models = new HashMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        Act act = Act.valueOf(in.readUTF());
        float bias = in.readFloat();
        float[] w = new float[in.readInt()];
        for (int k = 0; k < w.length; k++) w[k] = in.readFloat();
        models.put(modelKey(act, ALL), new Model(w, bias));
      }
      return java.util.Optional.of(new ExampleClassifier(examples, hashes, settings, names, models));
    } catch (java.io.IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  private static long mask(Set<Act> acts) {
    long m = 0;
    for (Act a : acts) m |= 1L << a.ordinal();
    return m;
  }

  private static Set<Act> acts(long mask) {
    Set<Act> out = java.util.EnumSet.noneOf(Act.class);
    for (Act a : Act.values()) if ((mask & (1L << a.ordinal())) != 0) out.add(a);
    return out;
  }

  /** The fold of an example group: the first 8 hex digits of the SHA-256 of its id, modulo {@link #FOLDS}. */
  public static int fold(String group) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(group.getBytes(StandardCharsets.UTF_8));
      long v = ((h[0] & 0xffL) << 24) | ((h[1] & 0xffL) << 16) | ((h[2] & 0xffL) << 8) | (h[3] & 0xffL);
      return (int) (v % FOLDS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The settings' acts found in a sentence {@code key}, by the model that left out {@code fold} ({@link #ALL}: none),
   * citing the nearest example among those {@code allowed}.
   */
  public List<Finding> find(String key, int fold, Predicate<NearestExamples.Example> allowed) {
    return find(key, fold, settings, allowed);
  }

  /** Like {@link #find(String, int, Predicate)}, for any acts and least probabilities (to choose the settings). */
  public List<Finding> find(String key, int fold, Settings wanted, Predicate<NearestExamples.Example> allowed) {
    if (wanted.acts().isEmpty() || loneWord(key)) return List.of();
    int[] x = ids(features(key), false);
    if (x.length == 0) return List.of();
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<Act, Double> wantedAct : wanted.minProbabilities().entrySet()) {
      Act act = wantedAct.getKey();
      Model m = model(act, fold);
      double p = probability(m, x);
      if (p < wantedAct.getValue()) continue;
      List<NearestExamples.Neighbour> nearest = index().nearest(key, 1, e -> e.acts().contains(act) && allowed.test(e));
      out.add(new Finding(act, p, strongestWords(m, x), nearest.isEmpty() ? null : nearest.get(0)));
    }
    return out;
  }

  /** Trains the model of every act of the settings now, rather than when a sentence first needs it. */
  private void prepare() {
    settings.acts().parallelStream().forEach(act -> model(act, ALL));
  }

  /** The probability of {@code act} in sentence {@code key} by the model that left out {@code fold}. */
  public double probability(Act act, String key, int fold) {
    return probability(model(act, fold), ids(features(key), false));
  }

  private Model model(Act act, int fold) {
    return models.computeIfAbsent(modelKey(act, fold), k -> train(act, fold));
  }

  private static String modelKey(Act act, int fold) {
    return act.name() + "/" + fold;
  }

  /**
   * Stochastic gradient descent on the log loss, the two classes weighted to count alike, each sentence's features
   * scaled to unit length; examples in one fixed shuffled order per epoch.
   */
  private Model train(Act act, int fold) {
    int[][] exampleFeatures = exampleFeatures();
    List<Integer> used = new ArrayList<>();
    int positives = 0;
    for (int e = 0; e < examples.size(); e++) {
      if (fold != ALL && exampleFolds[e] == fold) continue;
      if (examples.get(e).ignore().contains(act)) continue;
      used.add(e);
      if (examples.get(e).acts().contains(act)) positives++;
    }
    float[] w = new float[featureNames.size()];
    double bias = 0;
    if (positives == 0 || positives == used.size()) return new Model(w, positives == 0 ? -30f : 30f);
    double positiveWeight = used.size() / (2.0 * positives);
    double negativeWeight = used.size() / (2.0 * (used.size() - positives));
    int[] order = used.stream().mapToInt(Integer::intValue).toArray();
    Random random = new Random(ORDER_SEED);
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int e : order) {
        int[] x = exampleFeatures[e];
        if (x.length == 0) continue;
        double scale = 1 / Math.sqrt(x.length);
        double z = bias;
        for (int f : x) z += w[f] * scale;
        boolean positive = examples.get(e).acts().contains(act);
        double g = (sigmoid(z) - (positive ? 1 : 0)) * (positive ? positiveWeight : negativeWeight);
        bias -= LEARNING_RATE * g * 0.1;
        for (int f : x) w[f] -= (float) (LEARNING_RATE * (g * scale + L2 * w[f]));
      }
    }
    return new Model(w, (float) bias);
  }

  /**
   * The model's probability for a sentence of features {@code x}, scaled as in training by the number of features the
   * model learned from: a feature only examples it never saw carry (lines of a file that teaches other acts, lines
   * with the act in ignore) has no weight and does not count, so that such lines leave this act's findings as they
   * were.
   */
  private static double probability(Model m, int[] x) {
    float[] w = m.weights();
    double sum = 0;
    int known = 0;
    for (int f : x) {
      if (f < w.length && w[f] != 0) {
        sum += w[f];
        known++;
      }
    }
    if (known == 0) return 0;
    return sigmoid(m.bias() + sum / Math.sqrt(known));
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
  }

  /** The words and word pairs of the sentence that weighed most for the act. */
  private List<String> strongestWords(Model m, int[] x) {
    List<Integer> words = new ArrayList<>();
    for (int f : x) {
      if (f < m.weights().length && m.weights()[f] > 0 && !featureNames.get(f).startsWith("c ")) words.add(f);
    }
    words.sort(Comparator.comparingDouble((Integer f) -> -m.weights()[f]).thenComparing(f -> featureNames.get(f)));
    return words.stream().limit(CITED_WORDS).map(f -> featureNames.get(f).substring(2)).toList();
  }

  /** Feature ids of the features; new ones get an id only while {@code learning} (the examples' own). */
  private int[] ids(Set<String> features, boolean learning) {
    List<Integer> out = new ArrayList<>();
    for (String f : features) {
      Integer id = featureIds.get(f);
      if (id == null && learning) {
        id = featureNames.size();
        featureIds.put(f, id);
        featureNames.add(f);
      }
      if (id != null) out.add(id);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Whether a sentence key holds one word or none: the classifier leaves it to the phrases, since a lone word, such as
   * the initials that sign a reply ("^SD" after a link), says too little, and what it found would rest on who signed.
   */
  private static boolean loneWord(String key) {
    return key.trim().indexOf(' ') < 0;
  }

  /**
   * A sentence key's words ("w "), neighbouring word pairs ("b ") and character n-grams ("c "), each once; the
   * character n-grams of a negated word apart ("n ").
   */
  static Set<String> features(String key) {
    Set<String> out = new LinkedHashSet<>();
    String[] words = key.trim().isEmpty() ? new String[0] : key.trim().split(" +");
    for (int i = 0; i < words.length; i++) {
      out.add("w " + words[i]);
      if (i > 0) out.add("b " + words[i - 1] + " " + words[i]);
    }
    // a negated word's spelling must not count as the word's: "not ~happy" shares no n-gram with "happy"
    StringBuilder plain = new StringBuilder();
    for (String w : words) {
      if (w.charAt(0) == ActDetector.NEGATED) {
        plain.append(ActDetector.NEGATED).append(' ');
        for (String g : NearestExamples.grams(w.substring(1))) out.add("n " + g);
      } else {
        plain.append(w).append(' ');
      }
    }
    for (String g : NearestExamples.grams(plain.toString())) out.add("c " + g);
    return out;
  }
}
