package servicesim.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.Home;

/**
 * Time comes from the {@code java.time.Clock} a node is started with: no main code reads the system clock itself,
 * except where that clock is made (the default of {@code Node.Options}). A replay or a test on a fixed clock then sees
 * the same times.
 */
public class InjectedClockTest extends JUnitSuite {

  private static final Pattern SYSTEM_TIME = Pattern.compile(
      "\\b(?:Instant|LocalDateTime|LocalDate|LocalTime|OffsetDateTime|ZonedDateTime|Year|YearMonth)\\.now\\(\\s*\\)"
          + "|System\\.currentTimeMillis\\(|new\\s+(?:java\\.util\\.)?Date\\(\\s*\\)|Clock\\.system\\w*\\(");
  private static final Path CLOCK_MADE = Path.of("service/src/main/java/servicesim/service/Node.java");

  @Test
  public void onlyTheNodesClockReadsTheSystemClock() throws IOException {
    Path modules = Home.root().resolve("modules");
    List<String> found = new ArrayList<>();
    int madeAt = 0;
    try (Stream<Path> files = Files.walk(modules)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/")).toList()) {
        String text = Files.readString(f);
        Matcher m = SYSTEM_TIME.matcher(text);
        while (m.find()) {
          if (modules.relativize(f).equals(CLOCK_MADE) && m.group().equals("Clock.systemUTC(")) {
            madeAt++;
          } else {
            found.add(modules.relativize(f) + ":" + line(text, m.start()) + ": " + m.group());
          }
        }
      }
    }
    assertTrue("the system clock is read outside the node's clock: " + found, found.isEmpty());
    assertEquals("the node's clock is made in one place", 1, madeAt);
  }

  private static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
    return line;
  }
}
