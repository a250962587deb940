package nl.saldo.sav;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

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
    List<CbsRaSource> sources = new CbsRaStaging(duckdb, settings, profile.files).load();
    List<CbsRaCheck> checks = profile.makeRawTables();
    return new CbsRaRun(sources, checks);
  }

  /** The file chosen for each register (and year), without reading any. */
  public static List<CbsRaSource> choose(Path dataDir, CbsRaSettings settings) throws IOException {
    CbsRaProfile profile = new CbsRaProfile(null, dataDir, settings);
    List<CbsRaSource> chosen = new ArrayList<>();
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

  static String withYear(String text, int year) {
    return text.replace("{year}", Integer.toString(year));
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
