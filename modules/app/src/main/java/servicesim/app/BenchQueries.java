package servicesim.app;

import servicesim.app.bench.Benchmark;

/** The query and export phase of the benchmark: measured over HTTP once the API exists. */
final class BenchQueries {

  private BenchQueries() {}

  static Benchmark.QueryPhase phase() {
    return Benchmark.NONE;
  }
}
