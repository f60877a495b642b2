package servicesim.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the log shows on the terminal: ServiceSim's own warnings and errors, one line each; from libraries only errors,
 * named without their text (an SQL error can quote stored events) and at most once a minute each. Stack traces and
 * everything else go to the log file only.
 */
public final class TerminalLog {

  private static final String OWN = "servicesim.";
  private static final int MAX_LINE = 300;

  private TerminalLog() {}

  static String logFile() {
    String dir = System.getenv("SERVICESIM_LOG_DIR");
    return (dir == null || dir.isBlank() ? "./data" : dir) + "/servicesim.log";
  }

  /** Lets through our warnings and errors, and library errors once a minute per logger. */
  public static final class Terminal extends Filter<ILoggingEvent> {
    private static final long QUIET_NANOS = 60_000_000_000L;
    private final Map<String, Long> lastShown = new ConcurrentHashMap<>();

    @Override
    public FilterReply decide(ILoggingEvent event) {
      if (event.getLoggerName().startsWith(OWN)) {
        return event.getLevel().isGreaterOrEqual(Level.WARN) ? FilterReply.NEUTRAL : FilterReply.DENY;
      }
      if (!event.getLevel().isGreaterOrEqual(Level.ERROR)) return FilterReply.DENY;
      long now = System.nanoTime();
      Long last = lastShown.get(event.getLoggerName());
      if (last != null && now - last < QUIET_NANOS) return FilterReply.DENY;
      lastShown.put(event.getLoggerName(), now);
      return FilterReply.NEUTRAL;
    }
  }

  /** One line per event, never a stack trace. */
  public static final class Line extends LayoutBase<ILoggingEvent> {
    @Override
    public String doLayout(ILoggingEvent event) {
      String level = event.getLevel().toString().toLowerCase(java.util.Locale.ROOT);
      if (!event.getLoggerName().startsWith(OWN)) {
        String name = event.getLoggerName();
        return "servicesim: " + level + " in " + name.substring(name.lastIndexOf('.') + 1) + " (details in "
            + logFile() + ")\n";
      }
      String message = event.getFormattedMessage();
      String line = message == null ? "" : message.strip().split("\\R", 2)[0];
      if (line.length() > MAX_LINE) line = line.substring(0, MAX_LINE) + "…";
      return "servicesim: " + (event.getLevel() == Level.ERROR ? "error: " : "") + line + "\n";
    }
  }
}
