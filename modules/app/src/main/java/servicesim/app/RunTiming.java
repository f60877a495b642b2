package servicesim.app;

/** How long a run took: playing the sessions, and until the projections had scored them all. */
record RunTiming(long events, double runSeconds, double totalSeconds) {

  double eventsPerSecond() {
    return runSeconds <= 0 ? 0 : events / runSeconds;
  }
}
