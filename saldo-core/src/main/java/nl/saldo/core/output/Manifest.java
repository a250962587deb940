package nl.saldo.core.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.saldo.core.Version;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.pipeline.InputReport;
import nl.saldo.core.pipeline.RunResult;
import nl.saldo.core.pipeline.SourceFile;
import nl.saldo.core.study.StudySettings;

/**
 * manifest.json (METHOD.md §8): tool version, effective settings, input files with size, SHA-256
 * and rows read, used and dropped, moves found and excluded by reason, outputs, timings, and
 * whether disclosure control was on. A run can be reproduced from its own manifest.
 */
public final class Manifest {
  private Manifest() {}

  public static Map<String, Object> build(
      StudySettings settings, InputSet inputs, RunResult result, String engine, Instant started)
      throws IOException {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("tool", Map.of("name", "saldo", "version", Version.get()));
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("started", started.toString());
    run.put("engine", engine);
    run.put("disclosure_control", !result.tables().unsafeUnrounded());
    run.put("unsafe_unrounded", result.tables().unsafeUnrounded());
    manifest.put("run", run);
    manifest.put("study", settings.asStudyFile());
    manifest.put("inputs", inputs(inputs, result.inputs()));
    if (!result.sourceFiles().isEmpty()) {
      manifest.put("source_files", sourceFiles(result.sourceFiles()));
    }
    if (!result.sourceChecks().isEmpty()) {
      manifest.put("source_checks", result.sourceChecks());
    }
    manifest.put("moves", moves(result.facts()));
    manifest.put("spells", Map.of("used", result.facts().getOrDefault("spells_used", 0L)));
    manifest.put("azc_addresses", result.facts().getOrDefault("azc_addresses", 0L));
    return manifest;
  }

  /** Adds the output files and the timings, then writes the manifest into {@code dir}. */
  public static Path write(
      Map<String, Object> manifest, List<Path> outputs, Map<String, Long> timings, Path dir)
      throws IOException {
    List<Map<String, Object>> files = new ArrayList<>();
    for (Path output : outputs) {
      FileFacts facts = FileFacts.of(output);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("file", dir.relativize(output).toString().replace('\\', '/'));
      entry.put("bytes", facts.bytes());
      entry.put("sha256", facts.sha256());
      files.add(entry);
    }
    Map<String, Object> complete = new LinkedHashMap<>(manifest);
    complete.put("outputs", files);
    complete.put("timings_ms", timings);
    Path file = dir.resolve("manifest.json");
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(file.toFile(), complete);
    return file;
  }

  private static List<Map<String, Object>> inputs(InputSet inputs, List<InputReport> reports)
      throws IOException {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      InputReport report = reports.get(i);
      InputFile file = find(inputs, report.file());
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("table", report.table());
      entry.put("file", report.file());
      if (file != null && !file.bundled()) {
        FileFacts facts = FileFacts.of(file.path());
        entry.put("bytes", facts.bytes());
        entry.put("sha256", facts.sha256());
      } else {
        entry.put(
            "derived_from",
            file != null && file.fromCbsRaProfile() ? "CBS register files" : "bundled with saldo");
      }
      entry.put("rows_read", report.rowsRead());
      entry.put("rows_used", report.rowsUsed());
      entry.put("rows_dropped", report.rowsDropped());
      entries.add(entry);
    }
    return entries;
  }

  private static List<Map<String, Object>> sourceFiles(List<SourceFile> sources)
      throws IOException {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (SourceFile source : sources) {
      FileFacts facts = FileFacts.of(source.path());
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("register", source.register());
      entry.put("file", source.path().getFileName().toString());
      entry.put("bytes", facts.bytes());
      entry.put("sha256", facts.sha256());
      entry.put("rows_read", source.rows());
      entries.add(entry);
    }
    return entries;
  }

  private static InputFile find(InputSet inputs, String displayName) {
    return inputs.files().stream()
        .filter(file -> file.displayName().equals(displayName))
        .findFirst()
        .orElse(null);
  }

  private static Map<String, Object> moves(Map<String, Long> facts) {
    Map<String, Object> moves = new LinkedHashMap<>();
    moves.put("found", facts.getOrDefault("moves_found", 0L));
    moves.put("counted", facts.getOrDefault("moves_counted", 0L));
    Map<String, Object> excluded = new LinkedHashMap<>();
    excluded.put("other_group", facts.getOrDefault("moves_excluded_other_group", 0L));
    excluded.put("azc_origin", facts.getOrDefault("moves_excluded_azc_origin", 0L));
    excluded.put("both", facts.getOrDefault("moves_excluded_both", 0L));
    excluded.put("total", facts.getOrDefault("moves_excluded_total", 0L));
    moves.put("excluded", excluded);
    return moves;
  }
}
