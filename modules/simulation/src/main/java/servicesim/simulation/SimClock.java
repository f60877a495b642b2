package servicesim.simulation;

import java.time.Instant;

/**
 * The time a session runs on. Live sessions use wall time; scripted runs use virtual time, where timestamps follow the
 * scenario's delays and nothing sleeps. Everything takes its time from an injected clock, never from the system.
 */
public interface SimClock {

  Instant now();

  /** Wall time: the only place ServiceSim reads the system clock. */
  SimClock WALL = Instant::now;
}
