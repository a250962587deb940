package nl.saldo.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options for the engine, shared by the commands that run the method. */
final class EngineOptions {
  @Option(
      names = "--engine",
      defaultValue = "duckdb",
      description = "Engine that runs the method (default: ${DEFAULT-VALUE}).")
  String engine;

  @Option(
      names = "--temp-dir",
      paramLabel = "DIR",
      description =
          "Where the engine may spill to disk (default: the system's temporary directory).")
  Path tempDir;

  @Option(
      names = "--memory-limit",
      paramLabel = "SIZE",
      description =
          "Memory the engine may use, e.g. 8GB (default: 25%% of the machine's memory; beyond it the engine spills to --temp-dir).")
  String memoryLimit;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "0",
      description = "Worker threads (default: one per core).")
  int threads;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Only with --engine spark: the Spark master, e.g. local[2] or spark://host:7077 (default: spark-submit's, else local[THREADS]).")
  String master;

  /** The options only some engines know, by the name their factory reads. */
  java.util.Map<String, String> engineSpecific() {
    return master == null ? java.util.Map.of() : java.util.Map.of("master", master);
  }
}
