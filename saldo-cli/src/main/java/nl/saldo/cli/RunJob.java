package nl.saldo.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.saldo.core.factors.AreaFactors;
import nl.saldo.core.factors.FactorsTable;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.output.AreaNames;
import nl.saldo.core.output.CsvWriter;
import nl.saldo.core.output.Manifest;
import nl.saldo.core.output.OutputDirectory;
import nl.saldo.core.output.ScratchDirectory;
import nl.saldo.core.output.WriteTiming;
import nl.saldo.core.pipeline.Engine;
import nl.saldo.core.pipeline.EngineFactory;
import nl.saldo.core.pipeline.Pipeline;
import nl.saldo.core.pipeline.RunResult;
import nl.saldo.core.pipeline.Stage;
import nl.saldo.core.study.RepairPolicy;
import nl.saldo.core.study.StudyFile;
import nl.saldo.core.study.StudySettings;
import nl.saldo.report.ReportOptions;
import nl.saldo.report.Reports;

/** One run of the method, from input directories to a published output directory. */
final class RunJob {
  static final String UNSAFE_MARKER = "UNSAFE_UNROUNDED.txt";

  private final Inputs inputs;
  private final Output output;
  private final String lang;
  private final EngineOptions engineOptions;

  record Outcome(StudySettings settings, RunResult result, Path out, Map<String, Long> timings) {}

  /**
   * What a run reads: the microdata directory, the area tables (null: DATA/areas), the study file
   * or bundled study name, and the repairs (FAULT=ACTION) chosen; {@code dataUrl} instead of {@code
   * data}: the microdata under a file system URL (--data-url, read by the Spark engine).
   */
  record Inputs(Path data, Path areas, String study, List<String> repairs, String dataUrl) {
    Inputs {
      repairs = List.copyOf(repairs);
    }

    Inputs(Path data, Path areas, String study, List<String> repairs) {
      this(data, areas, study, repairs, null);
    }

    /** A synthetic dataset of the bundled study, no repairs (saldo bench, saldo demo). */
    static Inputs bundledStudy(Path data, Path areas) {
      return new Inputs(data, areas, "noord-nederland-2018", List.of());
    }
  }

  /**
   * Where a run writes: the output directory, whether it may replace a non-empty one, and whether
   * counts stay unrounded (--unsafe-unrounded).
   */
  record Output(Path dir, boolean overwrite, boolean unsafeUnrounded) {
    /** A normal, rounded run that replaces what the directory held (saldo bench, saldo demo). */
    static Output replacing(Path dir) {
      return new Output(dir, true, false);
    }
  }

  RunJob(Inputs inputs, Output output, String lang, EngineOptions engineOptions) {
    this.inputs = inputs;
    this.output = output;
    this.lang = lang;
    this.engineOptions = engineOptions;
  }

  /** areas/factors.csv when the areas directory holds one (issue #14). */
  private java.util.Optional<AreaFactors> factors = java.util.Optional.empty();

  Outcome execute(PrintStream progressOut) throws IOException {
    Instant started = Instant.now();
    Preflight.lang(lang);
    Preflight.engine(engineOptions);
    Path data = inputs.data();
    Path out = output.dir();
    boolean unsafeUnrounded = output.unsafeUnrounded();
    Set<RepairPolicy> chosen =
        inputs.repairs().stream().map(RepairPolicy::parse).collect(Collectors.toSet());
    StudySettings settings =
        StudyFile.load(inputs.study()).withRepairs(chosen).withUnsafeUnrounded(unsafeUnrounded);
    Preflight.boundaries(settings.boundaries());
    EngineFactory factory = EngineFactory.named(engineOptions.engine);
    InputSet found =
        inputs.dataUrl() != null
            ? InputSet.find(inputs.dataUrl(), inputs.areas(), settings, factory::exists)
            : InputSet.find(data, inputs.areas(), settings);
    // issue #14: the optional area factors, read (and refused when faulty) before the long run
    factors = AreaFactors.read(inputs.areas() != null ? inputs.areas() : data.resolve("areas"));
    guard(settings).check("--out", out);
    InputNotices.print(found, settings, progressOut);
    if (unsafeUnrounded) {
      progressOut.println(
          "saldo: WARNING: --unsafe-unrounded: counts are NOT rounded; this output must not leave "
              + "the secure environment");
    } else if (settings.disclosure().exactPercentages()) {
      progressOut.println(
          "saldo: WARNING: disclosure.percentages: exact: percentages come from UNROUNDED counts; "
              + "this output must not leave the secure environment");
    }
    try (OutputDirectory directory = OutputDirectory.prepare(out, output.overwrite());
        ScratchDirectory ownTemp =
            engineOptions.tempDir == null
                ? null
                : ScratchDirectory.create(engineOptions.tempDir, ScratchDirectory.TEMP_PREFIX);
        ReportTempFiles poi =
            ReportTempFiles.in(
                (ownTemp != null ? ownTemp : directory.scratch()).resolve("report-temp"));
        ConsoleProgress progress = new ConsoleProgress(progressOut);
        Engine engine =
            factory.create(
                (ownTemp != null ? ownTemp : directory.scratch()).resolve("engine"),
                engineOptions.memoryLimit,
                engineOptions.threads,
                engineOptions.engineSpecific())) {
      Pipeline pipeline = new Pipeline(engine, progress);
      RunResult result = pipeline.run(found, settings);
      Map<String, Object> manifest =
          Manifest.build(settings, found, result, factory.name(), started);
      InputNotices.portablePaths(manifest);
      pipeline.timed(
          Stage.WRITE,
          () -> write(settings, found, result, manifest, directory.staging(), pipeline));
      directory.publish();
      return new Outcome(settings, result, directory.target(), pipeline.timings());
    }
  }

  /** What --out must not destroy: every input of this run and the working directory. */
  private InputGuard guard(StudySettings settings) {
    InputGuard guard =
        new InputGuard()
            .directory("data directory", inputs.data())
            .directory(
                "areas directory",
                inputs.areas() != null ? inputs.areas() : inputs.data().resolve("areas"));
    Path studyFile = Path.of(inputs.study());
    if (Files.isRegularFile(studyFile)) {
      guard.file("study file", studyFile);
    }
    if (settings.boundaries() != null) {
      guard.file("boundary file", Path.of(settings.boundaries()));
    }
    return guard;
  }

  private Void write(
      StudySettings settings,
      InputSet found,
      RunResult result,
      Map<String, Object> manifest,
      Path dir,
      Pipeline pipeline) {
    try {
      WriteTiming tables = WriteTiming.start();
      List<Path> files = new ArrayList<>(CsvWriter.write(result.tables(), dir));
      if (result.tables().unsafeUnrounded()) {
        files.add(
            Files.writeString(
                dir.resolve(UNSAFE_MARKER),
                "UNSAFE: the counts in this directory are NOT rounded (saldo run"
                    + " --unsafe-unrounded).\n"
                    + "They may identify persons. Do not take them out of the secure"
                    + " environment.\n"));
      } else if (result.tables().exactPercentages()) {
        files.add(
            Files.writeString(
                dir.resolve(UNSAFE_MARKER),
                "UNSAFE: the percentages in this directory are computed from UNROUNDED counts\n"
                    + "(study file disclosure.percentages: exact): exact counts of small cells can"
                    + " be\n"
                    + "recomputed from them. Do not take them out of the secure"
                    + " environment.\n"));
      }
      // display names, municipal membership and the synthetic marker, for the reports
      files.addAll(AreaNames.write(settings, found, inputs.data(), dir));
      if (factors.isPresent()) {
        files.add(
            CsvWriter.write(
                FactorsTable.of(result.tables(), factors.get(), settings.factors()),
                dir.resolve(FactorsTable.FILE)));
      }
      // The exact accounting stays in the run directory and out of the manifest's file list: its
      // hash would let a reader confirm a guess of the exact counts.
      Manifest.writeAccounting(result, dir);
      Manifest.write(manifest, files, pipeline.timings(), dir);
      tables.done("tables, names and manifest");
      Path boundaries = settings.boundaries() == null ? null : Path.of(settings.boundaries());
      files.addAll(Reports.write(dir, new ReportOptions(lang, boundaries, true)));
      WriteTiming complete = WriteTiming.start();
      Manifest.write(manifest, files, pipeline.timings(), dir);
      complete.done("manifest with the reports");
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
