package nl.saldo.sav;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Streams a .sav/.zsav file into a DuckDB raw table through DuckDB's appender, one row at a time,
 * so no more than one row is held in Java memory. The table has {@code row_nr BIGINT} (1-based row
 * in the file) and one VARCHAR column per requested column: SPSS dates as ISO {@code YYYY-MM-DD},
 * numbers as plain text (integers without {@code .0}), system- and user-missing values and empty
 * strings as NULL. In a column whose name ends in {@code _date}, a {@code yyyymmdd} value (number
 * or string) becomes {@code YYYY-MM-DD} too.
 */
public final class SavToDuckDb {

  private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern YYYYMMDD = Pattern.compile("\\d{8}");

  private SavToDuckDb() {}

  /**
   * Creates (or replaces) {@code tableName} and fills it from {@code savFile}.
   *
   * @param columns format-v1 column name → variable name in the file (case-insensitive); empty
   *     means every variable, under its own name
   * @return the number of rows loaded
   */
  public static long load(
      Connection duckdb, Path savFile, String tableName, Map<String, String> columns)
      throws IOException, SQLException {
    if (!TABLE_NAME.matcher(tableName).matches()) {
      throw new IllegalArgumentException("table name '" + tableName + "' is not a plain SQL name");
    }
    try (SavFile sav = SavFile.open(savFile)) {
      Map<String, SavVariable> selected = select(sav, columns);
      createTable(duckdb, tableName, selected.keySet());
      return append(duckdb.unwrap(DuckDBConnection.class), tableName, sav, selected);
    }
  }

  private static Map<String, SavVariable> select(SavFile sav, Map<String, String> columns)
      throws SavFormatException {
    Map<String, SavVariable> selected = new LinkedHashMap<>();
    if (columns.isEmpty()) {
      sav.variables().forEach(variable -> selected.put(variable.name(), variable));
    } else {
      for (Map.Entry<String, String> column : columns.entrySet()) {
        selected.put(column.getKey(), sav.variable(column.getValue()));
      }
    }
    return selected;
  }

  private static void createTable(Connection duckdb, String tableName, Iterable<String> columns)
      throws SQLException {
    List<String> definitions = new ArrayList<>(List.of("row_nr bigint"));
    for (String column : columns) {
      definitions.add(quote(column) + " varchar");
    }
    try (Statement statement = duckdb.createStatement()) {
      statement.execute(
          "create or replace table "
              + quote(tableName)
              + " ("
              + String.join(", ", definitions)
              + ")");
    }
  }

  private static long append(
      DuckDBConnection duckdb, String tableName, SavFile sav, Map<String, SavVariable> selected)
      throws IOException, SQLException {
    SavVariable[] variables = selected.values().toArray(SavVariable[]::new);
    boolean[] dateColumns = new boolean[variables.length];
    int i = 0;
    for (String column : selected.keySet()) {
      dateColumns[i++] = column.toLowerCase().endsWith("_date");
    }
    SavCursor rows = sav.rows();
    try (DuckDBAppender appender =
        duckdb.createAppender(DuckDBConnection.DEFAULT_SCHEMA, tableName)) {
      while (rows.next()) {
        appender.beginRow();
        appender.append(rows.rowNumber());
        for (int c = 0; c < variables.length; c++) {
          String text = rows.text(variables[c]);
          if (text == null) {
            appender.appendNull();
          } else {
            appender.append(dateColumns[c] ? isoDate(text) : text);
          }
        }
        appender.endRow();
      }
    }
    long declared = sav.header().declaredRowCount();
    if (declared >= 0 && declared != rows.rowNumber()) {
      throw new SavFormatException(
          sav.path().getFileName(),
          "the header declares "
              + declared
              + " cases but the file holds "
              + rows.rowNumber()
              + (rows.rowNumber() < declared ? " (cut short: copied or written incompletely?)" : "")
              + "; nothing loaded");
    }
    return rows.rowNumber();
  }

  /** {@code 20110131} → {@code 2011-01-31}; anything else as it is, for validation to judge. */
  static String isoDate(String text) {
    return YYYYMMDD.matcher(text).matches()
        ? text.substring(0, 4) + "-" + text.substring(4, 6) + "-" + text.substring(6)
        : text;
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
