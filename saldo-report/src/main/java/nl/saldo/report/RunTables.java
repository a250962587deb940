package nl.saldo.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The disclosure-controlled output of one run, read from its directory alone: stocks.csv,
 * migration.csv, od.csv and manifest.json (METHOD.md §8). Nothing else is needed to report.
 */
public record RunTables(
    Path runDir,
    List<StockRow> stocks,
    List<MigrationRow> migration,
    List<OdRow> od,
    JsonNode manifest,
    boolean unsafeUnrounded) {

  public static final String UNSAFE_MARKER = "UNSAFE_UNROUNDED.txt";

  public static RunTables read(Path runDir) {
    if (!Files.isDirectory(runDir)) {
      throw new ReportException("run directory " + runDir + " does not exist");
    }
    List<StockRow> stocks = rows(runDir.resolve("stocks.csv"), StockRow.COLUMNS, StockRow::of);
    List<MigrationRow> migration = rows(runDir.resolve("migration.csv"), MigrationRow.COLUMNS, MigrationRow::of);
    List<OdRow> od = rows(runDir.resolve("od.csv"), OdRow.COLUMNS, OdRow::of);
    JsonNode manifest = manifest(runDir.resolve("manifest.json"));
    boolean unsafe = Files.exists(runDir.resolve(UNSAFE_MARKER))
        || manifest.path("run").path("unsafe_unrounded").asBoolean(false);
    return new RunTables(runDir, stocks, migration, od, manifest, unsafe);
  }

  private static <T> List<T> rows(Path file, List<String> columns, Function<CsvTable.Row, T> parse) {
    List<T> rows = new ArrayList<>();
    for (CsvTable.Row row : CsvTable.read(file, columns).rows()) {
      rows.add(parse.apply(row));
    }
    return List.copyOf(rows);
  }

  private static JsonNode manifest(Path file) {
    if (!Files.exists(file)) {
      throw new ReportException("manifest.json is missing in " + file.getParent());
    }
    try {
      JsonNode node = new ObjectMapper().readTree(file.toFile());
      if (node == null || !node.isObject()) {
        throw new ReportException("manifest.json: expected a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new ReportException("manifest.json is not valid JSON: " + e.getMessage(), e);
    }
  }

  /** Layers in the order of the tables. */
  public List<String> layers() {
    LinkedHashSet<String> layers = new LinkedHashSet<>();
    stocks.forEach(row -> layers.add(row.layer()));
    migration.forEach(row -> layers.add(row.layer()));
    return List.copyOf(layers);
  }

  /** Units of a layer (code to name), in the order of stocks.csv. */
  public Map<String, String> units(String layer) {
    Map<String, String> units = new LinkedHashMap<>();
    stocks.stream().filter(row -> row.layer().equals(layer)).forEach(row -> units.putIfAbsent(row.unit(), row.unitName()));
    migration.stream().filter(row -> row.layer().equals(layer)).forEach(row -> units.putIfAbsent(row.unit(), row.unitName()));
    return units;
  }

  public Optional<StockRow> stock(String layer, String unit, String group) {
    return stocks.stream()
        .filter(row -> row.layer().equals(layer) && row.unit().equals(unit) && row.group().equals(group))
        .findFirst();
  }

  public Optional<MigrationRow> migration(String layer, String unit, String group) {
    return migration.stream()
        .filter(row -> row.layer().equals(layer) && row.unit().equals(unit) && row.group().equals(group))
        .findFirst();
  }

  /** The two stock years of the study, e.g. [2011, 2017]; defaults when the manifest lacks them. */
  public int[] stockYears() {
    JsonNode years = manifest.path("study").path("stock_years");
    return years.size() == 2 ? new int[] {years.get(0).asInt(), years.get(1).asInt()} : new int[] {2011, 2017};
  }

  public String studyName() {
    return manifest.path("study").path("name").asText("study");
  }
}
