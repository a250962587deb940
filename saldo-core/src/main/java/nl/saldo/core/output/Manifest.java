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
import java.util.function.LongUnaryOperator;
import nl.saldo.core.Version;
import nl.saldo.core.disclosure.Rounding;
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
 *
 * <p>Every count in it (rows read, used and dropped, moves found and excluded, spells, AZC
 * addresses) is rounded like the tables (§7); sizes and hashes stay exact. The same counts
 * unrounded are the run's exact accounting, {@link #accounting}, written to {@code
 * audit/accounting.json} for the analyst inside the secure environment and never exported.
 */
public final class Manifest {
  private Manifest() {}

  public static Map<String, Object> build(
      StudySettings settings, InputSet inputs, RunResult result, String engine, Instant started)
      throws IOException {
    long base = result.tables().unsafeUnrounded() ? 1 : result.tables().roundingBase();
    LongUnaryOperator round = count -> Rounding.roundToBase(count, base);
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("tool", Map.of("name", "saldo", "version", Version.get()));
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("started", started.toString());
    run.put("engine", engine);
    run.put("disclosure_control", !result.tables().unsafe());
    run.put("unsafe_unrounded", result.tables().unsafeUnrounded());
    run.put("exact_percentages", result.tables().exactPercentages());
    run.put("unsafe", result.tables().unsafe());
    manifest.put("run", run);
    manifest.put("study", settings.asStudyFile());
    manifest.put("inputs", inputs(inputs, result.inputs(), round));
    if (!result.sourceFiles().isEmpty()) {
      manifest.put("source_files", sourceFiles(result.sourceFiles(), round));
    }
    if (!result.sourceChecks().isEmpty()) {
      manifest.put("source_checks", sourceChecks(result.sourceChecks(), round));
    }
    counts(manifest, result.facts(), round);
    return manifest;
  }

  /**
   * The exact accounting of a run (audit/accounting.json): every count of the manifest, unrounded,
   * without sizes or hashes. Inside the secure environment only.
   */
  public static Map<String, Object> accounting(RunResult result) {
    LongUnaryOperator exact = count -> count;
    Map<String, Object> accounting = new LinkedHashMap<>();
    accounting.put(
        "note",
        "Exact, unrounded counts of this run. For use inside the secure environment only: never"
            + " export this file.");
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (InputReport report : result.inputs()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("table", report.table());
      entry.put("file", report.file());
      rows(entry, report, exact);
      inputs.add(entry);
    }
    accounting.put("inputs", inputs);
    if (!result.sourceFiles().isEmpty()) {
      List<Map<String, Object>> sources = new ArrayList<>();
      for (SourceFile source : result.sourceFiles()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("register", source.register());
        entry.put("file", source.path().getFileName().toString());
        entry.put("rows_read", source.rows());
        sources.add(entry);
      }
      accounting.put("source_files", sources);
    }
    if (!result.sourceChecks().isEmpty()) {
      accounting.put("source_checks", result.sourceChecks());
    }
    counts(accounting, result.facts(), exact);
    return accounting;
  }

  /** Writes the exact accounting to {@code dir/audit/accounting.json}. */
  public static Path writeAccounting(RunResult result, Path dir) throws IOException {
    Path audit = java.nio.file.Files.createDirectories(dir.resolve("audit"));
    Path file = audit.resolve("accounting.json");
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(file.toFile(), accounting(result));
    return file;
  }

  /**
   * The input profile's checks with their counts rounded like every count (§7) and the share
   * recomputed from the rounded counts, so the share gives nothing the counts do not.
   */
  private static List<Map<String, Object>> sourceChecks(
      List<Map<String, Object>> checks, LongUnaryOperator round) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> check : checks) {
      Map<String, Object> entry = new LinkedHashMap<>(check);
      if (check.get("count") instanceof Number count && check.get("of") instanceof Number of) {
        long rounded = round.applyAsLong(count.longValue());
        long whole = round.applyAsLong(of.longValue());
        entry.put("count", rounded);
        entry.put("of", whole);
        double share = whole == 0 ? 0 : 100.0 * rounded / whole;
        entry.put("share_pct", Math.round(share * 10) / 10.0);
      }
      out.add(entry);
    }
    return out;
  }

  private static void counts(
      Map<String, Object> target, Map<String, Long> facts, LongUnaryOperator round) {
    target.put("moves", moves(facts, round));
    target.put("spells", Map.of("used", round.applyAsLong(facts.getOrDefault("spells_used", 0L))));
    target.put("azc_addresses", round.applyAsLong(facts.getOrDefault("azc_addresses", 0L)));
  }

  private static void rows(Map<String, Object> entry, InputReport report, LongUnaryOperator round) {
    entry.put("rows_read", round.applyAsLong(report.rowsRead()));
    entry.put("rows_used", round.applyAsLong(report.rowsUsed()));
    Map<String, Object> dropped = new LinkedHashMap<>();
    report.rowsDropped().forEach((reason, count) -> dropped.put(reason, round.applyAsLong(count)));
    entry.put("rows_dropped", dropped);
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

  private static List<Map<String, Object>> inputs(
      InputSet inputs, List<InputReport> reports, LongUnaryOperator round) throws IOException {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      InputReport report = reports.get(i);
      InputFile file = find(inputs, report.file());
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("table", report.table());
      entry.put("file", report.file());
      if (file != null && file.remote()) {
        // a file under a file system URL is read by the engine, not hashed on this machine
        entry.put("location", file.url());
      } else if (file != null && !file.bundled()) {
        FileFacts facts = FileFacts.of(file.path());
        entry.put("bytes", facts.bytes());
        entry.put("sha256", facts.sha256());
      } else {
        entry.put(
            "derived_from",
            file != null && file.derived() ? file.profile().derivedFrom() : "bundled with saldo");
      }
      rows(entry, report, round);
      entries.add(entry);
    }
    return entries;
  }

  private static List<Map<String, Object>> sourceFiles(
      List<SourceFile> sources, LongUnaryOperator round) throws IOException {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (SourceFile source : sources) {
      FileFacts facts = FileFacts.of(source.path());
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("register", source.register());
      entry.put("file", source.path().getFileName().toString());
      entry.put("bytes", facts.bytes());
      entry.put("sha256", facts.sha256());
      entry.put("rows_read", round.applyAsLong(source.rows()));
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

  private static Map<String, Object> moves(Map<String, Long> facts, LongUnaryOperator round) {
    Map<String, Object> moves = new LinkedHashMap<>();
    moves.put("found", round.applyAsLong(facts.getOrDefault("moves_found", 0L)));
    moves.put("counted", round.applyAsLong(facts.getOrDefault("moves_counted", 0L)));
    Map<String, Object> excluded = new LinkedHashMap<>();
    excluded.put(
        "other_group", round.applyAsLong(facts.getOrDefault("moves_excluded_other_group", 0L)));
    excluded.put(
        "azc_origin", round.applyAsLong(facts.getOrDefault("moves_excluded_azc_origin", 0L)));
    excluded.put("both", round.applyAsLong(facts.getOrDefault("moves_excluded_both", 0L)));
    excluded.put("total", round.applyAsLong(facts.getOrDefault("moves_excluded_total", 0L)));
    moves.put("excluded", excluded);
    return moves;
  }
}
