package nl.saldo.sav;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code cbs-ra/checks.sql} over the raw and staging tables of the cbs-ra profile: persons
 * without any address spell, spells whose address has no buurt, residents without a key-file row,
 * key-file rows without household, the share of group other and why, population-type counts.
 */
final class CbsRaChecks {

  private CbsRaChecks() {}

  static List<CbsRaCheck> run(Connection duckdb, CbsRaSettings settings)
      throws IOException, SQLException {
    String sql;
    try (InputStream in = CbsRaChecks.class.getResourceAsStream("cbs-ra/checks.sql")) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<CbsRaCheck> checks = new ArrayList<>();
    try (Statement statement = duckdb.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        String name = rows.getString("check_name");
        int year = rows.getInt("year");
        Integer maybeYear = rows.wasNull() ? null : year;
        long count = rows.getLong("problem_count");
        long of = rows.getLong("total_count");
        String detail = rows.getString("detail");
        boolean warning =
            name.equals("population_type_counts")
                ? count > 0
                : of > 0 && 100.0 * count / of > settings.warnSharePct();
        checks.add(new CbsRaCheck(name, maybeYear, count, of, detail, warning));
      }
    }
    return List.copyOf(checks);
  }
}
