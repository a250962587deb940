package nl.saldo.duckdb;

import java.util.List;

/**
 * The raw text of an input table serves validation only: once the typed table exists it is dropped,
 * so the method has the memory (a raw table is a view over {@code raw_NAME_file}, or a table when
 * an input profile made it).
 */
final class RawTables {
  private RawTables() {}

  static void drop(Database database, String table) {
    String raw = "raw_" + table;
    List<List<Object>> views =
        database.rows(
            "looking for " + raw,
            "select view_name from duckdb_views() where not internal and view_name = ?",
            raw);
    if (!views.isEmpty()) {
      database.execute("dropping " + raw, "drop view " + raw);
    }
    for (List<Object> row :
        database.rows(
            "looking for " + raw,
            "select table_name from duckdb_tables() where table_name in (?, ?)",
            raw,
            raw + "_file")) {
      database.execute(
          "dropping " + row.get(0), "drop table " + Database.identifier((String) row.get(0)));
    }
  }
}
