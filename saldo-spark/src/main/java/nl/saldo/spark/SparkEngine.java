package nl.saldo.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.AttributeCategories;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.input.InputTable;
import nl.saldo.core.pipeline.Engine;
import nl.saldo.core.pipeline.InputReport;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Stage;
import nl.saldo.core.pipeline.Table;
import nl.saldo.core.study.StudySettings;
import nl.saldo.duckdb.SettingsRow;
import nl.saldo.duckdb.StageSql;
import org.apache.spark.sql.SparkSession;

/**
 * The method's SQL on Apache Spark: the same files as the DuckDB engine (saldo-duckdb's resources,
 * translated by {@link SparkSql}), every relation a temporary view of its own session; the marts
 * are small and are collected to the driver.
 */
final class SparkEngine implements Engine {
  private static final List<String> STAGING =
      List.of(
          "settings",
          "layers_enabled",
          "faults",
          "rows_dropped",
          "income_groups",
          "attribute_values");

  private final SparkDatabase database;
  private final Runnable onClose;
  private final Map<InputFile, Long> rowsRead = new LinkedHashMap<>();
  private StudySettings settings;

  SparkEngine(SparkSession session, Runnable onClose) {
    this.database = new SparkDatabase(session);
    this.onClose = onClose;
  }

  @Override
  public void load(InputSet inputs, StudySettings settings) {
    this.settings = settings;
    if (settings.cbsRaProfile()) {
      throw SaldoException.invalidInput(
          "input profile cbs-ra (CBS register files) is read by the DuckDB engine only; run with"
              + " --engine duckdb, or convert the register files to format v1 (CSV or Parquet)");
    }
    database.execute(SparkSql.load("macros.sql"));
    for (String relation : STAGING) {
      database.execute(SparkSql.load("staging/" + relation + ".sql"));
    }
    insertSettings(settings);
    enableLayers(settings, inputs.of(InputTable.OVERLAYS));
    SparkInput input = new SparkInput(database, settings);
    for (InputFile file : inputs.files()) {
      String table = file.table().tableName();
      if (file.table() == InputTable.OVERLAYS) {
        continue;
      }
      rowsRead.put(file, input.load(file, "raw_" + table));
      if (SparkChecks.READ_TYPED.contains(table)) {
        database.spark().table("raw_" + table).createOrReplaceTempView(table + "_source");
        database.execute(SparkSql.load("staging/" + table + "_read.sql"));
        database.spark().catalog().dropTempView(table + "_source");
      }
    }
    loadOverlays(input, inputs.of(InputTable.OVERLAYS));
    refuseEmptyTables();
    loadAttributes(input, inputs);
  }

  /**
   * The extra columns of persons and incomes that profiles.csv breaks the flows down by ({@code
   * profiles.attributes}); a column with more distinct values than {@code profiles.max_categories}
   * is refused (exit code 2), with the DuckDB engine's message.
   */
  private void loadAttributes(SparkInput input, InputSet inputs) {
    AttributeCategories.read(inputs, settings.profiles(), input::loadAttributes, this::overMax);
  }

  /** The attributes of a table over max distinct values (collect_set leaves nulls out). */
  private List<List<Object>> overMax(InputFile file, String table, int max) {
    String query =
        String.format(
            "select attribute, count(distinct value) as n,"
                + " array_join(array_sort(collect_set(value)), ', ') as examples"
                + " from attribute_values where source_table = %s"
                + " group by attribute having count(distinct value) > %d order by attribute",
            SparkDatabase.literal(table), max);
    return database.rows("counting the values of the attributes of " + file.displayName(), query);
  }

  private void refuseEmptyTables() {
    List<String> empty =
        rowsRead.entrySet().stream()
            .filter(e -> e.getValue() == 0 && e.getKey().table() != InputTable.OVERLAYS)
            .map(e -> e.getKey().displayName())
            .toList();
    if (!empty.isEmpty()) {
      throw SaldoException.invalidInput(
          String.join(", ", empty)
              + (empty.size() == 1 ? " has" : " have")
              + " no rows (a header only): every table needs at least one row; an empty table would"
              + " give all-zero or all-other results");
    }
  }

  @Override
  public List<InputReport> validate() {
    Map<String, String> fileNames = new LinkedHashMap<>();
    for (InputFile file : rowsRead.keySet()) {
      fileNames.put(
          file.overlay() != null ? "overlay:" + file.overlay() : file.table().tableName(),
          file.displayName());
    }
    SparkChecks checks = new SparkChecks(database, fileNames, settings.repairs());
    checks.run();
    return checks.reports(rowsRead);
  }

  @Override
  public List<String> run(Stage stage) {
    StageSql step = StageSql.of(stage);
    if (switchedOff(stage)) {
      if (step.relation().endsWith("_mart")) {
        Mart mart = stage == Stage.BUILD_COMPONENTS ? Mart.COMPONENTS : Mart.SEGREGATION;
        database.execute(
            "creating an empty " + mart.tableName(),
            "create or replace table "
                + step.relation()
                + " ("
                + String.join(
                    ", ",
                    mart.columns().stream()
                        .map(column -> SparkDatabase.identifier(column) + " string")
                        .toList())
                + ", row_order bigint)");
      }
      return List.of();
    }
    database.execute(SparkSql.load(step.script()));
    String contracts = "contracts/" + step.relation() + ".sql";
    if (!SparkSql.exists(contracts)) {
      return List.of();
    }
    List<String> violations = new ArrayList<>();
    for (List<Object> row : database.rows(contracts, SparkSql.load(contracts).query())) {
      long count = ((Number) row.get(1)).longValue();
      if (count != 0) {
        violations.add(row.get(0) + " (" + count + " violations)");
      }
    }
    return violations;
  }

  /** As the DuckDB engine: a switched-off analysis has an empty mart; person states serve both. */
  private boolean switchedOff(Stage stage) {
    boolean components = settings.analyses().components();
    boolean segregation = settings.analyses().segregation();
    return switch (stage) {
      case BUILD_COMPONENTS -> !components;
      case COUNT_SEGREGATION, BUILD_SEGREGATION -> !segregation;
      default -> false;
    };
  }

  @Override
  public Table fetch(Mart mart) {
    List<String> quoted = mart.columns().stream().map(SparkDatabase::identifier).toList();
    List<List<Object>> rows =
        database.rows(
            "fetching " + mart.tableName(),
            "select "
                + String.join(", ", quoted)
                + " from "
                + mart.tableName()
                + "_mart order by row_order");
    return new Table(mart.tableName(), mart.columns(), rows);
  }

  @Override
  public Map<String, Map<String, String>> geography() {
    Map<String, Map<String, String>> geography = new LinkedHashMap<>();
    for (List<Object> row :
        database.rows(
            "geography",
            "select gemeente_code, region, area_type, province from gemeenten"
                + " order by gemeente_code")) {
      geography.put(
          (String) row.get(0),
          Map.of(
              "region", (String) row.get(1),
              "area_type", (String) row.get(2),
              "province", (String) row.get(3)));
    }
    return Collections.unmodifiableMap(geography);
  }

  @Override
  public Map<String, Long> facts() {
    Map<String, Long> facts = new LinkedHashMap<>();
    for (List<Object> row : database.rows("facts", SparkSql.load("facts.sql").query())) {
      facts.put((String) row.get(0), ((Number) row.get(1)).longValue());
    }
    return Collections.unmodifiableMap(facts);
  }

  @Override
  public void close() {
    onClose.run();
  }

  /** The one-row settings table, from the same row as DuckDB's (saldo-duckdb's SettingsRow). */
  private void insertSettings(StudySettings settings) {
    Map<String, Object> row = SettingsRow.of(settings);
    var fields = database.spark().table("settings").schema().fields();
    List<String> columns = new ArrayList<>();
    for (var field : fields) {
      columns.add(field.name());
    }
    if (!columns.equals(List.copyOf(row.keySet()))) {
      throw SaldoException.internal(
          "settings table columns " + columns + " differ from " + row.keySet(), null);
    }
    List<String> values = new ArrayList<>();
    int i = 0;
    for (Object value : row.values()) {
      values.add(
          "cast("
              + (value == null ? "null" : SparkDatabase.literal(text(value)))
              + " as "
              + fields[i++].dataType().sql()
              + ")");
    }
    database.execute(
        "storing settings", "insert into settings select " + String.join(", ", values));
  }

  private static String text(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      return new BigDecimal(value.toString()).toPlainString();
    }
    return value.toString();
  }

  private void enableLayers(StudySettings settings, List<InputFile> overlays) {
    List<String> rows = new ArrayList<>();
    for (String layer : settings.layers()) {
      rows.add(
          "("
              + SparkDatabase.literal(layer)
              + ", "
              + StudySettings.BUILT_IN_LAYERS.indexOf(layer)
              + ", false)");
    }
    int order = StudySettings.BUILT_IN_LAYERS.size();
    for (InputFile overlay :
        overlays.stream().sorted((a, b) -> a.overlay().compareTo(b.overlay())).toList()) {
      String name = overlay.overlay();
      if (name.equalsIgnoreCase("rest") || StudySettings.BUILT_IN_LAYERS.contains(name)) {
        throw SaldoException.invalidInput(
            overlay.displayName()
                + ": an overlay cannot be called \""
                + name
                + "\" (rest and the built-in layer names are reserved); rename the file");
      }
      rows.add("(" + SparkDatabase.literal(name) + ", " + order++ + ", true)");
    }
    if (!rows.isEmpty()) {
      database.execute(
          "enabling layers", "insert into layers_enabled values " + String.join(", ", rows));
    }
  }

  private void loadOverlays(SparkInput input, List<InputFile> overlays) {
    database.execute(
        "creating raw_overlays",
        "create or replace table raw_overlays (row_nr bigint, overlay string, buurt_code string)");
    for (InputFile overlay : overlays) {
      rowsRead.put(overlay, input.load(overlay, "raw_overlay_file"));
      database.execute(
          "collecting overlay " + overlay.overlay(),
          "insert into raw_overlays select row_nr, "
              + SparkDatabase.literal(overlay.overlay())
              + ", buurt_code from raw_overlay_file");
      database.spark().catalog().dropTempView("raw_overlay_file");
    }
  }
}
