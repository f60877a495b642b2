package servicesim.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * A YAML file read into located nodes, with the SHA-256 of its bytes. Syntax errors, bad encodings, duplicate keys,
 * custom tags, recursive aliases and files beyond the limits become located problems; nothing here throws anything
 * but {@link InvalidFileException}. Reading takes time linear in the file's size, aliases included: what aliases
 * stand for is bounded by {@link #MAX_ALIAS_VALUES}, nesting by {@link #MAX_DEPTH}, the file by {@link #MAX_BYTES}.
 */
public record YamlFile(String name, String sha256, String text, YamlNode root) {

  /** The largest file read, from disk as over HTTP. */
  public static final int MAX_BYTES = 1024 * 1024;
  /** How deep lists and mappings may nest, aliases expanded. */
  public static final int MAX_DEPTH = 50;
  /** How many values all aliases of a file may stand for together (a few anchors reused are far below). */
  public static final int MAX_ALIAS_VALUES = 10_000;

  /** Tags a file may write explicitly: YAML's own for plain values, lists and mappings. */
  private static final Set<String> STANDARD_TAGS = Set.of("!", Tag.STR.getValue(), Tag.INT.getValue(),
      Tag.FLOAT.getValue(), Tag.BOOL.getValue(), Tag.NULL.getValue(), Tag.SEQ.getValue(), Tag.MAP.getValue());
  private static final String MERGE_KEY = "<<";

  public static YamlFile read(Path path) throws InvalidFileException {
    String name = path.toString();
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) throw tooLarge(name, size);
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InvalidFileException(Location.of(name), "no such file");
    } catch (IOException e) {
      throw new InvalidFileException(Location.of(name), "cannot read file: " + e.getMessage());
    }
    return parse(name, bytes);
  }

  public static YamlFile parse(String name, byte[] bytes) throws InvalidFileException {
    if (bytes.length > MAX_BYTES) throw tooLarge(name, bytes.length);
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
    return parse(name, text, ContentHash.sha256(bytes), false);
  }

  public static YamlFile parse(String name, String text) throws InvalidFileException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_BYTES) throw tooLarge(name, bytes.length);
    return parse(name, text, ContentHash.sha256(bytes), false);
  }

  /**
   * JSON text (JSON is YAML) read the same way, except that its numbers and {@code true}/{@code false} are not text:
   * {@link Fields} refuses them where text is expected, as a JSON client would expect.
   */
  public static YamlFile parseJson(String name, String text) throws InvalidFileException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_BYTES) throw tooLarge(name, bytes.length);
    return parse(name, text, ContentHash.sha256(bytes), true);
  }

  private static InvalidFileException tooLarge(String name, long size) {
    return new InvalidFileException(Location.of(name), "the file is " + size + " bytes; files are limited to "
        + MAX_BYTES + " bytes (1 MiB)");
  }

  private static YamlFile parse(String name, String text, String sha256, boolean json) throws InvalidFileException {
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    int[] codePoints = text.codePoints().toArray();
    checkPrintable(name, codePoints);
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE); // the size is checked above, in bytes
    Parser parser = new ParserImpl(new WholeTextReader(name, codePoints), options);
    Problems problems = new Problems();
    YamlNode root;
    try {
      root = new Composer(name, parser, problems, json).document();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Location at = mark == null ? Location.of(name) : location(name, mark);
      throw new InvalidFileException(at, "YAML syntax: " + describe(e) + unclosedQuoteHint(text, at.line()));
    } catch (YAMLException e) {
      throw new InvalidFileException(Location.of(name), "YAML: " + e.getMessage());
    }
    problems.throwIfAny();
    return new YamlFile(name, sha256, text, root);
  }

  /** YAML allows no control characters but tab and line breaks; SnakeYAML's own check is bypassed with its reader. */
  private static void checkPrintable(String name, int[] codePoints) throws InvalidFileException {
    int line = 1;
    int column = 1;
    for (int i = 0; i < codePoints.length; i++) {
      int c = codePoints[i];
      if (!StreamReader.isPrintable(c)) {
        throw new InvalidFileException(new Location(name, line, column), String.format("the file holds the control "
            + "character U+%04X, which YAML does not allow", c));
      }
      if (Constant.LINEBR.has(c) || (c == '\r' && i + 1 < codePoints.length && codePoints[i + 1] != '\n')) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
  }

  private static Location location(String name, Mark mark) {
    return new Location(name, mark.getLine() + 1, mark.getColumn() + 1);
  }

  /**
   * Builds located nodes from the parser's events. Unlike SnakeYAML's composer it names the place of each alias, so
   * a recursive alias, an alias that stands for too much and nesting too deep are reported where they are written;
   * an alias shares its anchor's node, so an alias costs nothing to read.
   */
  private static final class Composer {

    /** How many values a node stands for, and how many levels of lists and mappings it holds. */
    private record Shape(long values, int height) {}

    /** An anchor whose node is still being read: an alias to it would be a node containing itself. */
    private static final YamlNode IN_PROGRESS = new YamlNode.Scalar("", true, Location.of(""));

    private final String name;
    private final Parser parser;
    private final Problems problems;
    private final boolean json;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    private final Map<YamlNode, Shape> shapes = new IdentityHashMap<>();
    /** What stands for an alias already reported, so that it causes no second problem. */
    private final Set<YamlNode> placeholders = Collections.newSetFromMap(new IdentityHashMap<>());
    private long aliasValues;

    Composer(String name, Parser parser, Problems problems, boolean json) {
      this.name = name;
      this.parser = parser;
      this.problems = problems;
      this.json = json;
    }

    YamlNode document() throws InvalidFileException {
      parser.getEvent(); // stream start
      if (parser.checkEvent(Event.ID.StreamEnd)) return emptyDocument();
      parser.getEvent(); // document start
      YamlNode root = node(1);
      parser.getEvent(); // document end
      if (!parser.checkEvent(Event.ID.StreamEnd)) {
        throw new InvalidFileException(location(name, parser.peekEvent().getStartMark()),
            "a second YAML document starts here: a file holds one");
      }
      return root;
    }

    private YamlNode emptyDocument() {
      return new YamlNode.Scalar("", true, Location.of(name));
    }

    private YamlNode node(int depth) throws InvalidFileException {
      Event event = parser.getEvent();
      Location at = location(name, event.getStartMark());
      if (event instanceof AliasEvent alias) return alias(alias, at, depth);
      NodeEvent nodeEvent = (NodeEvent) event;
      String anchor = nodeEvent.getAnchor();
      YamlNode node;
      if (event instanceof ScalarEvent scalar) {
        checkTag(scalar.getTag(), at);
        boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && scalar.getTag() == null;
        YamlNode.Scalar s = new YamlNode.Scalar(scalar.getValue(), plain, true, at);
        node = json && plain && !s.isNull() ? new YamlNode.Scalar(scalar.getValue(), true, false, at) : s;
        shapes.put(node, new Shape(1, 0));
      } else {
        checkTag(((CollectionStartEvent) event).getTag(), at);
        if (depth > MAX_DEPTH) {
          problems.add(at, "lists and mappings nest more than " + MAX_DEPTH + " levels deep here");
          problems.throwIfAny();
        }
        if (anchor != null) anchors.put(anchor, IN_PROGRESS);
        node = event.is(Event.ID.SequenceStart) ? sequence(at, depth) : mapping(at, depth);
      }
      if (anchor != null) anchors.put(anchor, node);
      return node;
    }

    private YamlNode alias(AliasEvent alias, Location at, int depth) throws InvalidFileException {
      YamlNode target = anchors.get(alias.getAnchor());
      if (target == null) {
        problems.add(at, "the alias *" + alias.getAnchor() + " names no anchor (&" + alias.getAnchor()
            + ") written before it");
        return placeholder(at);
      }
      if (target == IN_PROGRESS) {
        problems.add(at, "the alias *" + alias.getAnchor() + " is inside the node it names: it would contain "
            + "itself without end");
        return placeholder(at);
      }
      Shape shape = shapes.get(target);
      aliasValues += shape.values();
      if (aliasValues > MAX_ALIAS_VALUES) {
        problems.add(at, "aliases stand for more than " + MAX_ALIAS_VALUES + " values in all by this one (*"
            + alias.getAnchor() + "); write the values out or reuse less");
        problems.throwIfAny();
      }
      if (depth + shape.height() - 1 > MAX_DEPTH) {
        problems.add(at, "the alias *" + alias.getAnchor() + " makes lists and mappings nest more than "
            + MAX_DEPTH + " levels deep");
        problems.throwIfAny();
      }
      return target;
    }

    private YamlNode placeholder(Location at) {
      YamlNode node = new YamlNode.Scalar("", true, at);
      shapes.put(node, new Shape(1, 0));
      placeholders.add(node);
      return node;
    }

    private void checkTag(String tag, Location at) {
      if (tag != null && !STANDARD_TAGS.contains(tag)) {
        problems.add(at, "the tag '" + abbreviate(tag) + "' is not allowed: write plain values, lists and mappings");
      }
    }

    private YamlNode sequence(Location at, int depth) throws InvalidFileException {
      List<YamlNode> items = new ArrayList<>();
      long values = 1;
      int height = 0;
      while (!parser.checkEvent(Event.ID.SequenceEnd)) {
        YamlNode item = node(depth + 1);
        items.add(item);
        Shape shape = shapes.get(item);
        values += shape.values();
        height = Math.max(height, shape.height());
      }
      parser.getEvent();
      YamlNode node = new YamlNode.Sequence(List.copyOf(items), at);
      shapes.put(node, new Shape(values, height + 1));
      return node;
    }

    private YamlNode mapping(Location at, int depth) throws InvalidFileException {
      Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
      List<YamlNode> merges = new ArrayList<>();
      while (!parser.checkEvent(Event.ID.MappingEnd)) {
        YamlNode key = node(depth + 1);
        YamlNode value = node(depth + 1);
        if (!(key instanceof YamlNode.Scalar scalarKey)) {
          problems.add(key, "a key must be a plain name, not " + key.kind());
          continue;
        }
        if (scalarKey.plain() && scalarKey.value().equals(MERGE_KEY)) {
          merges.add(value);
          continue;
        }
        YamlNode.Entry first = entries.putIfAbsent(scalarKey.value(), new YamlNode.Entry(scalarKey, value));
        if (first != null) {
          problems.add(scalarKey, "duplicate key '" + scalarKey.value() + "' (first given at line "
              + first.key().location().line() + ")");
        }
      }
      parser.getEvent();
      for (YamlNode merge : merges) merge(merge, entries);
      long values = 1;
      int height = 0;
      for (YamlNode.Entry e : entries.values()) {
        Shape shape = shapes.get(e.value());
        values += 1 + shape.values();
        height = Math.max(height, shape.height());
      }
      YamlNode node = new YamlNode.Mapping(List.copyOf(entries.values()), at);
      shapes.put(node, new Shape(values, height + 1));
      return node;
    }

    /** YAML's merge key: the keys of the mappings given, unless the mapping or an earlier merge has them. */
    private void merge(YamlNode merge, Map<String, YamlNode.Entry> entries) {
      List<YamlNode> sources = merge instanceof YamlNode.Sequence seq ? seq.items() : List.of(merge);
      for (YamlNode source : sources) {
        if (placeholders.contains(source)) continue;
        if (source instanceof YamlNode.Mapping m) {
          for (YamlNode.Entry e : m.entries()) entries.putIfAbsent(e.key().value(), e);
        } else {
          problems.add(source, "'<<' merges mappings: give an alias of a mapping (<<: *defaults) or a list of "
              + "them, not " + source.kind());
        }
      }
    }

    private static String abbreviate(String s) {
      return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
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
