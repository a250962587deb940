package nl.saldo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.saldo.cli.bench.BaselineScan;
import nl.saldo.cli.bench.BenchLog;
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

  @Option(
      names = "--scale",
      defaultValue = "persons",
      description =
          "persons: --persons persons from the simple generator (in DIR/input); national: the "
              + "synthetic Netherlands of saldo synth --scale national, reused when DIR holds it "
              + "(DIR/data, DIR/areas), else generated there (default: ${DEFAULT-VALUE}).")
  String scale;

  @Option(
      names = "--format",
      defaultValue = "csv",
      description =
          "Input format of the run and the scan: csv or parquet (Parquet copies are made once "
              + "beside the CSVs, in data-parquet; default: ${DEFAULT-VALUE}).")
  String format;

  @Mixin EngineOptions engine;

  @Override
  public Integer call() throws Exception {
    boolean national = scale.equalsIgnoreCase("national");
    if (!national && !scale.equalsIgnoreCase("persons")) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--scale '" + scale + "': expected persons or national");
    }
    boolean parquet = format.equalsIgnoreCase("parquet");
    if (!parquet && !format.equalsIgnoreCase("csv")) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--format '" + format + "': expected csv or parquet");
    }
    Files.createDirectories(dir);
    Path input = national ? dir : dir.resolve("input");
    long start = System.nanoTime();
    long[] rows = null;
    if (!Files.exists(input.resolve("data/persons.csv"))) {
      if (national) {
        nl.saldo.synth.Synthesizer.generate(
            new nl.saldo.synth.SynthOptions(
                input,
                "noord-nederland-2018",
                nl.saldo.synth.SynthOptions.Scale.NATIONAL,
                1.0,
                seed,
                nl.saldo.synth.SynthOptions.Format.CSV,
                null),
            message -> System.err.println(message));
      } else {
        rows = new ScaleGenerator(seed).write(input, persons);
      }
    }
    Path data = input.resolve("data");
    if (parquet) {
      data = BaselineScan.parquetCopy(data);
    }
    double generateSeconds = seconds(start);
    long personsRead = BaselineScan.countRows(data, parquet);
    start = System.nanoTime();
    long cpuStart = cpuNanos();
    long scanned = BaselineScan.scan(data, parquet);
    double baselineSeconds = seconds(start);
    double baselineCpu = (cpuNanos() - cpuStart) / 1e9;
    start = System.nanoTime();
    cpuStart = cpuNanos();
    RunJob.Outcome outcome =
        new RunJob(
                RunJob.Inputs.bundledStudy(data, input.resolve("areas")),
                RunJob.Output.replacing(dir.resolve("run")),
                "en",
                engine)
            .execute(System.err);
    double runSeconds = seconds(start);
    double runCpu = (cpuNanos() - cpuStart) / 1e9;
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("scale", national ? "national" : "persons");
    result.put("format", parquet ? "parquet" : "csv");
    result.put("persons", personsRead);
    result.put("rows_generated", rows == null ? "reused" : java.util.Arrays.toString(rows));
    result.put("rows_scanned", scanned);
    result.put("generate_seconds", round(generateSeconds));
    result.put("baseline_scan_seconds", round(baselineSeconds));
    result.put("run_seconds", round(runSeconds));
    result.put("run_to_baseline_ratio", round(runSeconds / baselineSeconds));
    result.put("baseline_cpu_seconds", round(baselineCpu));
    result.put("run_cpu_seconds", round(runCpu));
    result.put("run_to_baseline_cpu_ratio", round(runCpu / baselineCpu));
    result.put("peak_rss_mib", PeakMemory.residentMib());
    result.put("peak_java_heap_mib", PeakMemory.heapMib());
    String json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(result);
    Files.writeString(dir.resolve("bench.json"), json);
    BenchLog.append(dir.resolve("bench.csv"), result, outcome.timings());
    System.out.println(json);
    return 0;
  }

  /**
   * CPU seconds of this process (every thread, DuckDB's too): on a machine shared with other work
   * the wall time of the scan and of the run stretch unevenly, their CPU time much less.
   */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static double round(double value) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.2f", value));
  }
}
