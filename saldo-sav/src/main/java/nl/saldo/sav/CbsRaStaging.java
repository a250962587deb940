package nl.saldo.sav;

import java.io.IOException;
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
 * The staging tables of the cbs-ra profile ({@code cbs_persons}, {@code cbs_residences}, {@code
 * cbs_addresses}, {@code cbs_households}, {@code cbs_person_households}): each register file found
 * by its setting ({@link CbsRaFiles}) and read with the variables the study file names for it, the
 * income registers once per income year.
 */
final class CbsRaStaging {
  private final Connection duckdb;
  private final CbsRaSettings settings;
  private final CbsRaFiles files;
  private final List<CbsRaSource> sources = new ArrayList<>();

  CbsRaStaging(Connection duckdb, CbsRaSettings settings, CbsRaFiles files) {
    this.duckdb = duckdb;
    this.settings = settings;
    this.files = files;
  }

  /** Reads every register into its staging table; returns the files read, in reading order. */
  List<CbsRaSource> load() throws IOException, SQLException {
    loadPersons();
    loadResidences();
    loadAddresses();
    loadIncomes();
    return List.copyOf(sources);
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
        CbsRaProfile.withYear(pattern, year),
        CbsRaProfile.withYear(version, year),
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
}
