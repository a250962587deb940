package nl.saldo.sav;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.saldo.sav.SavWriter.Variable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eleven hand-made persons, one per CBS code the profile must read right, and the tables and checks
 * worked out by hand: src/test/resources/fixtures/cbs-ra-codes/STORY.md.
 */
class CbsRaCodesTest {

  @TempDir Path dir;
  private Path root;
  private Connection duckdb;

  @BeforeEach
  void writeRegisters() throws Exception {
    root = dir.resolve("G drive");
    Path persons = Files.createDirectories(root.resolve("Bevolking/GBAPERSOONTAB/2018"));
    Path spells = Files.createDirectories(root.resolve("Bevolking/GBAADRESOBJECTBUS"));
    Path addresses = Files.createDirectories(root.resolve("BouwenWonen/VSLGWBTAB"));
    Path inhatab = Files.createDirectories(root.resolve("InkomenBestedingen/INHATAB"));
    Path keys = Files.createDirectories(root.resolve("InkomenBestedingen/KOPPELPERSOONHUISHOUDEN"));
    write(
        persons.resolve("GBAPERSOON2018TABV1.sav"),
        List.of(
            person("000000001", "1980", "05", "12", "6030"),
            person("000000002", "1993", "02", "--", "0000"),
            person("000000003", "1950", "11", "30", "----"),
            person("000000004", "1971", "03", "03", "5022"),
            person("000000005", "1985", "07", "21", "6014"),
            person("000000006", "2009", "09", "09", "6030"),
            person("000000007", "1999", "01", "15", "6030"),
            person("000000008", "1962", "06", "06", "6030"),
            person("000000009", "1940", "04", "04", "6030"),
            person("000000010", "1977", "12", "01", "6030"),
            person("000000011", "1990", "08", "18", "6030")),
        Variable.string("RINPERSOONS", 1),
        Variable.string("RINPERSOON", 9),
        Variable.string("GBAGEBOORTEJAAR", 4),
        Variable.string("GBAGEBOORTEMAAND", 2),
        Variable.string("GBAGEBOORTEDAG", 2),
        Variable.string("GBAHERKOMSTGROEPERING", 4));
    write(
        spells.resolve("GBAADRESOBJECT2018BUSV1.sav"),
        List.of(
            spell("000000001", 20100101, "20501231", 1001),
            spell("000000002", 20110901, "20501231", 1002),
            spell("000000003", 20050301, "20120630", 1003),
            spell("000000003", 20120701, "20501231", 1001),
            spell("000000004", 20000101, "20501231", 1004),
            spell("000000005", 20000101, "20501231", 1004),
            spell("000000006", 20100101, "20501231", 1001),
            spell("000000007", 20120101, "20121231", 1002),
            spell("000000008", 20100101, "20501231", 1001),
            spell("000000010", 20100101, "20501231", 1001),
            spell("000000011", 20100101, "20501231", 1005)),
        Variable.string("RINPERSOONS", 1),
        Variable.string("RINPERSOON", 9),
        Variable.numeric("GBADATUMAANVANGADRESHOUDING"),
        Variable.string("GBADATUMEINDEADRESHOUDING", 8),
        Variable.string("SOORTOBJECTNUMMER", 1),
        Variable.numeric("RINOBJECTNUMMER"));
    write(
        addresses.resolve("VSLGWB2019TAB03V1.sav"),
        List.of(
            new Object[] {"I", 1001.0, "00140000"},
            new Object[] {"I", 1002.0, "03630000"},
            new Object[] {"I", 1003.0, "0363----"},
            new Object[] {"I", 1004.0, "05990711"},
            new Object[] {"I", 1005.0, "--------"}),
        Variable.string("SOORTOBJECTNUMMER", 1),
        Variable.numeric("RINOBJECTNUMMER"),
        Variable.string("bc2018", 8));
    write(
        inhatab.resolve("INHA2012TABV3.sav"),
        List.of(
            household("000000001", 95, 1),
            household("000000002", 60.5, 2),
            household("000000003", 120, 3),
            household("000000004", -2, 8),
            household("000000005", -1, 7),
            household("000000007", -1, 9),
            household("000000008", -1, 1)),
        Variable.string("RINPERSOONSHKW", 1),
        Variable.string("RINPERSOONHKW", 9),
        Variable.numeric("INHARMSOC"),
        Variable.numeric("INHPOPIIV"));
    write(
        keys.resolve("KOPPELPERSOONHUISHOUDEN2012.sav"),
        List.of(
            key("000000001", "000000001"),
            key("000000002", "000000002"),
            key("000000003", "000000003"),
            key("000000004", "000000004"),
            key("000000005", "000000005"),
            key("000000006", "000000001"),
            key("000000007", "000000007"),
            key("000000008", "000000008"),
            key("000000011", "000000099")),
        Variable.string("RINPERSOONS", 1),
        Variable.string("RINPERSOON", 9),
        Variable.string("RINPERSOONSHKW", 1),
        Variable.string("RINPERSOONHKW", 9));
    duckdb = OfflineDuckDb.open();
  }

  @AfterEach
  void close() throws SQLException {
    duckdb.close();
  }

  @Test
  void eachCodeBecomesWhatTheStorySays() throws Exception {
    CbsRaRun run = CbsRaProfile.run(duckdb, root, settings());

    assertThat(rows("select person_id, birth_date, origin from raw_persons order by row_nr"))
        .containsExactly(
            "R000000001|1980-05-12|nl",
            "R000000002|1993-02-01|unknown",
            "R000000003|1950-11-30|unknown",
            "R000000004|1971-03-03|non_western",
            "R000000005|1985-07-21|western",
            "R000000006|2009-09-09|nl",
            "R000000007|1999-01-15|nl",
            "R000000008|1962-06-06|nl",
            "R000000009|1940-04-04|nl",
            "R000000010|1977-12-01|nl",
            "R000000011|1990-08-18|nl");
    assertThat(rows("select row_nr, address_id, buurt_code from raw_addresses order by row_nr"))
        .containsExactly("1|I1001|BU00140000", "2|I1002|BU03630000", "4|I1004|BU05990711");
    assertThat(
            rows(
                "select person_id, start_date, end_date from raw_residences"
                    + " where person_id in ('R000000003', 'R000000007') order by row_nr"))
        .containsExactly(
            "R000000003|2005-03-01|2012-07-01",
            "R000000003|2012-07-01|null",
            "R000000007|2012-01-01|2013-01-01");
    assertThat(rows("select * from raw_incomes order by row_nr"))
        .containsExactly(
            "1|R000000001|2012|private|false|95",
            "2|R000000002|2012|private|true|60.5",
            "3|R000000003|2012|institutional|false|120",
            "4|R000000004|2012|institutional|false|null",
            "5|R000000005|2012|private|false|null",
            "6|R000000006|2012|private|false|95",
            "7|R000000008|2012|private|false|null");

    assertThat(run.checks())
        .extracting(CbsRaCheck::line)
        .containsExactly(
            "WARN   persons_without_address_spell      1 of 11 (9.1%)",
            "WARN   spells_without_buurt 2012          2 of 11 (18.2%)",
            "WARN   residents_without_key_row 2012     1 of 10 (10.0%)",
            "WARN   key_rows_without_household 2012    1 of 9 (11.1%)",
            "WARN   other_share 2012                   7 of 10 (70.0%): institutional 2, unknown income 2,"
                + " no INHATAB row 1, no key-file row 1, not in the household population 1",
            "ok     population_type_counts 2012        0 of 7 (0.0%): 1 2, 2 1, 3 1, 7 1, 8 1, 9 1");
  }

  @Test
  void aCodeInNoListIsAWarningAndReadAsPrivate() throws Exception {
    CbsRaSettings settings =
        CbsRaSettings.fromSection(
            Map.of(
                "persons",
                Map.of("origin_codes", CbsPopulation.ORIGIN_CODES),
                "incomes",
                Map.of("years", List.of(2012), "outside_population_codes", List.of())));
    CbsRaRun run = CbsRaProfile.run(duckdb, root, settings);
    CbsRaCheck types = run.checks().get(run.checks().size() - 1);
    assertThat(types.line())
        .isEqualTo(
            "WARN   population_type_counts 2012        1 of 7 (14.3%): 1 2, 2 1, 3 1, 7 1, 8 1, 9 1 (in no code list)");
    assertThat(
            rows(
                "select household_kind, income_pct from raw_incomes where person_id = 'R000000007'"))
        .containsExactly("private|null");
  }

  @Test
  void negativeIncomeCodesStayWhenTheStudySaysSo() throws Exception {
    CbsRaSettings settings =
        CbsRaSettings.fromSection(
            Map.of(
                "persons",
                Map.of("origin_codes", CbsPopulation.ORIGIN_CODES),
                "incomes",
                Map.of("years", List.of(2012), "income_pct_negative_missing", false)));
    CbsRaProfile.run(duckdb, root, settings);
    assertThat(rows("select income_pct from raw_incomes where person_id = 'R000000008'"))
        .containsExactly("-1");
  }

  private static CbsRaSettings settings() {
    return CbsRaSettings.fromSection(
        Map.of(
            "persons", Map.of("origin_codes", CbsPopulation.ORIGIN_CODES),
            "incomes", Map.of("years", List.of(2012))));
  }

  private static Object[] person(String rin, String year, String month, String day, String origin) {
    return new Object[] {"R", rin, year, month, day, origin};
  }

  private static Object[] spell(String rin, int start, String lastDay, int object) {
    return new Object[] {"R", rin, (double) start, lastDay, "I", (double) object};
  }

  private static Object[] household(String earner, double income, int populationType) {
    return new Object[] {"R", earner, income, (double) populationType};
  }

  private static Object[] key(String rin, String earner) {
    return new Object[] {"R", rin, "R", earner};
  }

  private static void write(Path file, List<Object[]> rows, Variable... variables)
      throws Exception {
    try (SavWriter writer = new SavWriter(file, List.of(variables), true)) {
      for (Object[] row : rows) {
        writer.row(row);
      }
    }
  }

  private List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = duckdb.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      ResultSetMetaData meta = result.getMetaData();
      while (result.next()) {
        List<String> values = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          values.add(String.valueOf(result.getString(c)));
        }
        rows.add(String.join("|", values));
      }
    }
    return rows;
  }
}
