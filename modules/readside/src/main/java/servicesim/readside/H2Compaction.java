package servicesim.readside;

import java.sql.Connection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an embedded H2 file compact while it is written. H2 writes every commit as a new chunk at once when its write
 * delay is 0 (which makes a commit durable before it returns), and only its background writer, which that setting
 * turns off, would rewrite the chunks that later commits left mostly empty: a million events then took 7.5 GB for 1.5
 * GB of live data. Here the store's own compaction runs every few seconds, a bounded amount at a time, in small steps:
 * a step holds up the commits that arrive meanwhile, and a 64 MB step took up to 2.75 s at a million events.
 */
final class H2Compaction implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(H2Compaction.class);
  /** Rewrite chunks until the live data fills this share of them (H2's own background writer aims at 90). */
  static final int TARGET_FILL_PERCENT = 90;
  /** A step took 27 ms at the median, 475 ms at most, at a million events on a 2-core machine. */
  private static final int WRITE_PER_STEP = 4 * 1024 * 1024;
  /** Between steps, so that the commits held up by one go through before the next. */
  private static final long PAUSE_MILLIS = 5;
  private static final long ROUND_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final DataSource dataSource;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "servicesim-h2-compaction");
    t.setDaemon(true);
    return t;
  });

  H2Compaction(DataSource dataSource, long everyMillis) {
    this.dataSource = dataSource;
    timer.scheduleWithFixedDelay(this::compactOnce, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
  }

  /** One bounded round of compaction; nothing when this process reaches the file through another one. */
  void compactOnce() {
    try (Connection c = dataSource.getConnection()) {
      Session session = c.unwrap(JdbcConnection.class).getSession();
      if (!(session instanceof SessionLocal local)) return;
      MVStore store = local.getDatabase().getStore().getMvStore();
      long until = System.nanoTime() + ROUND_NANOS;
      while (!store.isClosed() && System.nanoTime() < until && store.compact(TARGET_FILL_PERCENT, WRITE_PER_STEP)) {
        Thread.sleep(PAUSE_MILLIS);
      }
    } catch (Exception e) {
      log.debug("H2 compaction round skipped: {}", e.getMessage());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
