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

  private final Path data;
  private final Path areas;
  private final Path out;
  private final String study;
  private final List<String> repairs;
  private final boolean overwrite;
  private final boolean unsafeUnrounded;
  private final String lang;
  private final EngineOptions engineOptions;

  record Outcome(StudySettings settings, RunResult result, Path out, Map<String, Long> timings) {}

  RunJob(
      Path data,
      Path areas,
      Path out,
      String study,
      List<String> repairs,
      boolean overwrite,
      boolean unsafeUnrounded,
      String lang,
      EngineOptions engineOptions) {
    this.data = data;
    this.areas = areas;
    this.out = out;
    this.study = study;
    this.repairs = repairs;
    this.overwrite = overwrite;
    this.unsafeUnrounded = unsafeUnrounded;
    this.lang = lang;
    this.engineOptions = engineOptions;
  }

  /** areas/factors.csv when the areas directory holds one (issue #14). */
  private java.util.Optional<AreaFactors> factors = java.util.Optional.empty();

  Outcome execute(PrintStream progressOut) throws IOException {
    Instant started = Instant.now();
    Preflight.lang(lang);
    Preflight.engine(engineOptions);
    Set<RepairPolicy> chosen =
        repairs.stream().map(RepairPolicy::parse).collect(Collectors.toSet());
    StudySettings settings =
        StudyFile.load(study).withRepairs(chosen).withUnsafeUnrounded(unsafeUnrounded);
    Preflight.boundaries(settings.boundaries());
    InputSet inputs = InputSet.find(data, areas, settings);
    // issue #14: the optional area factors, read (and refused when faulty) before the long run
    factors = AreaFactors.read(areas != null ? areas : data.resolve("areas"));
    guard(settings).check("--out", out);
    InputNotices.print(inputs, settings, progressOut);
    if (unsafeUnrounded) {
      progressOut.println(
          "saldo: WARNING: --unsafe-unrounded: counts are NOT rounded; this output must not leave "
              + "the secure environment");
    } else if (settings.disclosure().exactPercentages()) {
      progressOut.println(
          "saldo: WARNING: disclosure.percentages: exact: percentages come from UNROUNDED counts; "
              + "this output must not leave the secure environment");
    }
    EngineFactory factory = EngineFactory.named(engineOptions.engine);
    try (OutputDirectory output = OutputDirectory.prepare(out, overwrite);
        ScratchDirectory ownTemp =
            engineOptions.tempDir == null
                ? null
                : ScratchDirectory.create(engineOptions.tempDir, ScratchDirectory.TEMP_PREFIX);
        ReportTempFiles poi =
            ReportTempFiles.in(
                (ownTemp != null ? ownTemp : output.scratch()).resolve("report-temp"));
        ConsoleProgress progress = new ConsoleProgress(progressOut);
        Engine engine =
            factory.create(
                (ownTemp != null ? ownTemp : output.scratch()).resolve("engine"),
                engineOptions.memoryLimit,
                engineOptions.threads)) {
      Pipeline pipeline = new Pipeline(engine, progress);
      RunResult result = pipeline.run(inputs, settings);
      Map<String, Object> manifest =
          Manifest.build(settings, inputs, result, factory.name(), started);
      InputNotices.portablePaths(manifest);
      pipeline.timed(
          Stage.WRITE, () -> write(settings, inputs, result, manifest, output.staging(), pipeline));
      output.publish();
      return new Outcome(settings, result, output.target(), pipeline.timings());
    }
  }

  /** What --out must not destroy: every input of this run and the working directory. */
  private InputGuard guard(StudySettings settings) {
    InputGuard guard =
        new InputGuard()
            .directory("data directory", data)
            .directory("areas directory", areas != null ? areas : data.resolve("areas"));
    Path studyFile = Path.of(study);
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
      InputSet inputs,
      RunResult result,
      Map<String, Object> manifest,
      Path dir,
      Pipeline pipeline) {
    try {
      List<Path> files = new ArrayList<>(CsvWriter.write(result.tables(), dir));
      if (result.tables().unsafeUnrounded()) {
        files.add(
            Files.writeString(
                dir.resolve(UNSAFE_MARKER),
                "UNSAFE: the counts in this directory are NOT rounded (saldo run --unsafe-unrounded).\n"
                    + "They may identify persons. Do not take them out of the secure environment.\n"));
      } else if (result.tables().exactPercentages()) {
        files.add(
            Files.writeString(
                dir.resolve(UNSAFE_MARKER),
                "UNSAFE: the percentages in this directory are computed from UNROUNDED counts\n"
                    + "(study file disclosure.percentages: exact): exact counts of small cells can be\n"
                    + "recomputed from them. Do not take them out of the secure environment.\n"));
      }
      // display names, municipal membership and the synthetic marker, for the reports
      files.addAll(AreaNames.write(settings, inputs, data, dir));
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
      Path boundaries = settings.boundaries() == null ? null : Path.of(settings.boundaries());
      files.addAll(Reports.write(dir, new ReportOptions(lang, boundaries, true)));
      Manifest.write(manifest, files, pipeline.timings(), dir);
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
