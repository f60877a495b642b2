package servicesim.readside;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;

/** The repositories' contract on PostgreSQL. */
public class PostgresRepositoriesTest extends RepositoriesContract {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  private static ReadSideFixture db;

  @BeforeClass
  public static void start() throws Exception {
    db = ReadSideFixture.postgres();
  }

  @AfterClass
  public static void stop() throws Exception {
    db.close();
  }

  @Override
  protected ReadSideFixture db() {
    return db;
  }
}
