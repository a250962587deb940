package nl.saldo.duckdb;

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

/**
 * The method's SQL files run in order, the same on every engine: the staging relations, the layers,
 * the overlays, the refusal of empty tables, the checks and the books of every row read, a stage
 * and its data contracts, the marts, the geography and the facts. An engine reads its files its own
 * way ({@link #read}, {@link #readText}, {@link #loadAttributes}) and stores the settings row in
 * its dialect. The DuckDB engine and saldo-spark's engine extend it, over their own {@link
 * SqlSession}.
 */
public abstract class SqlEngine implements Engine {
  /**
   * The relations that hold the settings (and the income years they imply), layers, faults and
   * groups every stage reads.
   */
  private static final List<String> STAGING =
      List.of(
          "settings",
          "income_years",
          "layers_enabled",
          "faults",
          "rows_dropped",
          "income_groups",
          "attribute_values");

  private final SqlSession sql;
  private final SqlStages stages;
  private final Map<InputFile, Long> rowsRead = new LinkedHashMap<>();
  private StudySettings settings;

  protected SqlEngine(SqlSession sql) {
    this.sql = sql;
    this.stages = new SqlStages(sql);
  }

  /** Refuses, before anything is read, an input this engine cannot read (exit code 2). */
  protected abstract void refuse(InputSet inputs, StudySettings settings);

  /** Stores the one row of the {@code settings} table ({@link SettingsRow}). */
  protected abstract void storeSettings(StudySettings settings);

  /** Called once before the first {@link #read}, with every input file. */
  protected void prepare(InputSet inputs, StudySettings settings) {}

  /** Chooses where the engine keeps the tables of these inputs, before any is made. */
  protected void placeTables(InputSet inputs) {}

  /** Reads a table's file (not an overlay) for the checks; returns the rows read. */
  protected abstract long read(InputFile file);

  /** Reads a file as text into {@code target}: row_nr and its columns; returns the rows read. */
  protected abstract long readText(InputFile file, String target);

  /** The extra attributes of profiles.csv of a file into {@code attribute_values}. */
  protected abstract void loadAttributes(InputFile file, String table, List<String> attributes);

  /**
   * The attributes of a table with more than {@code max} distinct values (attribute, n, examples).
   */
  protected abstract List<List<Object>> attributesOverMax(InputFile file, String table, int max);

  @Override
  public final void load(InputSet inputs, StudySettings settings) {
    refuse(inputs, settings);
    this.settings = settings;
    placeTables(inputs);
    sql.script("macros.sql");
    for (String relation : STAGING) {
      sql.script("staging/" + relation + ".sql");
    }
    storeSettings(settings);
    enableLayers(settings, inputs.of(InputTable.OVERLAYS));
    prepare(inputs, settings);
    for (InputFile file : inputs.files()) {
      if (file.table() != InputTable.OVERLAYS) {
        rowsRead.put(file, read(file));
      }
    }
    loadOverlays(inputs.of(InputTable.OVERLAYS));
    refuseEmptyTables();
    // the columns of persons and incomes that profiles.csv breaks the flows down by (issue #14); a
    // column with more distinct values than profiles.max_categories is refused (exit code 2)
    AttributeCategories.read(
        inputs, settings.profiles(), this::loadAttributes, this::attributesOverMax);
  }

  protected final SqlSession sql() {
    return sql;
  }

  protected final StudySettings settings() {
    return settings;
  }

  /** The settings of a loaded engine replaced (saldo monitor: another move window). */
  protected final void replaceSettings(StudySettings changed) {
    this.settings = changed;
    sql.execute("clearing settings", "delete from settings");
    storeSettings(changed);
  }

  /**
   * Checks the inputs and accounts for every row read ({@link InputChecks}, {@link
   * InputAccounting}).
   *
   * @param rawText per table read typed: reads its file again as text, for the cell checks
   */
  protected final List<InputReport> check(Map<String, Runnable> rawText) {
    Map<String, String> fileNames = new LinkedHashMap<>();
    for (InputFile file : rowsRead.keySet()) {
      fileNames.put(
          file.overlay() != null ? "overlay:" + file.overlay() : file.table().tableName(),
          file.displayName());
    }
    new InputChecks(sql, fileNames, settings.repairs(), rawText).run();
    return new InputAccounting(sql).reports(rowsRead);
  }

  /**
   * A table with a header and no rows is refused (exit code 2): with no incomes every person is in
   * the group other, with no residences every count is zero, and neither is a result.
   */
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

  /**
   * The built-in layers of the study, then the overlays by name; a statement each (Spark refuses
   * bind parameters in an inline table and binds those of a union out of order).
   */
  private void enableLayers(StudySettings settings, List<InputFile> overlays) {
    for (String layer : settings.layers()) {
      sql.execute(
          "enabling layer " + layer,
          "insert into layers_enabled select ?, ?, false",
          layer,
          StudySettings.BUILT_IN_LAYERS.indexOf(layer));
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
      sql.execute(
          "enabling overlay " + name,
          "insert into layers_enabled select ?, ?, true",
          name,
          order++);
    }
  }

  private void loadOverlays(List<InputFile> overlays) {
    sql.execute(
        "creating raw_overlays",
        "create or replace table raw_overlays (row_nr bigint, overlay string, buurt_code string)");
    for (InputFile overlay : overlays) {
      rowsRead.put(overlay, readText(overlay, "raw_overlay_file"));
      sql.execute(
          "collecting overlay " + overlay.overlay(),
          "insert into raw_overlays select row_nr, ?, buurt_code from raw_overlay_file",
          overlay.overlay());
      sql.dropRaw("overlay_file");
    }
  }

  @Override
  public final List<String> run(Stage stage) {
    return stages.run(stage, settings);
  }

  @Override
  public final Table fetch(Mart mart) {
    return stages.fetch(mart);
  }

  @Override
  public final Map<String, Map<String, String>> geography() {
    return stages.geography();
  }

  @Override
  public final Map<String, Long> facts() {
    return stages.facts();
  }
}
