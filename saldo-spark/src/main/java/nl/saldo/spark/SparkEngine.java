package nl.saldo.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.pipeline.InputReport;
import nl.saldo.core.study.InputProfile;
import nl.saldo.core.study.StudySettings;
import nl.saldo.duckdb.InputChecks;
import nl.saldo.duckdb.SettingsRow;
import nl.saldo.duckdb.SqlEngine;
import org.apache.spark.sql.SparkSession;

/**
 * The method's SQL on Apache Spark: the same files as the DuckDB engine (saldo-duckdb's resources,
 * translated by {@link SparkSql}), run in the same order ({@link SqlEngine}), every relation a
 * temporary view of its own session; the marts are small and are collected to the driver.
 */
final class SparkEngine extends SqlEngine {
  private final SparkDatabase database;
  private final Runnable onClose;
  private SparkInput input;

  SparkEngine(SparkSession session, Runnable onClose) {
    this(new SparkDatabase(session), onClose);
  }

  private SparkEngine(SparkDatabase database, Runnable onClose) {
    super(database);
    this.database = database;
    this.onClose = onClose;
  }

  /** The CBS register files are read by the DuckDB engine only. */
  @Override
  protected void refuse(InputSet inputs, StudySettings settings) {
    if (settings.inputProfile() != null) {
      InputProfile profile = settings.inputProfile().profile();
      throw SaldoException.invalidInput(
          "input profile "
              + profile.name()
              + " ("
              + profile.derivedFrom()
              + ") is read by the DuckDB engine only; run with --engine duckdb, or convert the"
              + " register files to format v1 (CSV or Parquet)");
    }
  }

  @Override
  protected void prepare(InputSet inputs, StudySettings settings) {
    input = new SparkInput(database, settings);
  }

  /** Every file is read as text; a microdata table is then typed by staging/TABLE_read.sql. */
  @Override
  protected long read(InputFile file) {
    String table = file.table().tableName();
    long rows = input.load(file, "raw_" + table);
    if (InputChecks.READ_TYPED.contains(table)) {
      database.spark().table("raw_" + table).createOrReplaceTempView(table + "_source");
      database.execute(SparkSql.load("staging/" + table + "_read.sql"));
      database.spark().catalog().dropTempView(table + "_source");
    }
    return rows;
  }

  @Override
  protected long readText(InputFile file, String target) {
    return input.load(file, target);
  }

  @Override
  protected void loadAttributes(InputFile file, String table, List<String> attributes) {
    input.loadAttributes(file, table, attributes);
  }

  /** As the DuckDB engine's query (collect_set leaves nulls out). */
  @Override
  protected List<List<Object>> attributesOverMax(InputFile file, String table, int max) {
    String query =
        String.format(
            "select attribute, count(distinct value) as n,"
                + " array_join(array_sort(collect_set(value)), ', ') as examples"
                + " from attribute_values where source_table = %s"
                + " group by attribute having count(distinct value) > %d order by attribute",
            SparkDatabase.literal(table), max);
    return database.rows("counting the values of the attributes of " + file.displayName(), query);
  }

  /** Every table was read as text: none needs reading again for the cell checks. */
  @Override
  public List<InputReport> validate() {
    return check(Map.of());
  }

  @Override
  public void close() {
    onClose.run();
  }

  /** The one-row settings table, each value cast from its exact text to the column's type. */
  @Override
  protected void storeSettings(StudySettings settings) {
    Map<String, Object> row = SettingsRow.of(settings);
    var fields = database.spark().table("settings").schema().fields();
    List<String> columns = new ArrayList<>();
    for (var field : fields) {
      columns.add(field.name());
    }
    SettingsRow.checkColumns(columns, row);
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
}
