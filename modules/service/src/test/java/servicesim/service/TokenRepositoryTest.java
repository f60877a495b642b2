package servicesim.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.readside.Database;
import servicesim.readside.TokenRepository;

/** The API token table migrates and works the same on H2 and PostgreSQL; only hashes are stored. */
public class TokenRepositoryTest extends JUnitSuite {

  @Test
  public void tokensAreFoundByTheirHashOnH2() throws Exception {
    check(Databases.h2(), "");
  }

  @Test
  public void tokensAreFoundByTheirHashOnPostgres() throws Exception {
    check(Databases.postgres(), Databases.postgresUser());
  }

  private static void check(String url, String user) {
    try (Database db = Database.open(url, user, "", 2).migrate()) {
      TokenRepository tokens = new TokenRepository(db.dataSource());
      assertEquals(0, tokens.count());
      String ana = tokens.create("trainee", "ana", Instant.parse("2026-11-23T09:00:00Z"), "test");
      String auditor = tokens.create("auditor", null, Instant.parse("2026-11-23T09:00:00Z"), "test");
      assertNotEquals(ana, auditor);
      TokenRepository.StoredToken found = tokens.find(ana).orElseThrow();
      assertEquals("trainee", found.role());
      assertEquals("ana", found.traineeId());
      assertEquals(Instant.parse("2026-11-23T09:00:00Z"), found.createdAt());
      assertEquals("auditor", tokens.find(auditor).orElseThrow().role());
      assertTrue(tokens.find(TokenRepository.hash(ana)).isEmpty());
      assertTrue(tokens.find(ana + "x").isEmpty());
      assertEquals(2, tokens.count());
    }
  }
}
