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
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Puts the code lists of the settings into small tables the cbs-ra SQL reads ({@code
 * cbs_missing_code}, {@code cbs_open_end_date}, {@code cbs_origin_code}, {@code
 * cbs_population_code}, {@code cbs_setting}), as bound values, never as SQL text; and each
 * variable's missing codes into a DuckDB variable {@code cbs_missing_<register>_<setting>}.
 */
final class CbsRaSettingTables {

  private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_]+");
  private static final List<String> ORIGINS = List.of("nl", "western", "non_western", "unknown");

  private CbsRaSettingTables() {}

  static void write(Connection duckdb, CbsRaSettings settings, CbsRaFiles files)
      throws SQLException, IOException {
    try (Statement statement = duckdb.createStatement()) {
      statement.execute(
          "create or replace temp table cbs_missing_code (register varchar, setting varchar, code varchar)");
      statement.execute("create or replace temp table cbs_open_end_date (code varchar)");
      statement.execute(
          "create or replace temp table cbs_origin_code (code varchar, origin varchar)");
      statement.execute(
          "create or replace temp table cbs_population_code (code varchar, kind varchar)");
      statement.execute(
          "create or replace temp table cbs_setting (buurt_code_prefix varchar, income_pct_negative_missing boolean)");
    }
    Map<String, Map<String, List<String>>> missing = new LinkedHashMap<>();
    missing.put("persons", settings.persons().missing());
    missing.put("residences", settings.residences().missing());
    missing.put("addresses", settings.addresses().missing());
    missing.put("incomes", settings.incomes().missing());
    for (Map.Entry<String, Map<String, List<String>>> register : missing.entrySet()) {
      for (Map.Entry<String, List<String>> variable : register.getValue().entrySet()) {
        for (String code : variable.getValue()) {
          insert(
              duckdb,
              "insert into cbs_missing_code values (?, ?, ?)",
              List.of(register.getKey(), variable.getKey(), code.strip()));
        }
        setMissingVariable(duckdb, register.getKey(), variable.getKey());
      }
    }
    insert(
        duckdb, "insert into cbs_open_end_date values (?)", settings.residences().openEndDates());
    try (PreparedStatement insert =
        duckdb.prepareStatement("insert into cbs_setting values (?, ?)")) {
      insert.setString(1, settings.addresses().buurtCodePrefix());
      insert.setBoolean(2, settings.incomes().incomePctNegativeMissing());
      insert.execute();
    }
    for (Map.Entry<String, String> code : originCodes(duckdb, settings.persons(), files)) {
      insert(
          duckdb,
          "insert into cbs_origin_code values (?, ?)",
          List.of(code.getKey(), code.getValue()));
    }
    for (Map.Entry<String, String> code : settings.incomes().populationCodes().entrySet()) {
      insert(
          duckdb,
          "insert into cbs_population_code values (?, ?)",
          List.of(code.getKey(), code.getValue()));
    }
  }

  /** {@code cbs_missing_persons_origin} = the list of codes; the names are the settings' keys. */
  private static void setMissingVariable(Connection duckdb, String register, String setting)
      throws SQLException {
    if (!PLAIN_NAME.matcher(register).matches() || !PLAIN_NAME.matcher(setting).matches()) {
      throw new IllegalArgumentException(
          "cbs_ra." + register + ".missing." + setting + " is not a plain setting name");
    }
    try (Statement statement = duckdb.createStatement()) {
      statement.execute(
          "set variable cbs_missing_"
              + register
              + "_"
              + setting
              + " = (select coalesce(list(code), []::varchar[]) from cbs_missing_code"
              + " where register = '"
              + register
              + "' and setting = '"
              + setting
              + "')");
    }
  }

  /**
   * The origin of each code: the file's codes first (a CSV {@code code,origin}, or CBS's
   * LANDAKTUEELREF .sav with the country code and its type), then the inline codes, which win.
   */
  private static Iterable<Map.Entry<String, String>> originCodes(
      Connection duckdb, CbsRaSettings.Persons persons, CbsRaFiles files)
      throws IOException, SQLException {
    Map<String, String> codes = new LinkedHashMap<>();
    if (!persons.originCodesFile().isBlank()) {
      Path file = files.find("persons.origin_codes_file", persons.originCodesFile(), "highest");
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".sav") || name.endsWith(".zsav")) {
        codes.putAll(CbsRaOrigins.fromReferenceFile(duckdb, file, persons));
      } else {
        codes.putAll(fromCsv(file));
      }
    }
    codes.putAll(persons.originCodes());
    return codes.entrySet();
  }

  private static Map<String, String> fromCsv(Path file) throws IOException {
    Map<String, String> codes = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] fields = lines.get(i).split("[,;]", -1);
      if (lines.get(i).isBlank()) {
        continue;
      }
      String origin = fields.length == 2 ? fields[1].trim().toLowerCase(Locale.ROOT) : "";
      if (!ORIGINS.contains(origin)) {
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
