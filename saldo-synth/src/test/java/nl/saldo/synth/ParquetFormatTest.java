package nl.saldo.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetFormatTest {
  @TempDir Path out;

  @Test
  void writesTheFourTablesAsParquetWithTheSameRows() throws SQLException {
    SynthSummary summary =
        Synthesizer.generate(
            new SynthOptions(
                out,
                "noord-nederland-2018",
                SynthOptions.Scale.NORTH,
                0.003,
                11,
                SynthOptions.Format.PARQUET,
                null),
            line -> {});

    assertThat(out.resolve("data/persons.csv")).doesNotExist();
    assertThat(count("persons")).isEqualTo(summary.persons());
    assertThat(count("residences")).isEqualTo(summary.residences());
    assertThat(count("incomes")).isEqualTo(summary.incomeRows());
    assertThat(count("addresses")).isPositive();
  }

  private long count(String table) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "select count(*) from read_parquet('"
                    + out.resolve("data/" + table + ".parquet")
                    + "')")) {
      result.next();
      return result.getLong(1);
    }
  }
}
