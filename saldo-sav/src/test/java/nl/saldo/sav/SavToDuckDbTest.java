package nl.saldo.sav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SavToDuckDbTest {

  private Connection duckdb;

  @BeforeEach
  void open() throws SQLException {
    duckdb = OfflineDuckDb.open();
  }

  @AfterEach
  void close() throws SQLException {
    duckdb.close();
  }

  @Test
  void loadsEveryVariableAsVarcharWithRowNumbers() throws Exception {
    long rows = SavToDuckDb.load(duckdb, Fixtures.path("types.zsav"), "raw_types", Map.of());

    assertThat(rows).isEqualTo(5);
    List<String[]> expected = SavFileTest.expectedRows();
    List<List<String>> table = select("select * from raw_types order by row_nr");
    assertThat(columnTypes("raw_types"))
        .containsOnlyKeys(
            "row_nr", "id", "amount", "code", "score", "birth", "ymd_num", "ymd_str", "short",
            "name", "stamp", "note");
    for (int row = 1; row < expected.size(); row++) {
      List<String> want = new ArrayList<>(List.of(String.valueOf(row)));
      for (String field : expected.get(row)) {
        want.add(field.isEmpty() ? null : field);
      }
      assertThat(table.get(row - 1)).containsExactlyElementsOf(want);
    }
  }

  @Test
  void renamesColumnsAndTurnsYyyymmddIntoIsoDatesInDateColumns() throws Exception {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("person_id", "ID");
    columns.put("birth_date", "birth");
    columns.put("start_date", "ymd_num");
    columns.put("end_date", "ymd_str");
    columns.put("origin", "ymd_num");
    SavToDuckDb.load(duckdb, Fixtures.path("types-uncompressed.sav"), "raw_persons", columns);

    assertThat(columnTypes("raw_persons"))
        .containsExactly(
            Map.entry("row_nr", "BIGINT"),
            Map.entry("person_id", "VARCHAR"),
            Map.entry("birth_date", "VARCHAR"),
            Map.entry("start_date", "VARCHAR"),
            Map.entry("end_date", "VARCHAR"),
            Map.entry("origin", "VARCHAR"));
    assertThat(select("select * from raw_persons order by row_nr"))
        .containsExactly(
            List.of("1", "1", "1990-01-01", "2011-01-01", "2011-01-01", "20110101"),
            List.of("2", "2", "2000-02-29", "2016-12-31", "2016-12-31", "20161231"),
            nulls("3", "3", null, "2050-12-31", "2050-12-31", "20501231"),
            nulls("4", "4", "1582-10-15", null, null, null),
            nulls("5", "5", "2050-12-31", "1999-12-31", "1999123", "19991231"));
  }

  @Test
  void namesTheMissingVariable() {
    assertThatThrownBy(
            () ->
                SavToDuckDb.load(
                    duckdb,
                    Fixtures.path("types.zsav"),
                    "raw_persons",
                    Map.of("person_id", "RINPERSOON")))
        .hasMessageContaining(
            "types.zsav: has no variable 'RINPERSOON'; its variables are id, amount");
  }

  private static List<String> nulls(String... values) {
    return java.util.Arrays.asList(values);
  }

  private Map<String, String> columnTypes(String table) throws SQLException {
    Map<String, String> types = new LinkedHashMap<>();
    for (List<String> row :
        select(
            "select column_name, data_type from information_schema.columns "
                + "where table_name = '"
                + table
                + "' order by ordinal_position")) {
      types.put(row.get(0), row.get(1));
    }
    return types;
  }

  private List<List<String>> select(String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Statement statement = duckdb.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      ResultSetMetaData meta = result.getMetaData();
      while (result.next()) {
        List<String> row = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          row.add(result.getString(c));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
