package servicesim.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;

/** The terminal's share of the log: our warnings as one line, library errors by name only and not over and over. */
public class TerminalLogTest extends JUnitSuite {

  private static LoggingEvent event(String logger, Level level, String message) {
    LoggingEvent e = new LoggingEvent();
    e.setLoggerName(logger);
    e.setLevel(level);
    e.setMessage(message);
    return e;
  }

  @Test
  public void aLibraryErrorQuotingAnEventIsNamedWithoutItsText() {
    String sql = "Unique index violation: INSERT INTO audit_events VALUES (7, 'I am so sorry about the sofa')";
    String line = new TerminalLog.Line().doLayout(event("akka.projection.internal.ProjectionBehavior", Level.ERROR,
        sql + "\n\tat org.h2.Something"));
    assertFalse(line, line.contains("sofa"));
    assertTrue(line, line.contains("ProjectionBehavior") && line.contains("servicesim.log"));
    assertEquals(1, line.split("\n").length);
  }

  @Test
  public void ourWarningsShowAsOneLineAndLibraryWarningsStayInTheLog() {
    TerminalLog.Terminal filter = new TerminalLog.Terminal();
    assertEquals(FilterReply.NEUTRAL, filter.decide(event("servicesim.http.HttpServer", Level.WARN, "x")));
    assertEquals(FilterReply.DENY, filter.decide(event("servicesim.http.HttpServer", Level.INFO, "x")));
    assertEquals(FilterReply.DENY, filter.decide(event("akka.stream.RestartWithBackoffSource", Level.WARN, "x")));
    assertEquals(FilterReply.NEUTRAL, filter.decide(event("akka.actor.ActorSystem", Level.ERROR, "x")));
    assertEquals("once a minute", FilterReply.DENY, filter.decide(event("akka.actor.ActorSystem", Level.ERROR, "y")));
    String line = new TerminalLog.Line().doLayout(event("servicesim.service.LiveSessions", Level.WARN,
        "could not resume\nsecond line"));
    assertEquals("servicesim: could not resume\n", line);
  }
}
