package servicesim.files;

import java.util.List;
import java.util.Optional;

/** A YAML node that remembers where it was written. Scalars keep their text; interpretation is the reader's job. */
public sealed interface YamlNode {

  Location location();

  /** A human name for the node's kind, for messages such as "expected a list, found a mapping". */
  String kind();

  /**
   * A value as written. {@code plain}: without quotes or tag. {@code text}: false only for the numbers and booleans of
   * a JSON document, which are not text where text is expected.
   */
  record Scalar(String value, boolean plain, boolean text, Location location) implements YamlNode {

    public Scalar(String value, boolean plain, Location location) {
      this(value, plain, true, location);
    }

    /** A plain {@code ~}, {@code null} or empty value. */
    public boolean isNull() {
      return plain && (value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null") || value.equals("NULL"));
    }

    @Override
    public String kind() {
      if (isNull()) return "nothing";
      return text ? "a text value" : "a number or true/false";
    }
  }

  record Sequence(List<YamlNode> items, Location location) implements YamlNode {
    @Override
    public String kind() {
      return "a list";
    }
  }

  record Entry(Scalar key, YamlNode value) {}

  record Mapping(List<Entry> entries, Location location) implements YamlNode {
    public Optional<YamlNode> get(String key) {
      return entries.stream().filter(e -> e.key().value().equals(key)).map(Entry::value).findFirst();
    }

    @Override
    public String kind() {
      return "a mapping";
    }
  }
}
