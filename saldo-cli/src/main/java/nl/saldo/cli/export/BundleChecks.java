package nl.saldo.cli.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.saldo.core.pipeline.Mart;

/**
 * The checks of an export bundle (checks.json), one entry per check per table, each computed from
 * the bundle's files alone: what an output checker of a statistical office would verify by hand.
 * The run's settings and the manifest's counts ({@link ManifestChecks}), each table's cells ({@link
 * CountChecks}, {@link FigureChecks}), suppressed.csv ({@link SuppressionChecks}) and the bundle's
 * files ({@link FileChecks}).
 */
public final class BundleChecks {
  /** One check on one table (or on the bundle as a whole). */
  public record Check(
      String table, String check, boolean ok, long checked, long failures, String example) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path bundle;
  private final Map<Mart, PublishedTable> tables;
  private final JsonNode manifest;
  private final long base;
  private final long threshold;
  private final Set<String> localPaths;

  BundleChecks(
      Path bundle,
      Map<Mart, PublishedTable> tables,
      JsonNode manifest,
      long base,
      long threshold,
      Set<String> localPaths) {
    this.bundle = bundle;
    this.tables = tables;
    this.manifest = manifest;
    this.base = base;
    this.threshold = threshold;
    this.localPaths = localPaths;
  }

  List<Check> run() throws IOException {
    CheckLog log = new CheckLog();
    ManifestChecks manifestChecks = new ManifestChecks(manifest, base, log);
    CountChecks counts = new CountChecks(base, log);
    FigureChecks figures = new FigureChecks(tables, manifest, threshold, log);
    manifestChecks.runIsSafe();
    for (Map.Entry<Mart, PublishedTable> entry : tables.entrySet()) {
      Mart mart = entry.getKey();
      PublishedTable table = entry.getValue();
      counts.noIdentifiers(mart, table);
      counts.countsWhole(mart, table);
      counts.countsMultipleOfBase(mart, table);
      figures.recomputable(mart, table);
      figures.thresholdsMet(mart, table);
    }
    new SuppressionChecks(bundle, tables, manifest, log).suppressionKept();
    manifestChecks.manifestCounts();
    FileChecks files = new FileChecks(bundle, localPaths, log);
    files.noAudit();
    files.noAbsolutePaths();
    return log.checks();
  }

  /** checks.json: all ok or not, the rules applied, and every check with its first failure. */
  static String json(List<Check> checks, long base, long threshold) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("ok", checks.stream().allMatch(Check::ok));
    root.put("rounding_base", base);
    root.put("min_denominator", threshold);
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Check check : checks) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("table", check.table());
      entry.put("check", check.check());
      entry.put("ok", check.ok());
      entry.put("checked", check.checked());
      entry.put("failures", check.failures());
      if (check.example() != null) {
        entry.put("example", check.example());
      }
      entries.add(entry);
    }
    root.put("checks", entries);
    return JSON.writeValueAsString(root) + "\n";
  }

  /** Why no bundle is written: each failed check with its number of failures and an example. */
  static String refusal(List<Check> failed) {
    StringBuilder message =
        new StringBuilder("the bundle fails ")
            .append(failed.size())
            .append(" check(s); nothing written:");
    for (Check check : failed) {
      message
          .append("\n  ")
          .append(check.table())
          .append(" ")
          .append(check.check())
          .append(": ")
          .append(check.failures())
          .append(" failure(s), e.g. ")
          .append(check.example());
    }
    return message.toString();
  }
}
