package nl.saldo.sav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CbsRaProfileTest {

  @TempDir Path dir;
  private Path cbs;
  private Path v1;
  private Connection duckdb;

  @BeforeEach
  void writePopulation() throws Exception {
    cbs = Files.createDirectories(dir.resolve("G drive"));
    v1 = Files.createDirectories(dir.resolve("v1"));
    CbsPopulation population = new CbsPopulation(20190601L, 300);
    population.writeCbs(cbs);
    population.writeV1(v1);
    duckdb = OfflineDuckDb.open();
  }

  @AfterEach
  void close() throws SQLException {
    duckdb.close();
  }

  @Test
  void rawTablesEqualTheSameDataInFormatV1() throws Exception {
    List<CbsRaSource> sources = CbsRaProfile.load(duckdb, cbs, settings());

    assertThat(sources)
        .extracting(CbsRaSource::register)
        .containsExactly(
            "GBAPERSOONTAB",
            "GBAADRESOBJECTBUS",
            "VSLGWBTAB",
            "INHATAB 2011",
            "KOPPELPERSOONHUISHOUDEN 2011",
            "INHATAB 2012",
            "KOPPELPERSOONHUISHOUDEN 2012",
            "INHATAB 2013",
            "KOPPELPERSOONHUISHOUDEN 2013");
    assertThat(sources.get(0).rows()).isEqualTo(300);
    assertThat(sources)
        .extracting(source -> cbs.relativize(source.file()).toString())
        .as("the highest version of each, in its own folder")
        .containsExactly(
            "Bevolking/GBAPERSOONTAB/2018/GBAPERSOON2018TABV1.sav",
            "Bevolking/GBAADRESOBJECTBUS/GBAADRESOBJECT2018BUSV1.sav",
            "BouwenWonen/VSLGWBTAB/vslgwb2019tab03v1.sav",
            "InkomenBestedingen/INHATAB/INHA2011TABV3.sav",
            "InkomenBestedingen/KOPPELPERSOONHUISHOUDEN/KOPPELPERSOONHUISHOUDEN2011.sav",
            "InkomenBestedingen/INHATAB/INHA2012TABV3.sav",
            "InkomenBestedingen/KOPPELPERSOONHUISHOUDEN/KOPPELPERSOONHUISHOUDEN2012.sav",
            "InkomenBestedingen/INHATAB/INHA2013TABV3.sav",
            "InkomenBestedingen/KOPPELPERSOONHUISHOUDEN/KOPPELPERSOONHUISHOUDEN2013V2.sav");
    for (String table : List.of("persons", "residences", "addresses", "incomes")) {
      assertThat(count("raw_" + table)).as(table).isEqualTo(count(v1Table(table))).isPositive();
      assertThat(
              count(
                  "(select * exclude (row_nr) from raw_"
                      + table
                      + " except all select * from "
                      + v1Table(table)
                      + ")"))
          .as("rows of raw_%s not in %s.csv", table, table)
          .isZero();
      assertThat(
              count(
                  "(select * from "
                      + v1Table(table)
                      + " except all select * exclude (row_nr) from raw_"
                      + table
                      + ")"))
          .as("rows of %s.csv not in raw_%s", table, table)
          .isZero();
      assertThat(
              count(
                  "(select row_nr from raw_"
                      + table
                      + " where row_nr is null or row_nr < 1 or row_nr > "
                      + (table.equals("addresses") ? sources.get(2).rows() : count("raw_" + table))
                      + ")"))
          .as("row_nr is the row in the CBS file")
          .isZero();
    }
    assertThat(count("(select * from raw_residences where end_date is null)")).isPositive();
    assertThat(count("(select * from raw_incomes where household_kind = 'institutional')"))
        .isPositive();
    assertThat(count("(select * from raw_incomes where income_pct is null)")).isPositive();
    assertThat(count("(select * from raw_incomes where student = 'true')")).isPositive();
    assertThat(count("(select * from raw_incomes where try_cast(income_pct as double) < 0)"))
        .isZero();
    assertThat(count("(select * from raw_persons where origin = 'unknown')")).isPositive();
    assertThat(
            count(
                "(select * from information_schema.tables where table_name like 'cbs_%' and table_type = 'BASE TABLE' and table_schema = 'main')"))
        .as("staging tables dropped")
        .isZero();
  }

  @Test
  void namesOriginCodesWithoutOrigin() throws Exception {
    CbsRaSettings settings =
        CbsRaSettings.fromSection(
            Map.of(
                "persons",
                Map.of("origin_codes", Map.of("6030", "nl")),
                "incomes",
                Map.of("years", CbsPopulation.YEARS)));
    assertThatThrownBy(() -> CbsRaProfile.load(duckdb, cbs, settings))
        .isInstanceOf(CbsRaException.class)
        .hasMessageMatching(
            "GBAPERSOONTAB: \\d+ persons have a GBAHERKOMSTGROEPERING code without an origin: "
                + "(5022|6014) \\(\\d+ persons\\), (5022|6014) \\(\\d+ persons\\); add the codes to "
                + "cbs_ra.persons.origin_codes or origin_codes_file \\(see CBS-RA.md\\)");
  }

  @Test
  void namesThePatternThatMatchesNoFile() throws Exception {
    Path keys = cbs.resolve("InkomenBestedingen/KOPPELPERSOONHUISHOUDEN");
    Files.delete(keys.resolve("KOPPELPERSOONHUISHOUDEN2012.sav"));
    assertThatThrownBy(() -> CbsRaProfile.load(duckdb, cbs, settings()))
        .isInstanceOf(CbsRaException.class)
        .hasMessage(
            "cbs_ra.incomes.person_household_file"
                + " 'InkomenBestedingen\\KOPPELPERSOONHUISHOUDEN\\**\\KOPPELPERSOONHUISHOUDEN2012*.sav'"
                + " (below "
                + cbs
                + ") matches no file; the folder "
                + keys
                + " holds KOPPELPERSOONHUISHOUDEN2011.sav, KOPPELPERSOONHUISHOUDEN2013.sav,"
                + " KOPPELPERSOONHUISHOUDEN2013V2.sav");
  }

  @Test
  void takesTheFileTheStudyNamesInsteadOfTheHighestVersion() throws Exception {
    CbsRaSettings settings =
        CbsRaSettings.fromSection(
            Map.of(
                "persons",
                Map.of("origin_codes", CbsPopulation.ORIGIN_CODES),
                "incomes",
                Map.of("years", CbsPopulation.YEARS, "household_version", "INHA{year}TABV2.sav")));
    List<CbsRaSource> sources = CbsRaProfile.load(duckdb, cbs, settings);
    assertThat(sources.get(3).file().getFileName().toString()).isEqualTo("INHA2011TABV2.sav");
    assertThat(count("(select * from raw_incomes where income_pct <> '55')"))
        .as("every income from the V2 decoy")
        .isZero();
  }

  @Test
  void readsRegistersBelowAWindowsStyleRoot() throws Exception {
    Path data = Files.createDirectories(dir.resolve("elsewhere"));
    String windowsRoot = cbs.toString().replace('/', '\\');
    CbsRaSettings settings =
        CbsRaSettings.fromSection(
            Map.of(
                "root", windowsRoot,
                "persons",
                    Map.of(
                        "origin_codes",
                        CbsPopulation.ORIGIN_CODES,
                        "file",
                        "bevolking\\gbapersoontab\\2018\\GBAPERSOON2018TABV1.SAV"),
                "incomes", Map.of("years", CbsPopulation.YEARS)));
    List<CbsRaSource> sources = CbsRaProfile.load(duckdb, data, settings);
    assertThat(sources.get(0).file())
        .isEqualTo(cbs.resolve("Bevolking/GBAPERSOONTAB/2018/GBAPERSOON2018TABV1.sav"));
    assertThat(count("raw_persons")).isEqualTo(300);
  }

  @Test
  void checksCountWhatTheRegistersLack() throws Exception {
    CbsPopulation population = new CbsPopulation(20190601L, 300);
    CbsRaRun run = CbsRaProfile.run(duckdb, cbs, settings());
    Map<String, CbsRaCheck> checks = new java.util.LinkedHashMap<>();
    run.checks().forEach(check -> checks.put(check.name() + " " + check.year(), check));
    assertThat(checks.get("persons_without_address_spell null").count())
        .isEqualTo(population.personsWithoutSpell())
        .isEqualTo(3);
    for (int year : CbsPopulation.YEARS) {
      long[] spells = population.spellsWithoutBuurt(year);
      CbsRaCheck buurt = checks.get("spells_without_buurt " + year);
      assertThat(List.of(buurt.count(), buurt.of()))
          .as("year " + year)
          .containsExactly(spells[0], spells[1]);
      assertThat(checks.get("other_share " + year).detail())
          .contains("institutional", "unknown income", "no key-file row");
      assertThat(checks.get("population_type_counts " + year).detail())
          .matches("1 \\d+, 2 \\d+, 3 \\d+, 7 \\d+, 8 \\d+, 9 \\d+");
      assertThat(checks.get("population_type_counts " + year).warning()).isFalse();
    }
    assertThat(population.spellsWithoutBuurt(2012)[0]).isPositive();
  }

  @Test
  void readsOriginsFromCbsReferenceFile() throws Exception {
    Path reference =
        Files.createDirectories(cbs.resolve("Utilities/Code_Listings/SSBreferentiebestanden"));
    try (SavWriter writer =
        new SavWriter(
            reference.resolve("LANDAKTUEELREFV13.sav"),
            List.of(
                SavWriter.Variable.string("LAND", 4),
                SavWriter.Variable.numeric("LANDTYPE"),
                SavWriter.Variable.string("LANDNAAM", 20)),
            true)) {
      writer.row("5022", 2.0, "Turkije");
      writer.row("6014", 1.0, "Verenigde Staten");
      writer.row("6030", 9.0, "Nederland");
      writer.row("7011", 2.0, "Marokko");
    }
    Files.writeString(reference.resolve("LANDAKTUEELREFV12.sav"), "an older version, never read");
    CbsRaSettings settings =
        CbsRaSettings.fromSection(
            Map.of(
                "persons",
                Map.of(
                    "origin_codes_file",
                    "Utilities\\Code_Listings\\SSBreferentiebestanden\\LANDAKTUEELREFV*.sav"),
                "incomes",
                Map.of("years", CbsPopulation.YEARS)));
    CbsRaProfile.load(duckdb, cbs, settings);
    assertThat(
            count(
                "(select * exclude (row_nr) from raw_persons except all select * from "
                    + v1Table("persons")
                    + ")"))
        .isZero();
  }

  @Test
  void readsOriginCodesFromAFile() throws Exception {
    Files.writeString(cbs.resolve("herkomst.csv"), "code,origin\n5022,non_western\n6014,western\n");
    CbsRaSettings settings =
        CbsRaSettings.fromSection(
            Map.of(
                "persons",
                    Map.of(
                        "origin_codes", Map.of("6030", "nl"), "origin_codes_file", "herkomst.csv"),
                "incomes", Map.of("years", CbsPopulation.YEARS)));
    CbsRaProfile.load(duckdb, cbs, settings);
    assertThat(
            count(
                "(select * exclude (row_nr) from raw_persons except all select * from "
                    + v1Table("persons")
                    + ")"))
        .isZero();
  }

  private static CbsRaSettings settings() {
    return CbsRaSettings.fromSection(
        Map.of(
            "persons", Map.of("origin_codes", CbsPopulation.ORIGIN_CODES),
            "incomes", Map.of("years", CbsPopulation.YEARS)));
  }

  private String v1Table(String table) {
    return "read_csv('" + v1.resolve(table + ".csv") + "', all_varchar = true, header = true)";
  }

  private long count(String relation) throws SQLException {
    try (Statement statement = duckdb.createStatement();
        ResultSet result = statement.executeQuery("select count(*) from " + relation)) {
      result.next();
      return result.getLong(1);
    }
  }
}
