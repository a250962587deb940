package nl.saldo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.saldo.cli.bench.ScaleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code saldo bench}: generates N persons, measures a baseline (DuckDB scanning the same CSVs) and
 * a full {@code saldo run}, and reports the run as a ratio to the baseline with peak memory.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Benchmark: generate --persons persons with a simple generator, time a plain scan of the "
            + "CSVs (baseline) and a full run, print both, their ratio and peak memory, and write bench.json.%n")
final class BenchCommand implements Callable<Integer> {
  @Option(
      names = "--persons",
      defaultValue = "1000000",
      description = "Persons to generate (default: ${DEFAULT-VALUE}).")
  long persons;

  @Option(
      names = "--dir",
      required = true,
      paramLabel = "DIR",
      description = "Working directory (data, run output, bench.json).")
  Path dir;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin EngineOptions engine;

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(dir);
    Path input = dir.resolve("input");
    long start = System.nanoTime();
    long[] rows =
        Files.exists(input.resolve("data/persons.csv"))
            ? null
            : new ScaleGenerator(seed).write(input, persons);
    double generateSeconds = seconds(start);
    start = System.nanoTime();
    long scanned = baselineScan(input.resolve("data"));
    double baselineSeconds = seconds(start);
    start = System.nanoTime();
    new RunJob(
            input.resolve("data"),
            input.resolve("areas"),
            dir.resolve("run"),
            "noord-nederland-2018",
            java.util.List.of(),
            true,
            false,
            "en",
            engine)
        .execute(System.err);
    double runSeconds = seconds(start);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("persons", persons);
    result.put("rows_generated", rows == null ? "reused" : java.util.Arrays.toString(rows));
    result.put("rows_scanned", scanned);
    result.put("generate_seconds", round(generateSeconds));
    result.put("baseline_scan_seconds", round(baselineSeconds));
    result.put("run_seconds", round(runSeconds));
    result.put("run_to_baseline_ratio", round(runSeconds / baselineSeconds));
    result.put("peak_rss_mib", PeakMemory.residentMib());
    result.put("peak_java_heap_mib", PeakMemory.heapMib());
    String json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(result);
    Files.writeString(dir.resolve("bench.json"), json);
    System.out.println(json);
    return 0;
  }

  /** The baseline: DuckDB reading every input CSV as text and counting rows, nothing else. */
  private static long baselineScan(Path data) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      long total = 0;
      for (String table : new String[] {"persons", "residences", "addresses", "incomes"}) {
        String path = data.resolve(table + ".csv").toString().replace("'", "''");
        try (ResultSet result =
            statement.executeQuery(
                "select count(*) from read_csv('"
                    + path
                    + "', header = true, all_varchar = true)")) {
          result.next();
          total += result.getLong(1);
        }
      }
      return total;
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static double round(double value) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.2f", value));
  }
}
