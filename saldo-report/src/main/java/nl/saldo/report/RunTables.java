package nl.saldo.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The disclosure-controlled output of one run, read from its directory alone: stocks.csv,
 * migration.csv, od.csv and manifest.json (METHOD.md §8). Nothing else is needed to report.
 */
public final class RunTables {
  public static final String UNSAFE_MARKER = "UNSAFE_UNROUNDED.txt";
  private final Path runDir;
  private final List<StockRow> stocks;
  private final List<MigrationRow> migration;
  private final List<OdRow> od;
  private final JsonNode manifest;
  private final boolean unsafeUnrounded;
  private final Map<String, StockRow> stockByKey = new HashMap<>();
  private final Map<String, MigrationRow> migrationByKey = new HashMap<>();
  private final Map<String, Long> movesByKey = new HashMap<>();
  private final Map<String, Map<String, String>> unitsByLayer = new LinkedHashMap<>();
  private final UnitNames names;

  RunTables(
      Path runDir,
      List<StockRow> stocks,
      List<MigrationRow> migration,
      List<OdRow> od,
      JsonNode manifest,
      boolean unsafeUnrounded,
      UnitNames names) {
    this.names = names;
    this.runDir = runDir;
    this.stocks = stocks;
    this.migration = migration;
    this.od = od;
    this.manifest = manifest;
    this.unsafeUnrounded = unsafeUnrounded;
    stocks.forEach(row -> unit(row.layer(), row.unit(), row.unitName()));
    migration.forEach(row -> unit(row.layer(), row.unit(), row.unitName()));
    stocks.forEach(row -> stockByKey.putIfAbsent(key(row.layer(), row.unit(), row.group()), row));
    migration.forEach(
        row -> migrationByKey.putIfAbsent(key(row.layer(), row.unit(), row.group()), row));
    od.stream()
        .filter(row -> row.moves() != null) // suppressed (min_cell)
        .forEach(
            row ->
                movesByKey.merge(
                    key(row.layer(), row.origin() + "\u0000" + row.destination(), row.group()),
                    row.moves(),
                    Long::sum));
    unitsByLayer.replaceAll((layer, units) -> inStudyOrder(layer, units, names));
  }

  /** Units the names file lists in its (the study's) order, then the others as in the tables. */
  private static Map<String, String> inStudyOrder(
      String layer, Map<String, String> units, UnitNames names) {
    List<String> codes = new ArrayList<>(units.keySet());
    codes.sort(java.util.Comparator.comparingInt(code -> names.order(layer, code)));
    Map<String, String> ordered = new LinkedHashMap<>();
    codes.forEach(code -> ordered.put(code, units.get(code)));
    return ordered;
  }

  /** Display names of layers and units in the report's language (names.csv of the run). */
  UnitNames names() {
    return names;
  }

  /** A unit's name inside a sentence, e.g. "de Veenkoloniën". */
  public String inText(String layer, String unit) {
    return names.inText(layer, unit, units(layer).getOrDefault(unit, unit));
  }

  /**
   * The scale of synthetic data (e.g. "0.2") when the run's data were made by saldo synth
   * (SYNTHETIC.txt copied into the run directory), else empty.
   */
  public Optional<String> synthetic() {
    Path marker = runDir.resolve("SYNTHETIC.txt");
    if (!Files.isRegularFile(marker)) {
      return Optional.empty();
    }
    java.util.Properties facts = new java.util.Properties();
    try (java.io.Reader in = Files.newBufferedReader(marker)) {
      facts.load(in);
    } catch (IOException e) {
      return Optional.of("?");
    }
    return Optional.of(facts.getProperty("fraction", "?"));
  }

  /** A layer's display name from the names file, or null. */
  public String layerName(String layer) {
    return names.layer(layer);
  }

  /** The study area as a sentence names it ("Noord-Nederland"). */
  public String studyText() {
    return names.inText("study", "study", studyName());
  }

  private void unit(String layer, String unit, String name) {
    unitsByLayer.computeIfAbsent(layer, l -> new LinkedHashMap<>()).putIfAbsent(unit, name);
  }

  private static String key(String layer, String unit, String group) {
    return layer + '\u0000' + unit + '\u0000' + group;
  }

  public Path runDir() {
    return runDir;
  }

  public List<StockRow> stocks() {
    return stocks;
  }

  public List<MigrationRow> migration() {
    return migration;
  }

  public List<OdRow> od() {
    return od;
  }

  public JsonNode manifest() {
    return manifest;
  }

  /** True when the run wrote unrounded counts (UNSAFE_UNROUNDED.txt or the manifest's flag). */
  public boolean unsafeUnrounded() {
    return unsafeUnrounded;
  }

  public static RunTables read(Path runDir) {
    return read(runDir, "nl");
  }

  /** The tables with the display names of one language (names.csv, when the run wrote one). */
  public static RunTables read(Path runDir, String lang) {
    if (!Files.isDirectory(runDir)) {
      throw new ReportException("run directory " + runDir + " does not exist");
    }
    UnitNames names = UnitNames.read(runDir, lang);
    List<StockRow> stocks =
        rows(runDir.resolve("stocks.csv"), StockRow.COLUMNS, row -> StockRow.of(row, names));
    List<MigrationRow> migration =
        rows(
            runDir.resolve("migration.csv"),
            MigrationRow.COLUMNS,
            row -> MigrationRow.of(row, names));
    List<OdRow> od = rows(runDir.resolve("od.csv"), OdRow.COLUMNS, OdRow::of);
    JsonNode manifest = manifest(runDir.resolve("manifest.json"));
    boolean unsafe =
        Files.exists(runDir.resolve(UNSAFE_MARKER))
            || manifest.path("run").path("unsafe_unrounded").asBoolean(false);
    return new RunTables(runDir, stocks, migration, od, manifest, unsafe, names);
  }

  private static <T> List<T> rows(
      Path file, List<String> columns, Function<CsvTable.Row, T> parse) {
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
    return List.copyOf(unitsByLayer.keySet());
  }

  /** Units of a layer (code to name), in the order of stocks.csv. */
  public Map<String, String> units(String layer) {
    return Collections.unmodifiableMap(unitsByLayer.getOrDefault(layer, Map.of()));
  }

  public Optional<StockRow> stock(String layer, String unit, String group) {
    return Optional.ofNullable(stockByKey.get(key(layer, unit, group)));
  }

  public Optional<MigrationRow> migration(String layer, String unit, String group) {
    return Optional.ofNullable(migrationByKey.get(key(layer, unit, group)));
  }

  /** Moves of a group from origin to destination in a layer; 0 when od.csv has no such row. */
  public long moves(String layer, String origin, String destination, String group) {
    return movesByKey.getOrDefault(key(layer, origin + '\u0000' + destination, group), 0L);
  }

  /** The two stock years of the study, e.g. [2011, 2017]; defaults when the manifest lacks them. */
  public int[] stockYears() {
    JsonNode years = manifest.path("study").path("stock_years");
    return years.size() == 2
        ? new int[] {years.get(0).asInt(), years.get(1).asInt()}
        : new int[] {2011, 2017};
  }

  public String studyName() {
    return manifest.path("study").path("name").asText("study");
  }
}
