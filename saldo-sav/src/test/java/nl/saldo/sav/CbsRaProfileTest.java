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
    cbs = Files.createDirectories(dir.resolve("G Bevolking"));
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
            "person-household key 2011",
            "INHATAB 2012",
            "person-household key 2012",
            "INHATAB 2013",
            "person-household key 2013");
    assertThat(sources.get(0).rows()).isEqualTo(300);
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
                      + count("raw_" + table)
                      + ")"))
          .isZero();
    }
    assertThat(count("(select * from raw_residences where end_date is null)")).isPositive();
    assertThat(count("(select * from raw_incomes where household_kind = 'institutional')"))
        .isPositive();
    assertThat(count("(select * from raw_incomes where income_pct is null)")).isPositive();
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
    Files.delete(cbs.resolve("INPA2012TABV2.sav"));
    assertThatThrownBy(() -> CbsRaProfile.load(duckdb, cbs, settings()))
        .isInstanceOf(CbsRaException.class)
        .hasMessageStartingWith(
            "cbs_ra.incomes.person_household_file 'INPA2012TAB*.sav' in "
                + cbs
                + " matches no file; the folder holds GBAADRESOBJECT2018BUSV1.sav, GBAPERSOON2018TABV1.sav, INHA2011TABV3.sav");
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
