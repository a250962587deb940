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
import nl.saldo.core.input.InputSet;
import nl.saldo.core.output.CsvWriter;
import nl.saldo.core.output.Manifest;
import nl.saldo.core.output.OutputDirectory;
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

  Outcome execute(PrintStream progressOut) throws IOException {
    Instant started = Instant.now();
    Set<RepairPolicy> chosen =
        repairs.stream().map(RepairPolicy::parse).collect(Collectors.toSet());
    StudySettings settings =
        StudyFile.load(study).withRepairs(chosen).withUnsafeUnrounded(unsafeUnrounded);
    InputSet inputs = InputSet.find(data, areas, settings);
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
        ConsoleProgress progress = new ConsoleProgress(progressOut);
        Engine engine =
            factory.create(
                engineOptions.tempDir, engineOptions.memoryLimit, engineOptions.threads)) {
      Pipeline pipeline = new Pipeline(engine, progress);
      RunResult result = pipeline.run(inputs, settings);
      Map<String, Object> manifest =
          Manifest.build(settings, inputs, result, factory.name(), started);
      pipeline.timed(
          Stage.WRITE, () -> write(settings, result, manifest, output.staging(), pipeline));
      output.publish();
      return new Outcome(settings, result, output.target(), pipeline.timings());
    }
  }

  private Void write(
      StudySettings settings,
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
