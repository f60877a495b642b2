package servicesim.files;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.DumperOptions;

/**
 * A YAML file read into located nodes, with the SHA-256 of its bytes. Syntax errors, bad encodings and
 * duplicate keys become located problems; nothing here throws anything but {@link InvalidFileException}.
 */
public record YamlFile(String name, String sha256, String text, YamlNode root) {

  private static final int MAX_ALIASES = 50;

  public static YamlFile read(Path path) throws InvalidFileException {
    String name = path.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InvalidFileException(Location.of(name), "no such file");
    } catch (IOException e) {
      throw new InvalidFileException(Location.of(name), "cannot read file: " + e.getMessage());
    }
    return parse(name, bytes);
  }

  public static YamlFile parse(String name, byte[] bytes) throws InvalidFileException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidFileException(locationOfBadByte(name, bytes), "the file is not valid UTF-8 text");
    }
    return parse(name, text, ContentHash.sha256(bytes));
  }

  public static YamlFile parse(String name, String text) throws InvalidFileException {
    return parse(name, text, ContentHash.sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static YamlFile parse(String name, String text, String sha256) throws InvalidFileException {
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowDuplicateKeys(true); // reported below, with both places
    Yaml yaml = new Yaml(options);
    Node node;
    try {
      node = yaml.compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Location at = mark == null ? Location.of(name) : new Location(name, mark.getLine() + 1, mark.getColumn() + 1);
      throw new InvalidFileException(at, "YAML syntax: " + describe(e) + unclosedQuoteHint(text, at.line()));
    } catch (YAMLException e) {
      throw new InvalidFileException(Location.of(name), "YAML: " + e.getMessage());
    }
    if (node == null) {
      return new YamlFile(name, sha256, text, new YamlNode.Scalar("", true, Location.of(name)));
    }
    Problems problems = new Problems();
    YamlNode root = convert(name, node, problems);
    problems.throwIfAny();
    return new YamlFile(name, sha256, text, root);
  }

  /** Points at an earlier line whose quotes do not pair up: the usual cause of a confusing syntax error. */
  private static String unclosedQuoteHint(String text, int problemLine) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < Math.min(problemLine, lines.length); i++) {
      String line = lines[i];
      int comment = line.indexOf(" #");
      String code = comment >= 0 ? line.substring(0, comment) : line;
      int quotes = 0;
      int first = -1;
      for (int c = 0; c < code.length(); c++) {
        if (code.charAt(c) == '"' && (c == 0 || code.charAt(c - 1) != '\\')) {
          if (quotes == 0) first = c;
          quotes++;
        }
      }
      if (quotes % 2 == 1 && i + 1 < problemLine) {
        return " (the quote opened at line " + (i + 1) + ", column " + (first + 1) + " is never closed)";
      }
    }
    return "";
  }

  private static String describe(MarkedYAMLException e) {
    StringBuilder s = new StringBuilder();
    if (e.getContext() != null) s.append(e.getContext()).append(", ");
    s.append(e.getProblem() == null ? "malformed YAML" : e.getProblem());
    return s.toString().replace('\n', ' ').replaceAll("\\s+", " ").trim();
  }

  private static YamlNode convert(String name, Node node, Problems problems) {
    Location at = new Location(name, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    if (node instanceof ScalarNode scalar) {
      boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
      return new YamlNode.Scalar(scalar.getValue(), plain, at);
    }
    if (node instanceof SequenceNode sequence) {
      List<YamlNode> items = new ArrayList<>();
      for (Node item : sequence.getValue()) items.add(convert(name, item, problems));
      return new YamlNode.Sequence(List.copyOf(items), at);
    }
    MappingNode mapping = (MappingNode) node;
    List<YamlNode.Entry> entries = new ArrayList<>();
    Map<String, Location> seen = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      YamlNode key = convert(name, tuple.getKeyNode(), problems);
      YamlNode value = convert(name, tuple.getValueNode(), problems);
      if (!(key instanceof YamlNode.Scalar scalarKey)) {
        problems.add(key, "a key must be a plain name, not " + key.kind());
        continue;
      }
      Location first = seen.putIfAbsent(scalarKey.value(), scalarKey.location());
      if (first != null) {
        problems.add(scalarKey, "duplicate key '" + scalarKey.value() + "' (first given at line " + first.line() + ")");
        continue;
      }
      entries.add(new YamlNode.Entry(scalarKey, value));
    }
    return new YamlNode.Mapping(List.copyOf(entries), at);
  }

  private static Location locationOfBadByte(String name, byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < bytes.length; ) {
      int length = utf8Length(bytes[i]);
      boolean ok = length > 0 && i + length <= bytes.length;
      if (ok) {
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, i, length));
        } catch (CharacterCodingException e) {
          ok = false;
        }
      }
      if (!ok) {
        String before = new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8);
        return new Location(name, line, before.codePointCount(0, before.length()) + 1);
      }
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
      i += length;
    }
    return Location.of(name);
  }

  private static int utf8Length(byte lead) {
    int b = lead & 0xFF;
    if (b < 0x80) return 1;
    if (b >= 0xC2 && b <= 0xDF) return 2;
    if (b >= 0xE0 && b <= 0xEF) return 3;
    if (b >= 0xF0 && b <= 0xF4) return 4;
    return -1;
  }
}
