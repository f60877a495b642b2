package servicesim.files;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import org.junit.Assert;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;

public class YamlFileTest extends JUnitSuite {

  @Test
  public void syntaxErrorIsLocatedAtTheOffendingLine() {
    InvalidFileException e = Assert.assertThrows(InvalidFileException.class,
        () -> YamlFile.parse("s.yaml", "id: a\ntitle: \"unterminated\nchannel: phone\n"));
    assertEquals(1, e.problems().size());
    assertTrue(e.getMessage(), e.getMessage().startsWith("s.yaml:"));
    assertTrue(e.getMessage(), e.getMessage().contains("YAML syntax"));
  }

  @Test
  public void duplicateKeysAreReportedWithBothPlaces() {
    InvalidFileException e = Assert.assertThrows(InvalidFileException.class,
        () -> YamlFile.parse("s.yaml", "id: a\nchannel: phone\nid: b\n"));
    assertEquals("s.yaml:3:1: duplicate key 'id' (first given at line 1)", e.getMessage());
  }

  @Test
  public void invalidUtf8IsLocated() {
    byte[] bytes = "id: a\ntitle: caf".getBytes(StandardCharsets.UTF_8);
    byte[] withBad = new byte[bytes.length + 2];
    System.arraycopy(bytes, 0, withBad, 0, bytes.length);
    withBad[bytes.length] = (byte) 0xC3;
    withBad[bytes.length + 1] = (byte) 0x28;
    InvalidFileException e = Assert.assertThrows(InvalidFileException.class, () -> YamlFile.parse("s.yaml", withBad));
    assertEquals("s.yaml:2:11: the file is not valid UTF-8 text", e.getMessage());
  }

  @Test
  public void nodesKeepTheirLocations() throws Exception {
    YamlFile file = YamlFile.parse("s.yaml", "id: a\nscript:\n  - say: \"hello\"\n");
    YamlNode.Mapping root = (YamlNode.Mapping) file.root();
    YamlNode.Sequence script = (YamlNode.Sequence) root.get("script").orElseThrow();
    assertEquals(new Location("s.yaml", 3, 5), script.items().get(0).location());
  }

  @Test
  public void contentHashChangesWithContent() throws Exception {
    assertNotEquals(YamlFile.parse("a", "id: a\n").sha256(), YamlFile.parse("a", "id: b\n").sha256());
    assertEquals(YamlFile.parse("a", "id: a\n").sha256(), YamlFile.parse("b", "id: a\n").sha256());
  }

  @Test
  public void fieldsCollectEveryProblemAndSuggestKeys() throws Exception {
    YamlFile file = YamlFile.parse("s.yaml", "id: a\nchanel: phone\npatience: lots\nafter: 3x\n");
    Problems problems = new Problems();
    Fields f = Fields.of(file.root(), "a scenario", problems);
    f.requiredString("id");
    f.string("channel");
    f.integer("patience", 0, 10);
    f.duration("after");
    f.requiredString("title");
    f.rejectUnknownKeys();
    List<String> messages = problems.list().stream().map(Problem::toString).toList();
    assertEquals(List.of(
        "s.yaml:1:1: missing required key 'title'",
        "s.yaml:2:1: unknown key 'chanel' (did you mean 'channel'?)",
        "s.yaml:3:11: 'patience' must be a whole number, found 'lots'",
        "s.yaml:4:8: 'after' must be a duration such as 30s, 5m, 2h, 3d or 1d12h, found '3x'"), messages);
  }

  @Test
  public void durationsParseCompoundForms() {
    assertEquals(Duration.ofHours(36), Durations.parse("1d12h").orElseThrow());
    assertEquals(Duration.ofMillis(500), Durations.parse("500ms").orElseThrow());
    assertEquals(Duration.ofDays(14), Durations.parse("2w").orElseThrow());
    assertTrue(Durations.parse("soon").isEmpty());
    assertEquals("1d12h", Durations.format(Duration.ofHours(36)));
  }

  @Test
  public void measuredDurationsReadWithoutMilliseconds() {
    assertEquals("9.6s", Durations.readable(Duration.ofMillis(9590)));
    assertEquals("0.5s", Durations.readable(Duration.ofMillis(547)));
    assertEquals("10s", Durations.readable(Duration.ofMillis(9960)));
    assertEquals("2m5s", Durations.readable(Duration.ofMillis(125_400)));
    assertEquals("1d6h", Durations.readable(Duration.ofHours(30).plusMillis(300)));
    assertEquals("20s", Durations.readable(Duration.ofSeconds(20)));
  }
}
