package servicesim.files;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the fields of one YAML mapping, recording every problem instead of stopping at the first. Each accessor
 * marks its key as known, so {@link #rejectUnknownKeys()} can name the keys nobody asked for. Accessors return
 * {@code null} (or the default) when a value is absent or wrong; callers build their model only when the file's
 * {@link Problems} stay empty.
 */
public final class Fields {

  private final YamlNode.Mapping mapping;
  private final Location location;
  private final Problems problems;
  private final Set<String> known = new LinkedHashSet<>();

  private Fields(YamlNode.Mapping mapping, Location location, Problems problems) {
    this.mapping = mapping;
    this.location = location;
    this.problems = problems;
  }

  /** Fields of {@code node}; when it is not a mapping, records a problem and returns fields with no keys. */
  public static Fields of(YamlNode node, String what, Problems problems) {
    if (node instanceof YamlNode.Mapping m) return new Fields(m, m.location(), problems);
    problems.add(node, "expected " + what + " (a mapping of keys to values), found " + node.kind());
    return new Fields(new YamlNode.Mapping(List.of(), node.location()), node.location(), problems);
  }

  public Location location() {
    return location;
  }

  public Problems problems() {
    return problems;
  }

  public List<String> keys() {
    return mapping.entries().stream().map(e -> e.key().value()).toList();
  }

  public boolean has(String key) {
    known.add(key);
    return mapping.get(key).filter(n -> !(n instanceof YamlNode.Scalar s && s.isNull())).isPresent();
  }

  /** The node under {@code key}, absent also when written as an empty value. */
  public Optional<YamlNode> node(String key) {
    known.add(key);
    return mapping.get(key).filter(n -> !(n instanceof YamlNode.Scalar s && s.isNull()));
  }

  public Location locationOf(String key) {
    return mapping.entries().stream()
        .filter(e -> e.key().value().equals(key))
        .map(e -> e.value().location())
        .findFirst()
        .orElse(location);
  }

  public YamlNode required(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      problems.add(location, "missing required key '" + key + "'");
      return null;
    }
    return node.get();
  }

  public String string(String key) {
    return node(key).map(n -> scalarText(n, key, problems)).orElse(null);
  }

  public String string(String key, String defaultValue) {
    String s = string(key);
    return s == null ? defaultValue : s;
  }

  public String requiredString(String key) {
    YamlNode node = required(key);
    if (node == null) return null;
    String s = scalarText(node, key, problems);
    if (s != null && s.isBlank()) {
      problems.add(node, "'" + key + "' must not be empty");
      return null;
    }
    return s;
  }

  /** A required identifier matching {@code pattern}; {@code rule} describes the pattern for the message. */
  public String requiredId(String key, Pattern pattern, String rule) {
    String s = requiredString(key);
    if (s != null && !pattern.matcher(s).matches()) {
      problems.add(locationOf(key), "'" + key + "' must be " + rule + ", found '" + s + "'");
      return null;
    }
    return s;
  }

  public Integer integer(String key, long min, long max) {
    return node(key).map(n -> integerValue(n, key, min, max, problems)).orElse(null);
  }

  public int integer(String key, long min, long max, int defaultValue) {
    Integer i = integer(key, min, max);
    return i == null ? defaultValue : i;
  }

  public Double number(String key, double min, double max) {
    return node(key).map(n -> numberValue(n, key, min, max, problems)).orElse(null);
  }

  public Boolean bool(String key) {
    return node(key).map(n -> boolValue(n, key, problems)).orElse(null);
  }

  public boolean bool(String key, boolean defaultValue) {
    Boolean b = bool(key);
    return b == null ? defaultValue : b;
  }

  public Duration duration(String key) {
    return node(key).map(n -> durationValue(n, key, problems)).orElse(null);
  }

  public Duration duration(String key, Duration defaultValue) {
    Duration d = duration(key);
    return d == null ? defaultValue : d;
  }

  /** One of {@code allowed}; anything else is reported with the list of what is allowed. */
  public String oneOf(String key, Collection<String> allowed) {
    return node(key).map(n -> oneOfValue(n, key, allowed, problems)).orElse(null);
  }

  /** A single text value or a list of them. */
  public List<String> strings(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) return List.of();
    if (node.get() instanceof YamlNode.Sequence seq) {
      List<String> out = new ArrayList<>();
      for (YamlNode item : seq.items()) {
        String s = scalarText(item, key, problems);
        if (s != null) out.add(s);
      }
      return List.copyOf(out);
    }
    String s = scalarText(node.get(), key, problems);
    return s == null ? List.of() : List.of(s);
  }

  /** The items of a list under {@code key} (empty when absent; a problem when not a list). */
  public List<YamlNode> list(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) return List.of();
    if (node.get() instanceof YamlNode.Sequence seq) return seq.items();
    problems.add(node.get(), "'" + key + "' must be a list, found " + node.get().kind());
    return List.of();
  }

  /** Reads the nested mapping under {@code key} with {@code reader}, or returns {@code null} when absent. */
  public <T> T mapping(String key, Function<Fields, T> reader) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) return null;
    Fields nested = Fields.of(node.get(), "'" + key + "'", problems);
    if (!(node.get() instanceof YamlNode.Mapping)) return null; // one problem, not one per missing key
    T value = reader.apply(nested);
    nested.rejectUnknownKeys();
    return value;
  }

  /** The entries of a nested mapping whose keys are names chosen by the author (ids, act names...). */
  public List<YamlNode.Entry> entries(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) return List.of();
    if (node.get() instanceof YamlNode.Mapping m) return m.entries();
    problems.add(node.get(), "'" + key + "' must be a mapping, found " + node.get().kind());
    return List.of();
  }

  /** Reports every key that no accessor asked for, suggesting the nearest known key. */
  public void rejectUnknownKeys() {
    for (YamlNode.Entry entry : mapping.entries()) {
      String key = entry.key().value();
      if (known.contains(key)) continue;
      String suggestion = Suggestions.nearest(key, known)
          .map(k -> " (did you mean '" + k + "'?)")
          .orElse(known.isEmpty() ? "" : " (expected one of: " + String.join(", ", known) + ")");
      problems.add(entry.key(), "unknown key '" + key + "'" + suggestion);
    }
  }

  // --- values of single nodes, usable on list items too ---

  public static String scalarText(YamlNode node, String what, Problems problems) {
    if (node instanceof YamlNode.Scalar s && !s.isNull() && s.text()) return s.value();
    problems.add(node, "'" + what + "' must be a text value, found " + node.kind());
    return null;
  }

  /** A number or boolean as written, whether quoted or not. */
  private static String scalarValue(YamlNode node, String what, String expected, Problems problems) {
    if (node instanceof YamlNode.Scalar s && !s.isNull()) return s.value();
    problems.add(node, "'" + what + "' must be " + expected + ", found " + node.kind());
    return null;
  }

  public static Integer integerValue(YamlNode node, String what, long min, long max, Problems problems) {
    String s = scalarValue(node, what, "a whole number", problems);
    if (s == null) return null;
    try {
      long v = Long.parseLong(s.trim().startsWith("+") ? s.trim().substring(1) : s.trim());
      if (v < min || v > max) {
        problems.add(node, "'" + what + "' must be between " + min + " and " + max + ", found " + v);
        return null;
      }
      return (int) v;
    } catch (NumberFormatException e) {
      problems.add(node, "'" + what + "' must be a whole number, found '" + s + "'");
      return null;
    }
  }

  public static Double numberValue(YamlNode node, String what, double min, double max, Problems problems) {
    String s = scalarValue(node, what, "a number", problems);
    if (s == null) return null;
    try {
      double v = Double.parseDouble(s.trim());
      if (Double.isNaN(v) || v < min || v > max) {
        problems.add(node, "'" + what + "' must be between " + fmt(min) + " and " + fmt(max) + ", found " + s.trim());
        return null;
      }
      return v;
    } catch (NumberFormatException e) {
      problems.add(node, "'" + what + "' must be a number, found '" + s + "'");
      return null;
    }
  }

  public static Boolean boolValue(YamlNode node, String what, Problems problems) {
    String s = scalarValue(node, what, "true or false", problems);
    if (s == null) return null;
    return switch (s.trim()) {
      case "true", "True", "TRUE", "yes" -> true;
      case "false", "False", "FALSE", "no" -> false;
      default -> {
        problems.add(node, "'" + what + "' must be true or false, found '" + s + "'");
        yield null;
      }
    };
  }

  public static Duration durationValue(YamlNode node, String what, Problems problems) {
    String s = scalarText(node, what, problems);
    if (s == null) return null;
    Optional<Duration> d = Durations.parse(s);
    if (d.isEmpty()) {
      problems.add(node, "'" + what + "' must be a duration such as 30s, 5m, 2h, 3d or 1d12h, found '" + s + "'");
      return null;
    }
    return d.get();
  }

  public static String oneOfValue(YamlNode node, String what, Collection<String> allowed, Problems problems) {
    String s = scalarText(node, what, problems);
    if (s == null) return null;
    if (allowed.contains(s)) return s;
    String hint = Suggestions.nearest(s, allowed).map(k -> "did you mean '" + k + "'? ").orElse("");
    problems.add(node, "unknown " + what + " '" + s + "' (" + hint + "expected one of: " + String.join(", ", allowed) + ")");
    return null;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
