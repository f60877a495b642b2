package servicesim.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.readside.AccessLogRepository;
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

      Instant created = Instant.parse("2026-11-23T09:00:00Z");
      TokenRepository.Created bound = tokens.create(new TokenRepository.Grant("trainee", "ana", "class-1",
          created.plusSeconds(3600)), created, "admin tok-1");
      TokenRepository.StoredToken b = tokens.find(bound.token()).orElseThrow();
      assertEquals(bound.id(), b.id());
      assertEquals("class-1", b.workshopId());
      assertTrue(b.refusal(created.plusSeconds(10)).isEmpty());
      assertEquals("the bearer token has expired", b.refusal(created.plusSeconds(3600)).orElseThrow());
      assertEquals(3, tokens.list().size());
      assertTrue(tokens.list().stream().allMatch(t -> t.id() != null && !t.id().isEmpty()));
      assertTrue(tokens.revoke(bound.id(), created.plusSeconds(60), "admin tok-1"));
      assertFalse("revoked once", tokens.revoke(bound.id(), created.plusSeconds(61), "admin tok-1"));
      TokenRepository.StoredToken r = tokens.byId(bound.id()).orElseThrow();
      assertEquals(created.plusSeconds(60), r.revokedAt());
      assertEquals("the bearer token was revoked", r.refusal(created.plusSeconds(70)).orElseThrow());
      tokens.used(bound.id(), created.plusSeconds(30));
      assertEquals(created.plusSeconds(30), tokens.byId(bound.id()).orElseThrow().lastUsedAt());

      AccessLogRepository log = new AccessLogRepository(db.dataSource());
      log.record(new AccessLogRepository.Access(0, created, bound.id(), "auditor", "GET", "/api/v1/audit/events",
          "limit=5", 200, "10.0.0.1"));
      log.record(new AccessLogRepository.Access(0, created.plusSeconds(5), "tok-other", "auditor", "GET",
          "/api/v1/audit/export", null, 200, null));
      assertEquals(1, log.page(bound.id(), null, null, 0, 10).size());
      assertEquals("limit=5", log.page(bound.id(), null, null, 0, 10).get(0).query());
      assertEquals(2, log.page(null, created, created.plusSeconds(6), 0, 10).size());
      long first = log.page(null, null, null, 0, 1).get(0).id();
      assertEquals("/api/v1/audit/export", log.page(null, null, null, first, 10).get(0).path());
    }
  }
}
