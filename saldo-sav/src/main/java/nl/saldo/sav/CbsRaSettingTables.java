package nl.saldo.sav;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the code lists of the settings into small tables the cbs-ra SQL reads ({@code
 * cbs_missing_code}, {@code cbs_open_end_date}, {@code cbs_origin_code}, {@code
 * cbs_population_code}, {@code cbs_setting}), as bound values, never as SQL text.
 */
final class CbsRaSettingTables {

  private CbsRaSettingTables() {}

  static void write(Connection duckdb, CbsRaSettings settings, Path dataDir)
      throws SQLException, IOException {
    try (Statement statement = duckdb.createStatement()) {
      statement.execute("create or replace temp table cbs_missing_code (code varchar)");
      statement.execute("create or replace temp table cbs_open_end_date (code varchar)");
      statement.execute(
          "create or replace temp table cbs_origin_code (code varchar, origin varchar)");
      statement.execute(
          "create or replace temp table cbs_population_code (code varchar, kind varchar)");
      statement.execute("create or replace temp table cbs_setting (buurt_code_prefix varchar)");
    }
    insert(duckdb, "insert into cbs_missing_code values (?)", settings.missingCodes());
    insert(
        duckdb, "insert into cbs_open_end_date values (?)", settings.residences().openEndDates());
    insert(
        duckdb,
        "insert into cbs_setting values (?)",
        List.of(settings.addresses().buurtCodePrefix()));
    for (Map.Entry<String, String> code : originCodes(settings.persons(), dataDir).entrySet()) {
      insert(
          duckdb,
          "insert into cbs_origin_code values (?, ?)",
          List.of(code.getKey(), code.getValue()));
    }
    for (String code : settings.incomes().institutionalCodes()) {
      insert(
          duckdb, "insert into cbs_population_code values (?, ?)", List.of(code, "institutional"));
    }
    for (String code : settings.incomes().studentCodes()) {
      insert(duckdb, "insert into cbs_population_code values (?, ?)", List.of(code, "student"));
    }
  }

  /** Inline codes, then the optional CSV file ({@code code,origin}); the file wins on a clash. */
  private static Map<String, String> originCodes(CbsRaSettings.Persons persons, Path dataDir)
      throws IOException {
    Map<String, String> codes = new LinkedHashMap<>(persons.originCodes());
    if (persons.originCodesFile().isBlank()) {
      return codes;
    }
    Path file = dataDir.resolve(persons.originCodesFile());
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] fields = lines.get(i).split("[,;]", -1);
      if (lines.get(i).isBlank()) {
        continue;
      }
      String origin = fields.length == 2 ? fields[1].trim().toLowerCase() : "";
      if (!List.of("nl", "western", "non_western", "unknown").contains(origin)) {
        throw new CbsRaException(
            file
                + " line "
                + (i + 1)
                + ": '"
                + lines.get(i)
                + "' is not code,origin with origin one of nl, western, non_western, unknown");
      }
      codes.put(fields[0].trim(), origin);
    }
    return codes;
  }

  /** One row per value when {@code sql} has one parameter; one row of all values otherwise. */
  private static void insert(Connection duckdb, String sql, List<String> values)
      throws SQLException {
    try (PreparedStatement insert = duckdb.prepareStatement(sql)) {
      int parameters = insert.getParameterMetaData().getParameterCount();
      if (parameters == 1) {
        for (String value : values) {
          insert.setString(1, value);
          insert.execute();
        }
      } else {
        for (int p = 0; p < parameters; p++) {
          insert.setString(p + 1, values.get(p));
        }
        insert.execute();
      }
    }
  }
}
