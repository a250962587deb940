package nl.saldo.synth.out;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Converts the written CSV tables to Parquet with DuckDB, keeping column types explicit. */
public final class ParquetConverter {
  private static final String[][] TABLES = {
    {
      "persons",
      "{'person_id': 'BIGINT', 'birth_date': 'DATE', 'origin': 'VARCHAR', 'register_entry_date': 'DATE'}"
    },
    {
      "residences",
      "{'person_id': 'BIGINT', 'address_id': 'BIGINT', 'start_date': 'DATE', 'end_date': 'DATE'}"
    },
    {"addresses", "{'address_id': 'BIGINT', 'buurt_code': 'VARCHAR'}"},
    {
      "incomes",
      "{'person_id': 'BIGINT', 'year': 'INTEGER', 'household_kind': 'VARCHAR', 'student': 'BOOLEAN', 'income_pct': 'DOUBLE'}"
    },
  };

  private ParquetConverter() {}

  /** A path as an SQL string literal (COPY takes no bind parameters for its file names). */
  private static String literal(Path path) {
    return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  public static void convert(Path dataDir) throws IOException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("SET threads TO 2");
      for (String[] table : TABLES) {
        Path csv = dataDir.resolve(table[0] + ".csv");
        Path parquet = dataDir.resolve(table[0] + ".parquet");
        statement.execute(
            "COPY (SELECT * FROM read_csv("
                + literal(csv)
                + ", header = true, columns = "
                + table[1]
                + ")) TO "
                + literal(parquet)
                + " (FORMAT parquet)");
        Files.delete(csv);
      }
    } catch (SQLException e) {
      throw new IOException("Parquet conversion of " + dataDir + " failed: " + e.getMessage(), e);
    }
  }
}
