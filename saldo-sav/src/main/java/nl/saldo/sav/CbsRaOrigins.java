package nl.saldo.sav;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Stops the run when GBAPERSOONTAB holds migration-background codes that the settings do not map to
 * an origin, naming the codes and how many persons have each.
 */
final class CbsRaOrigins {

  private static final int CODES_SHOWN = 10;

  private CbsRaOrigins() {}

  static void requireAllMapped(Connection duckdb, String originVariable) throws SQLException {
    List<String> unmapped = new ArrayList<>();
    long persons = 0;
    String sql =
        """
        select origin, count(*) as persons
        from raw_persons
        where origin not in ('nl', 'western', 'non_western', 'unknown')
        group by origin
        order by persons desc, origin
        """;
    try (Statement statement = duckdb.createStatement();
        ResultSet codes = statement.executeQuery(sql)) {
      while (codes.next()) {
        persons += codes.getLong(2);
        if (unmapped.size() < CODES_SHOWN) {
          unmapped.add(codes.getString(1) + " (" + codes.getLong(2) + " persons)");
        }
      }
    }
    if (!unmapped.isEmpty()) {
      throw new CbsRaException(
          "GBAPERSOONTAB: "
              + persons
              + " persons have a "
              + originVariable
              + " code without an origin: "
              + String.join(", ", unmapped)
              + "; add the codes to cbs_ra.persons.origin_codes or origin_codes_file (see CBS-RA.md)");
    }
  }
}
