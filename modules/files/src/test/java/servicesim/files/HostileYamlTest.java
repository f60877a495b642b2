package servicesim.files;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Assert;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Files written to knock the reader over: recursive and exploding aliases, deep nesting, custom tags, control
 * characters, files too large, and the longest tokens a file may hold. Each is one located problem, never a stack
 * overflow, a hang or another exception.
 */
public class HostileYamlTest extends JUnitSuite {

  private static InvalidFileException invalid(String text) {
    return Assert.assertThrows(InvalidFileException.class, () -> YamlFile.parse("h.yaml", text));
  }

  @Test
  public void aliasInsideItsOwnAnchorIsALocatedProblem() {
    InvalidFileException e = invalid("id: x\nfacts: &a [*a]\n");
    assertEquals("h.yaml:2:12: the alias *a is inside the node it names: it would contain itself without end",
        e.getMessage());
  }

  @Test
  public void aliasRecursingThroughAMappingIsFoundToo() {
    InvalidFileException e = invalid("a: &a\n  b:\n    c: *a\n");
    assertEquals(1, e.problems().size());
    assertEquals(new Location("h.yaml", 3, 8), e.problems().get(0).location());
  }

  @Test
  public void mergeThatRecursesIsALocatedProblem() {
    InvalidFileException e = invalid("base: &b\n  x: 1\n  <<: *b\n");
    assertEquals(new Location("h.yaml", 3, 7), e.problems().get(0).location());
    assertTrue(e.getMessage(), e.getMessage().contains("inside the node it names"));
  }

  @Test
  public void aliasesThatExplodeStopAtTheLimitWhereTheyCrossIt() {
    StringBuilder y = new StringBuilder("l0: &l0 [a, a, a, a, a, a, a, a, a, a]\n");
    for (int i = 1; i <= 9; i++) {
      y.append("l").append(i).append(": &l").append(i).append(" [");
      for (int j = 0; j < 10; j++) y.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
      y.append("]\n");
    }
    InvalidFileException e = invalid(y.toString());
    assertEquals(1, e.problems().size());
    Problem p = e.problems().get(0);
    assertTrue(p.toString(), p.message().startsWith("aliases stand for more than " + YamlFile.MAX_ALIAS_VALUES));
    assertEquals(4, p.location().line()); // l3's aliases cross 10,000 values
  }

  @Test
  public void nestingBeyondTheLimitIsReportedWhereItGoesTooDeep() {
    String deep = "x: " + "[".repeat(YamlFile.MAX_DEPTH + 5) + "]".repeat(YamlFile.MAX_DEPTH + 5) + "\n";
    InvalidFileException e = invalid(deep);
    // the mapping is the first level, so the list opened at column 3 + n is level n + 1
    assertEquals(new Location("h.yaml", 1, 3 + YamlFile.MAX_DEPTH), e.problems().get(0).location());
    assertTrue(e.getMessage(), e.getMessage().contains("nest more than " + YamlFile.MAX_DEPTH + " levels"));
  }

  @Test
  public void aliasThatMakesNestingTooDeepIsReportedAtTheAlias() {
    String half = "[".repeat(30) + "]".repeat(30);
    InvalidFileException e = invalid("a: &a " + half + "\nb: " + "[".repeat(30) + "*a" + "]".repeat(30) + "\n");
    assertEquals(new Location("h.yaml", 2, 34), e.problems().get(0).location());
  }

  @Test
  public void aHundredThousandLevelsOfNestingIsOneProblemNotAStackOverflow() {
    InvalidFileException e = invalid("[".repeat(100_000));
    assertEquals(1, e.problems().size());
  }

  @Test
  public void mergeKeysMergeWithExplicitKeysWinning() throws Exception {
    YamlFile file = YamlFile.parse("m.yaml", """
        defaults: &d {mood: -1, patience: 3}
        extra: &e {name: Maria, mood: 5}
        customer:
          <<: [*d, *e]
          mood: 2
        """);
    YamlNode.Mapping customer = (YamlNode.Mapping) ((YamlNode.Mapping) file.root()).get("customer").orElseThrow();
    assertEquals(List.of("mood", "patience", "name"), customer.entries().stream().map(en -> en.key().value()).toList());
    assertEquals("2", ((YamlNode.Scalar) customer.get("mood").orElseThrow()).value());
    assertEquals("3", ((YamlNode.Scalar) customer.get("patience").orElseThrow()).value());
  }

  @Test
  public void mergeOfSomethingElseThanMappingsIsAProblem() {
    InvalidFileException e = invalid("a: &a [1, 2]\nb:\n  <<: *a\n");
    assertEquals(new Location("h.yaml", 1, 8), e.problems().get(0).location());
    assertTrue(e.getMessage(), e.problems().get(0).message().startsWith("'<<' merges mappings"));
  }

  @Test
  public void undefinedAliasIsLocated() {
    assertEquals("h.yaml:1:4: the alias *nope names no anchor (&nope) written before it", invalid("a: *nope\n")
        .getMessage());
  }

  @Test
  public void customTagsAreRejectedWhereTheyAreWritten() {
    InvalidFileException e = invalid("id: x\nmood: !foo -1\nfacts: !!python/object:os.system {}\nok: !!str yes\n");
    assertEquals(List.of("h.yaml:2:7: the tag '!foo' is not allowed: write plain values, lists and mappings",
        "h.yaml:3:8: the tag 'tag:yaml.org,2002:python/object:os.system' is not allowed: write plain values, lists "
            + "and mappings"), e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  public void controlCharactersAreLocated() {
    assertEquals("h.yaml:2:8: the file holds the control character U+0007, which YAML does not allow",
        invalid("id: x\ntitle: \u0007\n").getMessage());
  }

  @Test
  public void aSecondDocumentIsRefused() {
    assertTrue(invalid("id: x\n---\nid: y\n").getMessage().startsWith("h.yaml:2:1: a second YAML document"));
  }

  @Test
  public void filesOverTheSizeLimitAreRefusedBeforeTheyAreRead() throws Exception {
    Path file = Files.createTempFile("big-", ".yaml");
    try {
      byte[] twentyMegabytes = new byte[20 * 1024 * 1024];
      java.util.Arrays.fill(twentyMegabytes, (byte) 'x');
      Files.write(file, twentyMegabytes);
      InvalidFileException e = Assert.assertThrows(InvalidFileException.class, () -> YamlFile.read(file));
      assertEquals(file + ":1:1: the file is 20971520 bytes; files are limited to 1048576 bytes (1 MiB)",
          e.getMessage());
      Assert.assertThrows(InvalidFileException.class, () -> YamlFile.parse("b", new byte[YamlFile.MAX_BYTES + 1]));
    } finally {
      Files.delete(file);
    }
  }

  /** The longest tokens a file can hold; SnakeYAML's own reader takes time quadratic in a token's length. */
  @Test(timeout = 120_000)
  public void theLongestTokensAFileMayHoldAreReadInOnePass() throws Exception {
    int n = YamlFile.MAX_BYTES - 100;
    assertEquals(n, ((YamlNode.Scalar) ((YamlNode.Mapping) YamlFile.parse("q", "a: \"" + "x".repeat(n) + "\"\n")
        .root()).get("a").orElseThrow()).value().length());
    assertEquals(n, ((YamlNode.Scalar) ((YamlNode.Mapping) YamlFile.parse("p", "a: " + "x".repeat(n) + "\n")
        .root()).get("a").orElseThrow()).value().length());
    String manyLines = "script:\n" + "  - say: \"a line the customer says\"\n".repeat(n / 40);
    assertEquals(n / 40, ((YamlNode.Sequence) ((YamlNode.Mapping) YamlFile.parse("l", manyLines).root())
        .get("script").orElseThrow()).items().size());
  }

  /** The reader over the whole text marks every event where SnakeYAML's own reader marks it. */
  @Test
  public void wholeTextReaderMarksEventsAsSnakeYamlDoes() {
    String text = "id: x\r\ntitle: \"caf\u00e9 \uD83D\uDE00\"\rnext: |\n  block\n  text\u2028more: [a, {b: c}]\n"
        + "# comment\n? complex\n: value\nlast: 'it''s'\n";
    List<String> ours = marks(new WholeTextReader("t", text.codePoints().toArray()));
    List<String> theirs = marks(new StreamReader(text));
    assertEquals(theirs, ours);
  }

  private static List<String> marks(StreamReader reader) {
    ParserImpl parser = new ParserImpl(reader, new LoaderOptions());
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    while (parser.peekEvent() != null) {
      Event e = parser.getEvent();
      out.add(e.getEventId() + "@" + e.getStartMark().getLine() + ":" + e.getStartMark().getColumn() + "-"
          + e.getEndMark().getLine() + ":" + e.getEndMark().getColumn() + " " + e);
      if (e.is(Event.ID.StreamEnd)) break;
    }
    return out;
  }

  @Test
  public void jsonNumbersAndBooleansAreNotText() throws Exception {
    YamlFile file = YamlFile.parseJson("body", "{\n  \"id\" : 123,\n  \"title\" : \"5\",\n  \"live\" : true\n}");
    Problems problems = new Problems();
    Fields f = Fields.of(file.root(), "a workshop", problems);
    f.requiredString("id");
    assertEquals("5", f.requiredString("title"));
    assertEquals(Boolean.TRUE, f.bool("live"));
    assertEquals(List.of("body:2:10: 'id' must be a text value, found a number or true/false"),
        problems.list().stream().map(Problem::toString).toList());
    Problems yamlProblems = new Problems();
    assertEquals("123", Fields.of(YamlFile.parse("y", "id: 123\n").root(), "a", yamlProblems).requiredString("id"));
    assertTrue(yamlProblems.isEmpty());
  }

  @Test
  public void invalidUtf8InAnotherwiseValidFileIsLocated() {
    byte[] bytes = "id: x\ncustomer:\n  name: Mar\u00ffia\n".getBytes(StandardCharsets.ISO_8859_1);
    InvalidFileException e = Assert.assertThrows(InvalidFileException.class, () -> YamlFile.parse("u.yaml", bytes));
    assertEquals("u.yaml:3:12: the file is not valid UTF-8 text", e.getMessage());
  }

  @Test
  public void aProblemIsOneBoundedLineWhateverItQuotes() throws Exception {
    YamlFile file = YamlFile.parse("q.yaml", "after: \"2h\n\n  and more\"\nlong: " + "y".repeat(5000) + "\n");
    Problems problems = new Problems();
    Fields f = Fields.of(file.root(), "a step", problems);
    f.duration("after");
    f.duration("long");
    for (Problem p : problems.list()) {
      assertTrue(p.toString(), p.toString().matches("q\\.yaml:\\d+:\\d+: [^\\n\\r]+"));
      assertTrue(p.toString(), p.message().length() <= 2001);
    }
    assertEquals(2, problems.size());
  }
}
