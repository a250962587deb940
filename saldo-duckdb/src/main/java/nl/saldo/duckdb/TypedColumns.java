package nl.saldo.duckdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a microdata table that have a type other than text, and how a column that a reader
 * (Parquet) already delivers typed becomes that type without a detour through text. The read of a
 * table ({@code staging/TABLE_read.sql}) takes {@code COLUMN_typed} where it is not null and parses
 * the text {@code COLUMN} only for the other rows, so a typed Parquet column is used as it is, and
 * a CSV (whose {@code _typed} columns are null) is parsed as before.
 */
final class TypedColumns {
  private static final Map<String, Map<String, String>> TYPES =
      Map.of(
          "persons", Map.of("birth_date", "date", "register_entry_date", "date"),
          "residences", Map.of("start_date", "date", "end_date", "date"),
          "incomes", Map.of("year", "integer", "student", "boolean", "income_pct", "double"));

  private static final Set<String> WHOLE_NUMBERS =
      Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER");

  private TypedColumns() {}

  /**
   * The {@code COLUMN_typed} projections of a table: the reader's column converted where its type
   * gives exactly the value that its text would (null where the text must be parsed), else null.
   *
   * @param actual format-v1 column → the reader's column name (null when there is no reader column
   *     with a type, as for a CSV or an SPSS file read as text)
   * @param types the reader's column name → its DuckDB type
   */
  static List<String> projections(
      String table, Map<String, String> actual, Map<String, String> types) {
    List<String> projections = new ArrayList<>();
    Map<String, String> columns = TYPES.getOrDefault(table, Map.of());
    for (String column : columns.keySet().stream().sorted().toList()) {
      String name = actual.get(column);
      String expression = native_(columns.get(column), name, name == null ? null : types.get(name));
      projections.add(
          (expression == null ? "cast(null as " + columns.get(column) + ")" : expression)
              + " as "
              + Database.identifier(column + "_typed"));
    }
    return projections;
  }

  /**
   * The typed value of a reader column of a type that needs no parsing, exactly as its text would
   * give it (a double's text is its shortest round-trip spelling; a whole number too large for an
   * integer, nan or inf, and a date outside the years 1–9999 are left to the text, which finds the
   * fault); null for other types.
   */
  private static String native_(String target, String name, String type) {
    if (name == null || type == null) {
      return null;
    }
    String quoted = Database.identifier(name);
    return switch (target) {
      case "date" ->
          type.equals("DATE") || type.startsWith("TIMESTAMP")
              ? "case when cast("
                  + quoted
                  + " as date) between date '0001-01-01' and date '9999-12-31' then cast("
                  + quoted
                  + " as date) end"
              : null;
      case "integer" -> WHOLE_NUMBERS.contains(type) ? "try_cast(" + quoted + " as integer)" : null;
      case "boolean" -> type.equals("BOOLEAN") ? quoted : null;
      case "double" ->
          type.equals("DOUBLE")
              ? "case when isfinite(" + quoted + ") then " + quoted + " end"
              : WHOLE_NUMBERS.contains(type) ? "cast(" + quoted + " as double)" : null;
      default -> null;
    };
  }
}
