package nl.saldo.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The floor of {@code saldo bench}: DuckDB reading the input files and nothing else, to which a
 * full run is compared; and the Parquet copies of the CSVs that {@code --format parquet} runs on.
 */
public final class BaselineScan {
  private static final String[] TABLES = {"persons", "residences", "addresses", "incomes"};

  private BaselineScan() {}

  /** Parquet copies of the CSVs (typed as DuckDB detects them), made once in data-parquet. */
  public static Path parquetCopy(Path csvData) throws Exception {
    Path target = csvData.resolveSibling("data-parquet");
    Files.createDirectories(target);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        Path file = target.resolve(table + ".parquet");
        if (!Files.exists(file)) {
          statement.execute(
              "copy (select * from read_csv("
                  + literal(csvData.resolve(table + ".csv"))
                  + ", header = true)) to "
                  + literal(file)
                  + " (format parquet)");
        }
      }
    }
    return target;
  }

  /** The persons of the input. */
  public static long countRows(Path data, boolean parquet) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                parquet
                    ? "select count(*) from read_parquet("
                        + literal(data.resolve("persons.parquet"))
                        + ")"
                    : "select count(*) from read_csv("
                        + literal(data.resolve("persons.csv"))
                        + ", header = true, all_varchar = true)")) {
      result.next();
      return result.getLong(1);
    }
  }

  /**
   * The baseline: DuckDB reading every input file and nothing else: each CSV as text, counting
   * rows; each Parquet file with every column decoded (the largest value of each).
   */
  public static long scan(Path data, boolean parquet) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      long total = 0;
      for (String table : TABLES) {
        String sql =
            parquet
                ? "select count(*), max(columns(*)) from read_parquet("
                    + literal(data.resolve(table + ".parquet"))
                    + ")"
                : "select count(*) from read_csv("
                    + literal(data.resolve(table + ".csv"))
                    + ", header = true, all_varchar = true)";
        try (ResultSet result = statement.executeQuery(sql)) {
          result.next();
          total += result.getLong(1);
        }
      }
      return total;
    }
  }

  private static String literal(Path path) {
    return "'" + path.toString().replace("'", "''") + "'";
  }
}
