package nl.saldo.sav;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The origin of each migration-background code from CBS's reference file LANDAKTUEELREF*.sav
 * (country code LAND, its type LANDTYPE: 1 western, 2 non-western), and stops the run when
 * GBAPERSOONTAB holds migration-background codes that the settings do not map to an origin, naming
 * the codes and how many persons have each.
 */
final class CbsRaOrigins {

  private static final int CODES_SHOWN = 10;

  private CbsRaOrigins() {}

  /** Code → western / non_western for every LAND whose LANDTYPE is in one of the two lists. */
  static Map<String, String> fromReferenceFile(
      Connection duckdb, Path file, CbsRaSettings.Persons persons)
      throws IOException, SQLException {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("code", persons.originFileCode());
    columns.put("land_type", persons.originFileType());
    SavToDuckDb.load(duckdb, file, "cbs_land", columns);
    try (Statement create = duckdb.createStatement()) {
      create.execute(
          "create or replace temp table cbs_land_type (land_type varchar, origin varchar)");
    }
    try (PreparedStatement insert =
        duckdb.prepareStatement("insert into cbs_land_type values (?, ?)")) {
      for (String type : persons.originFileWestern()) {
        insert.setString(1, type.strip());
        insert.setString(2, "western");
        insert.execute();
      }
      for (String type : persons.originFileNonWestern()) {
        insert.setString(1, type.strip());
        insert.setString(2, "non_western");
        insert.execute();
      }
    }
    Map<String, String> codes = new LinkedHashMap<>();
    String sql =
        """
        with

        countries as (
            select * from cbs_land
        ),

        land_types as (
            select * from cbs_land_type
        ),

        country_values as (
            select
                trim(code) as code,
                trim(land_type) as land_type
            from countries
        ),

        final as (
            select
                case
                    when regexp_full_match(country_values.code, '[0-9]{1,4}') then lpad(country_values.code, 4, '0')
                    else country_values.code
                end as code,
                land_types.origin
            from country_values
            inner join land_types
                on land_types.land_type = country_values.land_type
            where country_values.code is not null
        )

        select * from final order by code
        """;
    try (Statement select = duckdb.createStatement();
        ResultSet rows = select.executeQuery(sql)) {
      while (rows.next()) {
        codes.put(rows.getString(1), rows.getString(2));
      }
    }
    try (Statement drop = duckdb.createStatement()) {
      drop.execute("drop table cbs_land");
      drop.execute("drop table cbs_land_type");
    }
    if (codes.isEmpty()) {
      throw new CbsRaException(
          file
              + ": no "
              + persons.originFileCode()
              + " has a "
              + persons.originFileType()
              + " in origin_file_western "
              + persons.originFileWestern()
              + " or origin_file_non_western "
              + persons.originFileNonWestern()
              + "; check the file's value labels with saldo inspect");
    }
    return codes;
  }

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
