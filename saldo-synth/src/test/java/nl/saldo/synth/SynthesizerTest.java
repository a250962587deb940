package nl.saldo.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small generated population is valid input per METHOD.md §1, §2 and §9. */
class SynthesizerTest {
  @TempDir static Path out;
  static SynthSummary summary;
  static List<String> progress = new ArrayList<>();

  @BeforeAll
  static void generate() {
    SynthOptions options =
        new SynthOptions(
            out,
            "noord-nederland-2018",
            SynthOptions.Scale.NORTH,
            0.01,
            7,
            SynthOptions.Format.CSV,
            null);
    summary = Synthesizer.generate(options, progress::add);
  }

  @Test
  void writesTheFourTablesAndTheAreaFiles() {
    for (String file :
        List.of(
            "data/persons.csv",
            "data/residences.csv",
            "data/addresses.csv",
            "data/incomes.csv",
            "areas/buurten.csv",
            "areas/gemeenten.csv",
            "areas/factors.csv",
            "areas/overlays/veenkolonien.csv")) {
      assertThat(out.resolve(file)).isRegularFile();
    }
    assertThat(summary.persons()).isBetween(15_000L, 25_000L);
    assertThat(progress).anyMatch(line -> line.contains("pass 4 of 5"));
  }

  @Test
  void keysAreUniqueAndReferencesResolve() throws SQLException {
    assertThat(count("select count(*) - count(distinct person_id) from persons")).isZero();
    assertThat(count("select count(*) - count(distinct address_id) from addresses")).isZero();
    assertThat(count("select count(*) - count(distinct buurt_code) from buurten")).isZero();
    assertThat(
            count(
                "select count(*) from (select person_id, year from incomes group by all having count(*) > 1)"))
        .isZero();
    assertThat(
            count(
                "select count(*) from residences r left join persons p using (person_id) where p.person_id is null"))
        .isZero();
    assertThat(
            count(
                "select count(*) from incomes i left join persons p using (person_id) where p.person_id is null"))
        .isZero();
    assertThat(
            count(
                "select count(*) from residences r left join addresses a using (address_id) where a.address_id is null"))
        .isZero();
    assertThat(
            count(
                "select count(*) from addresses a left join buurten b using (buurt_code) where b.buurt_code is null"))
        .isZero();
    assertThat(count("select count(*) from buurten where oad is null")).isZero();
  }

  @Test
  void spellsNeitherOverlapNorEndBeforeTheyStart() throws SQLException {
    assertThat(
            count(
                "select count(*) from residences where end_date is not null and end_date <= start_date"))
        .isZero();
    assertThat(
            count(
                """
        select count(*) from (
          select start_date, lag(end_date) over w as previous_end, lag(start_date) over w as previous_start
          from residences window w as (partition by person_id order by start_date))
        where previous_start is not null and (previous_end is null or previous_end > start_date)
        """))
        .isZero();
  }

  @Test
  void codedValuesAreInTheirSets() throws SQLException {
    assertThat(
            count(
                "select count(*) from persons where origin not in ('nl', 'western', 'non_western', 'unknown')"))
        .isZero();
    assertThat(
            count(
                "select count(*) from incomes where household_kind not in ('private', 'institutional')"))
        .isZero();
    assertThat(count("select count(*) from incomes where student not in ('true', 'false')"))
        .isZero();
    assertThat(
            count(
                "select count(*) from incomes where income_pct <> '' and try_cast(income_pct as double) is null"))
        .isZero();
    assertThat(
            count(
                "select count(*) from buurten where not regexp_matches(buurt_code, '^BU[0-9]{8}$')"))
        .isZero();
  }

  @Test
  void terApelIsAnAzcAddressByTheMethodsRule() throws SQLException {
    long azcAddresses =
        count(
            """
        select count(*) from (
          select r.address_id from residences r join persons p using (person_id)
          where p.origin = 'non_western' and p.register_entry_date >= p.birth_date + interval 1 year
            and r.start_date <= date '2017-12-31' and (r.end_date is null or r.end_date > date '1995-01-01')
          group by r.address_id having count(distinct r.person_id) > 25)
        """);
    assertThat(azcAddresses).isPositive();
  }

  @Test
  void everyStudyMunicipalityHasBuurtenAndPeople() throws SQLException {
    assertThat(count("select count(*) from gemeenten")).isEqualTo(52);
    assertThat(
            count(
                """
        select count(*) from gemeenten g where not exists (
          select 1 from residences r join addresses a using (address_id) join buurten b using (buurt_code)
          where b.gemeente_code = g.gemeente_code)
        """))
        .isZero();
  }

  @Test
  void sameSeedGivesTheSameBytes(@TempDir Path again) throws IOException {
    SynthOptions options =
        new SynthOptions(
            again,
            "noord-nederland-2018",
            SynthOptions.Scale.NORTH,
            0.01,
            7,
            SynthOptions.Format.CSV,
            null);
    Synthesizer.generate(options, line -> {});
    for (String file :
        List.of(
            "data/persons.csv",
            "data/residences.csv",
            "data/addresses.csv",
            "data/incomes.csv",
            "areas/buurten.csv",
            "areas/overlays/veenkolonien.csv")) {
      assertThat(Files.mismatch(out.resolve(file), again.resolve(file))).as(file).isEqualTo(-1L);
    }
  }

  private static long count(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      for (String table : List.of("persons", "residences", "addresses", "incomes")) {
        statement.execute(
            "create view "
                + table
                + " as select * from read_csv('"
                + out.resolve("data/" + table + ".csv")
                + "', header = true, all_varchar = "
                + table.equals("incomes")
                + ")");
      }
      for (String table : List.of("buurten", "gemeenten")) {
        statement.execute(
            "create view "
                + table
                + " as select * from read_csv('"
                + out.resolve("areas/" + table + ".csv")
                + "', header = true)");
      }
      try (ResultSet result = statement.executeQuery(sql)) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
