package servicesim.scenario;

import com.pholser.junit.quickcheck.generator.GenerationStatus;
import com.pholser.junit.quickcheck.generator.Generator;
import com.pholser.junit.quickcheck.random.SourceOfRandomness;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import servicesim.files.Home;

/**
 * Scenario files as an attacker or a careless author writes them: a real library scenario with a few hostile edits —
 * recursive and exploding aliases and merges, custom tags, nesting without end, control characters, bytes that are not
 * UTF-8, tokens and guards as long as a file allows, a second document, lines cut, swapped or thrown in at random.
 */
public final class HostileScenarioFiles extends Generator<byte[]> {

  private static List<String> library;

  private static final String[] FRAGMENTS = {
      "facts: &a [*a]",
      "customer: &c {name: Bo, <<: *c}",
      "x: &x {a: &y [*x, *y]}",
      "mood: !foo -1",
      "script: !!python/object/apply:os.system [ls]",
      "title: !!binary aGVsbG8=",
      "facts: {complaint: *nowhere}",
      "<<: [1, 2, 3]",
      "<<: *undefined",
      "---\nid: second",
      "...\n---",
      "? [complex, key]\n: value",
      "id: [unclosed",
      "title: \"never closed",
      "\tid: tabbed",
      "id: x\nid: y",
      "script: {say: not a list}",
      "script: []",
      "customer: null",
      "agents: {sam: {steps: [{act: bribe}]}}",
      "reactions: {nothing: {mood: 99999999999999999999}}",
      "questions: {q: {answeredBy: []}}",
      "language: xx\nchannel: fax",
      "patience: -9223372036854775809",
  };

  public HostileScenarioFiles() {
    super(byte[].class);
  }

  @Override
  public byte[] generate(SourceOfRandomness random, GenerationStatus status) {
    List<String> lines = new ArrayList<>(List.of(random.choose(library()).split("\n", -1)));
    int edits = random.nextInt(1, 4);
    for (int i = 0; i < edits; i++) edit(lines, random);
    String text = String.join("\n", lines);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(10) == 0) return withBadBytes(bytes, random);
    return bytes;
  }

  private static void edit(List<String> lines, SourceOfRandomness random) {
    if (lines.isEmpty()) lines.add("");
    int at = random.nextInt(0, lines.size() - 1);
    switch (random.nextInt(12)) {
      case 0, 1, 2 -> lines.add(at, random.choose(FRAGMENTS));
      case 3 -> lines.add(at, "facts: " + "[".repeat(random.nextInt(40, 5000)));
      case 4 -> lines.add(at, billionLaughs(random.nextInt(3, 9)));
      case 5 -> lines.add(at, "title: \"" + "x".repeat(random.nextInt(1000, 300_000)) + "\"");
      case 6 -> lines.add(at, "  - say: \"hi\"\n    when: " + String.join(" and ",
          java.util.Collections.nCopies(random.nextInt(1, 20_000), "agent.apologized")) + random.choose(
          new String[] {"", " or", " and not", " mood >= 99999999999", " ?"}));
      case 7 -> lines.add(at, "title: " + (char) random.nextInt(0, 31) + "control");
      case 8 -> lines.remove(at);
      case 9 -> {
        int other = random.nextInt(0, lines.size() - 1);
        String l = lines.get(at);
        lines.set(at, lines.get(other));
        lines.set(other, l);
      }
      case 10 -> {
        String l = lines.get(at);
        if (!l.isEmpty()) lines.set(at, l.substring(0, random.nextInt(0, l.length())));
      }
      default -> lines.add(at, " ".repeat(random.nextInt(0, 8)) + randomText(random));
    }
  }

  private static String billionLaughs(int levels) {
    StringBuilder y = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]");
    for (int i = 1; i <= levels; i++) {
      y.append("\nl").append(i).append(": &l").append(i).append(" [");
      for (int j = 0; j < 10; j++) y.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
      y.append(']');
    }
    return y.toString();
  }

  private static String randomText(SourceOfRandomness random) {
    String alphabet = "abc:-[]{}&*!|>'\"#%@`?,\\ \t\u00e9\u0627\u03b1\u0915\uD83D\uDE00";
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(1, 60);
    for (int i = 0; i < n; i++) s.append(alphabet.charAt(random.nextInt(0, alphabet.length() - 1)));
    return s.toString();
  }

  private static byte[] withBadBytes(byte[] bytes, SourceOfRandomness random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = random.nextInt(0, bytes.length - 1);
    out.write(bytes, 0, at);
    out.write(random.choose(new Integer[] {0xFF, 0xC3, 0xE2, 0x80, 0xF5, 0xC0}));
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  private static synchronized List<String> library() {
    if (library == null) {
      try (Stream<Path> files = Files.walk(Home.library())) {
        List<String> texts = new ArrayList<>();
        for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) texts.add(Files.readString(f));
        library = List.copyOf(texts);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return library;
  }
}
