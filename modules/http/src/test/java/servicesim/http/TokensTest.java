package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.readside.Database;
import servicesim.readside.TokenRepository;

public class TokensTest extends JUnitSuite {

  @Test
  public void firstStartCreatesOneTokenPerRoleShownOnceAndKeptOwnerOnly() throws Exception {
    Path dir = Files.createTempDirectory("servicesim-tokens-");
    String url = "jdbc:h2:file:" + dir.resolve("data/servicesim") + ";DATABASE_TO_LOWER=TRUE";
    try (Database db = Database.open(url, "", "", 2).migrate()) {
      TokenRepository repo = new TokenRepository(db.dataSource());
      Path folder = Tokens.dataFolder(url);
      assertEquals(dir.resolve("data").toAbsolutePath(), folder);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Map<String, String> first = Tokens.bootstrap(repo, folder, new PrintStream(out, true, StandardCharsets.UTF_8),
          java.time.Instant.now());
      assertEquals(java.util.List.of("admin", "trainer", "trainee", "auditor", "reviewer"),
          java.util.List.copyOf(first.keySet()));
      String printed = out.toString(StandardCharsets.UTF_8);
      Path file = folder.resolve("tokens");
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
      String kept = Files.readString(file);
      for (var e : first.entrySet()) {
        assertTrue(printed.contains(e.getValue()));
        assertTrue(kept.contains(e.getKey() + "=" + e.getValue()));
        assertEquals(e.getKey(), repo.find(e.getValue()).orElseThrow().role());
      }
      assertEquals(Tokens.FIRST_TRAINEE, repo.find(first.get("trainee")).orElseThrow().traineeId());

      // only hashes are stored
      try (Connection c = db.dataSource().getConnection(); var st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT token_hash FROM api_tokens")) {
        while (rs.next()) {
          assertEquals(64, rs.getString(1).length());
          assertFalse(first.containsValue(rs.getString(1)));
        }
      }

      ByteArrayOutputStream again = new ByteArrayOutputStream();
      assertTrue(Tokens.bootstrap(repo, folder, new PrintStream(again, true, StandardCharsets.UTF_8),
          java.time.Instant.now()).isEmpty());
      assertEquals("", again.toString(StandardCharsets.UTF_8));
      assertEquals(5, repo.count());
      assertTrue(repo.find("ss_unknown").isEmpty());
    }
  }
}
