package nl.saldo.duckdb;

import java.nio.file.Path;
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
import nl.saldo.core.pipeline.EngineFactory;
import nl.saldo.core.pipeline.InputReport;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.SourceFile;
import nl.saldo.core.pipeline.Stage;
import nl.saldo.core.pipeline.Table;
import nl.saldo.core.study.StudySettings;

/** The default engine: the method's SQL on embedded DuckDB. */
public final class DuckDbEngine implements Engine {
  /** The relations that hold the settings, layers, faults and groups every stage reads. */
  private static final List<String> STAGING =
      List.of(
          "settings",
          "layers_enabled",
          "faults",
          "rows_dropped",
          "income_groups",
          "attribute_values");

  private final Database database;
  private final Path scratch;
  private final Map<InputFile, Long> rowsRead = new LinkedHashMap<>();

  /** Per table read typed: how to read its file again as text, for the cell checks' messages. */
  private final Map<String, Runnable> rawText = new LinkedHashMap<>();

  private StudySettings settings;
  private List<SourceFile> sourceFiles = List.of();
  private List<Map<String, Object>> sourceChecks = List.of();

  DuckDbEngine(Database database, Path scratch) {
    this.database = database;
    this.scratch = scratch;
  }

  @Override
  public void load(InputSet inputs, StudySettings settings) {
    this.settings = settings;
    for (InputFile file : inputs.files()) {
      if (file.remote()) {
        throw SaldoException.invalidInput(EngineFactory.urlRefused("duckdb", file.url()));
      }
    }
    WorkStorage.choose(database, scratch, inputs);
    database.execute(SqlScript.load("macros.sql"));
    for (String relation : STAGING) {
      database.execute(SqlScript.load("staging/" + relation + ".sql"));
    }
    insertSettings(settings);
    enableLayers(settings, inputs.of(InputTable.OVERLAYS));
    InputSources sources = new InputSources(database, settings, scratch);
    sources.prepare(inputs, settings);
    sourceFiles = sources.sourceFiles();
    sourceChecks = sources.sourceChecks();
    for (InputFile file : inputs.files()) {
      String table = file.table().tableName();
      InputSource source = sources.of(file);
      if (InputChecks.READ_TYPED.contains(table)) {
        rowsRead.put(file, source.readTyped(file, table));
        rawText.put(
            table,
            () -> {
              insertionOrder(true);
              source.readText(file, "raw_" + table);
              insertionOrder(false);
            });
      } else if (file.table() != InputTable.OVERLAYS) {
        rowsRead.put(file, source.readText(file, "raw_" + table));
      }
    }
    loadOverlays(sources, inputs.of(InputTable.OVERLAYS));
    refuseEmptyTables();
    loadAttributes(sources, inputs);
  }

  /**
   * The extra columns of persons and incomes that profiles.csv breaks the flows down by (issue #14,
   * {@code profiles.attributes}), read from the same files into {@code attribute_values}; a column
   * with more distinct values than {@code profiles.max_categories} is refused (exit code 2): it is
   * an identifier or a measurement, not a category.
   */
  private void loadAttributes(InputSources sources, InputSet inputs) {
    AttributeCategories.read(
        inputs,
        settings.profiles(),
        sources::loadAttributes,
        (file, table, max) ->
            database.rows(
                "counting the values of the attributes of " + file.displayName(),
                "select attribute, count(distinct value) as n,"
                    + " string_agg(distinct value, ', ' order by value) filter (where value is not"
                    + " null) as examples from attribute_values where source_table = ? group by"
                    + " attribute having count(distinct value) > ? order by attribute",
                table,
                max));
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

  @Override
  public List<InputReport> validate() {
    insertionOrder(false);
    Map<String, String> fileNames = new LinkedHashMap<>();
    for (InputFile file : rowsRead.keySet()) {
      fileNames.put(
          file.overlay() != null ? "overlay:" + file.overlay() : file.table().tableName(),
          file.displayName());
    }
    new InputChecks(database, fileNames, settings.repairs(), rawText).run();
    return new InputAccounting(database).reports(rowsRead);
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
                        .map(column -> Database.identifier(column) + " varchar")
                        .toList())
                + ", row_order bigint)");
      }
      return List.of();
    }
    database.execute(SqlScript.load(step.script()));
    String contracts = "contracts/" + step.relation() + ".sql";
    if (!SqlScript.exists(contracts)) {
      return List.of();
    }
    List<String> violations = new ArrayList<>();
    for (List<Object> row : database.rows(contracts, SqlScript.load(contracts).query())) {
      long count = ((Number) row.get(1)).longValue();
      if (count != 0) {
        violations.add(row.get(0) + " (" + count + " violations)");
      }
    }
    return violations;
  }

  /**
   * True for a stage of an analysis the study file switched off (analyses: ...); its mart is then
   * empty. Person states are always derived: the stocks and profiles read them too.
   */
  private boolean switchedOff(Stage stage) {
    boolean components = settings.analyses().components();
    boolean segregation = settings.analyses().segregation();
    return switch (stage) {
      case BUILD_COMPONENTS -> !components;
      case COUNT_SEGREGATION, BUILD_SEGREGATION -> !segregation;
      default -> false;
    };
  }

  /**
   * Row order matters only while a file is read (a CSV's rows are numbered by their order); once
   * every table has its row_nr, no relation needs the order it was made in, and DuckDB can build
   * them in parallel without keeping it (every output is fetched with order by).
   */
  private void insertionOrder(boolean preserve) {
    database.execute(
        "setting preserve_insertion_order", "set preserve_insertion_order = " + preserve);
  }

  @Override
  public void changeSettings(StudySettings changed) {
    this.settings = changed;
    database.execute("clearing settings", "delete from settings");
    insertSettings(changed);
  }

  @Override
  public Table fetch(Mart mart) {
    List<String> quoted = mart.columns().stream().map(Database::identifier).toList();
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
    for (List<Object> row : database.rows("facts", SqlScript.load("facts.sql").query())) {
      facts.put((String) row.get(0), ((Number) row.get(1)).longValue());
    }
    return Collections.unmodifiableMap(facts);
  }

  @Override
  public List<SourceFile> sourceFiles() {
    return sourceFiles;
  }

  @Override
  public List<Map<String, Object>> sourceChecks() {
    return sourceChecks;
  }

  /**
   * Closes the database and removes its scratch directory (spill files, copies of bundled files).
   */
  @Override
  public void close() {
    database.close();
    try (var walk = java.nio.file.Files.walk(scratch)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.deleteIfExists(path);
      }
    } catch (java.io.IOException e) {
      System.err.println("saldo: warning: could not remove " + scratch + ": " + e.getMessage());
    }
  }

  private void insertSettings(StudySettings settings) {
    Map<String, Object> row = SettingsRow.of(settings);
    List<Object> columns =
        database.rows("describing settings", "select column_name from (describe settings)").stream()
            .map(r -> r.get(0))
            .toList();
    if (!columns.equals(List.copyOf(row.keySet()))) {
      throw SaldoException.internal(
          "settings table columns " + columns + " differ from " + row.keySet(), null);
    }
    String placeholders = String.join(", ", Collections.nCopies(row.size(), "?"));
    database.execute(
        "storing settings",
        "insert into settings values (" + placeholders + ")",
        row.values().toArray());
  }

  private void enableLayers(StudySettings settings, List<InputFile> overlays) {
    for (String layer : settings.layers()) {
      database.execute(
          "enabling layer " + layer,
          "insert into layers_enabled values (?, ?, false)",
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
      database.execute(
          "enabling overlay " + name,
          "insert into layers_enabled values (?, ?, true)",
          name,
          order++);
    }
  }

  private void loadOverlays(InputSources sources, List<InputFile> overlays) {
    database.execute(
        "creating raw_overlays",
        "create or replace table raw_overlays (row_nr bigint, overlay varchar, buurt_code"
            + " varchar)");
    for (InputFile overlay : overlays) {
      rowsRead.put(overlay, sources.of(overlay).readText(overlay, "raw_overlay_file"));
      database.execute(
          "collecting overlay " + overlay.overlay(),
          "insert into raw_overlays select row_nr, ?, buurt_code from raw_overlay_file",
          overlay.overlay());
      InputSource.dropText(database, "raw_overlay_file");
    }
  }
}
