package nl.saldo.sav;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cbs-ra input profile: reads the CBS register files (GBAPERSOONTAB, GBAADRESOBJECTBUS,
 * VSLGWBTAB, INHATAB and KOPPELPERSOONHUISHOUDEN of each income year), each found by its path
 * pattern below the root and its version rule ({@link CbsRaFiles}), and makes the raw tables of
 * format v1 ({@code raw_persons}, {@code raw_residences}, {@code raw_addresses}, {@code
 * raw_incomes}: {@code row_nr} and VARCHAR columns), ready for the engine's validation. The mapping
 * is SQL in {@code nl/saldo/sav/cbs-ra/}, one file per table.
 */
public final class CbsRaProfile {

  private static final List<String> RAW_TABLES =
      List.of("persons", "residences", "addresses", "incomes");
  private static final List<String> STAGING_TABLES =
      List.of(
          "cbs_persons",
          "cbs_residences",
          "cbs_addresses",
          "cbs_households",
          "cbs_person_households");

  private final Connection duckdb;
  private final CbsRaSettings settings;
  private final CbsRaFiles files;
  private final List<CbsRaSource> sources = new ArrayList<>();

  private CbsRaProfile(Connection duckdb, Path dataDir, CbsRaSettings settings) {
    this.duckdb = duckdb;
    this.settings = settings;
    this.files = new CbsRaFiles(root(dataDir, settings));
  }

  /** The folder the register paths are relative to: {@code cbs_ra.root}, else {@code --data}. */
  public static Path root(Path dataDir, CbsRaSettings settings) {
    if (settings.root() == null || settings.root().isBlank()) {
      return dataDir;
    }
    try {
      return CbsRaPath.parse(settings.root()).resolve(dataDir);
    } catch (IllegalArgumentException invalid) {
      throw new CbsRaException("cbs_ra.root: " + invalid.getMessage());
    }
  }

  /** Makes the four raw tables from the CBS files below the root; returns the files read. */
  public static List<CbsRaSource> load(Connection duckdb, Path dataDir, CbsRaSettings settings)
      throws IOException, SQLException {
    return run(duckdb, dataDir, settings).sources();
  }

  /**
   * Makes the four raw tables from the CBS files below the root, and checks them as a CBS analyst
   * would before trusting a run (persons without address, addresses without buurt, ...).
   */
  public static CbsRaRun run(Connection duckdb, Path dataDir, CbsRaSettings settings)
      throws IOException, SQLException {
    CbsRaProfile profile = new CbsRaProfile(duckdb, dataDir, settings);
    CbsRaSettingTables.write(duckdb, settings, profile.files);
    profile.loadPersons();
    profile.loadResidences();
    profile.loadAddresses();
    profile.loadIncomes();
    List<CbsRaCheck> checks = profile.makeRawTables();
    return new CbsRaRun(List.copyOf(profile.sources), checks);
  }

  /** The file chosen for each register (and year), without reading any. */
  public static List<CbsRaSource> choose(Path dataDir, CbsRaSettings settings) throws IOException {
    CbsRaProfile profile = new CbsRaProfile(null, dataDir, settings);
    List<CbsRaSource> chosen = new java.util.ArrayList<>();
    chosen.add(
        profile.source(
            "GBAPERSOONTAB", "persons", settings.persons().file(), settings.persons().version()));
    chosen.add(
        profile.source(
            "GBAADRESOBJECTBUS",
            "residences",
            settings.residences().file(),
            settings.residences().version()));
    chosen.add(
        profile.source(
            "VSLGWBTAB", "addresses", settings.addresses().file(), settings.addresses().version()));
    CbsRaSettings.Incomes incomes = settings.incomes();
    for (int year : incomes.years()) {
      chosen.add(
          profile.source(
              "INHATAB " + year,
              "incomes.household_file",
              withYear(incomes.householdFile(), year),
              withYear(incomes.householdVersion(), year)));
      chosen.add(
          profile.source(
              "KOPPELPERSOONHUISHOUDEN " + year,
              "incomes.person_household_file",
              withYear(incomes.personHouseholdFile(), year),
              withYear(incomes.personHouseholdVersion(), year)));
    }
    return chosen;
  }

  private CbsRaSource source(String register, String setting, String pattern, String version)
      throws IOException {
    String where = setting.contains(".") ? setting : setting + ".file";
    return new CbsRaSource(register, files.find(where, pattern, version), -1);
  }

  private static String withYear(String text, int year) {
    return text.replace("{year}", Integer.toString(year));
  }

  private void loadPersons() throws IOException, SQLException {
    CbsRaSettings.Persons persons = settings.persons();
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("person_source", persons.personSource());
    columns.put("person_number", persons.personNumber());
    columns.put("birth_year", persons.birthYear());
    columns.put("birth_month", persons.birthMonth());
    putIfSet(columns, "birth_day", persons.birthDay());
    columns.put("origin_code", persons.origin());
    putIfSet(columns, "register_entry", persons.registerEntryDate());
    load(
        "persons.file", persons.file(), persons.version(), "GBAPERSOONTAB", "cbs_persons", columns);
    addColumnIfAbsent("cbs_persons", "birth_day", columns);
    addColumnIfAbsent("cbs_persons", "register_entry", columns);
  }

  private void loadResidences() throws IOException, SQLException {
    CbsRaSettings.Residences residences = settings.residences();
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("person_source", residences.personSource());
    columns.put("person_number", residences.personNumber());
    columns.put("start_ymd", residences.startDate());
    columns.put("end_ymd", residences.endDate());
    columns.put("object_type", residences.objectType());
    columns.put("object_number", residences.objectNumber());
    load(
        "residences.file",
        residences.file(),
        residences.version(),
        "GBAADRESOBJECTBUS",
        "cbs_residences",
        columns);
  }

  private void loadAddresses() throws IOException, SQLException {
    CbsRaSettings.Addresses addresses = settings.addresses();
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("object_type", addresses.objectType());
    columns.put("object_number", addresses.objectNumber());
    columns.put("buurt", addresses.buurtVariable());
    load(
        "addresses.file",
        addresses.file(),
        addresses.version(),
        "VSLGWBTAB",
        "cbs_addresses",
        columns);
  }

  private void loadIncomes() throws IOException, SQLException {
    CbsRaSettings.Incomes incomes = settings.incomes();
    execute(
        "create or replace table cbs_households (year integer, row_nr bigint, household_source varchar,"
            + " household_number varchar, income_pct varchar, population_type varchar)");
    execute(
        "create or replace table cbs_person_households (year integer, row_nr bigint, person_source varchar,"
            + " person_number varchar, household_source varchar, household_number varchar)");
    for (int year : incomes.years()) {
      Map<String, String> household = new LinkedHashMap<>();
      household.put("household_source", incomes.householdSource());
      household.put("household_number", incomes.householdNumber());
      household.put("income_pct", incomes.incomePct());
      household.put("population_type", incomes.populationType());
      loadYear(
          "incomes.household_file",
          incomes.householdFile(),
          incomes.householdVersion(),
          "INHATAB",
          year,
          "cbs_households",
          household);
      Map<String, String> key = new LinkedHashMap<>();
      key.put("person_source", incomes.personSource());
      key.put("person_number", incomes.personNumber());
      key.put("household_source", incomes.personHouseholdSource());
      key.put("household_number", incomes.personHouseholdNumber());
      loadYear(
          "incomes.person_household_file",
          incomes.personHouseholdFile(),
          incomes.personHouseholdVersion(),
          "KOPPELPERSOONHUISHOUDEN",
          year,
          "cbs_person_households",
          key);
    }
  }

  private void loadYear(
      String setting,
      String pattern,
      String version,
      String register,
      int year,
      String table,
      Map<String, String> columns)
      throws IOException, SQLException {
    load(
        setting,
        withYear(pattern, year),
        withYear(version, year),
        register + " " + year,
        "cbs_year",
        columns);
    try (PreparedStatement insert =
        duckdb.prepareStatement(
            "insert into " + table + " by name select ? as year, * from cbs_year")) {
      insert.setInt(1, year);
      insert.execute();
    }
    execute("drop table cbs_year");
  }

  private void load(
      String setting,
      String pattern,
      String version,
      String register,
      String table,
      Map<String, String> columns)
      throws IOException, SQLException {
    Path file = files.find(setting, pattern, version);
    long rows = SavToDuckDb.load(duckdb, file, table, columns);
    sources.add(new CbsRaSource(register, file, rows));
  }

  private List<CbsRaCheck> makeRawTables() throws IOException, SQLException {
    for (String statement : resource("macros.sql").split(";\\s*\\n")) {
      if (!statement.isBlank()) {
        execute(statement);
      }
    }
    for (String table : RAW_TABLES) {
      execute("create or replace table raw_" + table + " as " + resource(table + ".sql"));
    }
    CbsRaOrigins.requireAllMapped(duckdb, settings.persons().origin());
    List<CbsRaCheck> checks = CbsRaChecks.run(duckdb, settings);
    for (String table : STAGING_TABLES) {
      execute("drop table " + table);
    }
    return checks;
  }

  private void addColumnIfAbsent(String table, String column, Map<String, String> loaded)
      throws SQLException {
    if (!loaded.containsKey(column)) {
      execute("alter table " + table + " add column " + column + " varchar");
    }
  }

  private static void putIfSet(Map<String, String> columns, String column, String variable) {
    if (variable != null && !variable.isBlank()) {
      columns.put(column, variable);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = duckdb.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = CbsRaProfile.class.getResourceAsStream("cbs-ra/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
