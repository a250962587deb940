package nl.saldo.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.saldo.core.SaldoException;
import nl.saldo.core.factors.AreaFactors;
import nl.saldo.core.factors.FactorsTable;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.monitor.MonitorPipeline;
import nl.saldo.core.monitor.MoveWindow;
import nl.saldo.core.monitor.Trend;
import nl.saldo.core.output.CsvWriter;
import nl.saldo.core.output.Manifest;
import nl.saldo.core.output.OutputDirectory;
import nl.saldo.core.pipeline.Engine;
import nl.saldo.core.pipeline.EngineFactory;
import nl.saldo.core.pipeline.Pipeline;
import nl.saldo.core.pipeline.Stage;
import nl.saldo.core.study.RepairPolicy;
import nl.saldo.core.study.StudyFile;
import nl.saldo.core.study.StudySettings;
import nl.saldo.report.MonitorReport;
import nl.saldo.report.ReportOptions;
import nl.saldo.report.Reports;

/**
 * saldo monitor from input directories to one published output directory: trend.csv, monitor.html,
 * manifest.json and windows/FIRST-LAST/ with each window's own run outputs.
 */
final class MonitorJob {
  static final String WINDOWS_DIRECTORY = "windows";

  private final Path data;
  private final Path areas;
  private final Path out;
  private final String study;
  private final List<String> repairs;
  private final boolean overwrite;
  private final boolean unsafeUnrounded;
  private final String lang;
  private final EngineOptions engineOptions;
  private final List<MoveWindow> windows;

  record Outcome(List<MonitorPipeline.WindowResult> windows, Path out, Map<String, Long> timings) {}

  MonitorJob(
      RunJob.Inputs inputs,
      RunJob.Output output,
      String lang,
      EngineOptions engineOptions,
      List<MoveWindow> windows) {
    if (inputs.dataUrl() != null) {
      throw SaldoException.invalidInput(
          "saldo monitor reads a local --data directory, no --data-url");
    }
    this.data = inputs.data();
    this.areas = inputs.areas();
    this.out = output.dir();
    this.study = inputs.study();
    this.repairs = inputs.repairs();
    this.overwrite = output.overwrite();
    this.unsafeUnrounded = output.unsafeUnrounded();
    this.lang = lang;
    this.engineOptions = engineOptions;
    this.windows = windows;
  }

  /** areas/factors.csv when the areas directory holds one (issue #14). */
  private java.util.Optional<AreaFactors> factors = java.util.Optional.empty();

  Outcome execute(PrintStream progressOut) throws IOException {
    Instant started = Instant.now();
    Set<RepairPolicy> chosen =
        repairs.stream().map(RepairPolicy::parse).collect(Collectors.toSet());
    StudySettings base =
        StudyFile.load(study).withRepairs(chosen).withUnsafeUnrounded(unsafeUnrounded);
    InputSet inputs = InputSet.find(data, areas, base);
    factors = AreaFactors.read(areas != null ? areas : data.resolve("areas"));
    if (unsafeUnrounded) {
      progressOut.println(
          "saldo: WARNING: --unsafe-unrounded: counts are NOT rounded; this output must not leave "
              + "the secure environment");
    }
    EngineFactory factory = EngineFactory.named(engineOptions.engine);
    try (OutputDirectory output = OutputDirectory.prepare(out, overwrite);
        ConsoleProgress progress = new ConsoleProgress(progressOut);
        Engine engine =
            factory.create(
                engineOptions.tempDir, engineOptions.memoryLimit, engineOptions.threads)) {
      Pipeline timing = new Pipeline(engine, progress);
      List<MonitorPipeline.WindowResult> results =
          new MonitorPipeline(engine, timing).run(inputs, base, windows);
      timing.timed(
          Stage.WRITE,
          () -> write(base, inputs, results, factory.name(), started, output.staging(), timing));
      output.publish();
      return new Outcome(results, output.target(), timing.timings());
    }
  }

  private Void write(
      StudySettings base,
      InputSet inputs,
      List<MonitorPipeline.WindowResult> results,
      String engineName,
      Instant started,
      Path dir,
      Pipeline timing) {
    try {
      Path boundaries = base.boundaries() == null ? null : Path.of(base.boundaries());
      ReportOptions options = new ReportOptions(lang, boundaries, true);
      List<Path> files = new ArrayList<>();
      List<Map<String, Object>> windowEntries = new ArrayList<>();
      for (MonitorPipeline.WindowResult result : results) {
        Path windowDir =
            Files.createDirectories(
                dir.resolve(WINDOWS_DIRECTORY).resolve(result.window().label()));
        List<Path> windowFiles =
            new ArrayList<>(CsvWriter.write(result.result().tables(), windowDir));
        if (result.result().tables().unsafeUnrounded()) {
          windowFiles.add(unsafeMarker(windowDir));
        }
        if (factors.isPresent()) {
          windowFiles.add(
              CsvWriter.write(
                  FactorsTable.of(result.result().tables(), factors.get(), base.factors()),
                  windowDir.resolve(FactorsTable.FILE)));
        }
        Map<String, Object> manifest =
            Manifest.build(result.settings(), inputs, result.result(), engineName, started);
        Manifest.write(manifest, windowFiles, result.result().timingsMillis(), windowDir);
        windowFiles.addAll(Reports.write(windowDir, options));
        windowFiles.add(
            Manifest.write(manifest, windowFiles, result.result().timingsMillis(), windowDir));
        files.addAll(windowFiles);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("window", result.window().label());
        entry.put(
            "move_window",
            Map.of(
                "start",
                result.settings().windowStart().toString(),
                "end",
                result.settings().windowEnd().toString()));
        entry.put(
            "stock_years",
            List.of(result.settings().stockStartYear(), result.settings().stockEndYear()));
        entry.put("directory", WINDOWS_DIRECTORY + "/" + result.window().label());
        windowEntries.add(entry);
      }
      files.add(CsvWriter.write(Trend.of(results), dir.resolve(Trend.FILE)));
      if (results.get(0).result().tables().unsafeUnrounded()) {
        files.add(unsafeMarker(dir));
      }
      files.add(MonitorReport.write(dir, lang));
      Map<String, Object> manifest =
          new LinkedHashMap<>(
              Manifest.build(base, inputs, results.get(0).result(), engineName, started));
      manifest.remove("moves");
      manifest.remove("spells");
      manifest.remove("azc_addresses");
      manifest.put("monitor", Map.of("loads", 1, "windows", windowEntries));
      Manifest.write(manifest, files, timing.timings(), dir);
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path unsafeMarker(Path dir) throws IOException {
    return Files.writeString(
        dir.resolve(RunJob.UNSAFE_MARKER),
        "UNSAFE: the counts in this directory are NOT rounded (saldo monitor --unsafe-unrounded).\n"
            + "They may identify persons. Do not take them out of the secure environment.\n");
  }
}
