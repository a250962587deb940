package nl.saldo.core.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.saldo.core.SaldoException;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;
import nl.saldo.core.study.FactorFit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** factors.csv against the hand computation of fixtures/factors/STORY.md. */
class FactorsTest {
  private static Path fixture() throws URISyntaxException {
    return Path.of(FactorsTest.class.getResource("/fixtures/factors").toURI());
  }

  private static List<Object> migration(String unit, String group, String rate) {
    return Arrays.asList(
        "gemeente",
        unit,
        unit,
        group,
        0L,
        0L,
        0L,
        rate == null ? null : new BigDecimal(rate),
        null,
        null);
  }

  private static List<Object> stock(String unit, String group, long popStart) {
    return Arrays.asList(
        "gemeente", unit, unit, group, popStart, popStart, 0L, null, null, null, null);
  }

  private static Table table(FactorFit fit) throws URISyntaxException {
    List<List<Object>> migration = new ArrayList<>();
    List<List<Object>> stocks = new ArrayList<>();
    String[][] lower = {
      {"GM01", "1.00", "100"},
      {"GM02", "1.00", "200"},
      {"GM03", "3.00", "100"},
      {"GM04", "4.00", "200"},
      {"GM06", null, "60"},
      {"GM07", "2.00", "300"},
      {"GM08", "0.50", "300"}
    };
    for (String[] row : lower) {
      migration.add(migration(row[0], "lower", row[1]));
      stocks.add(stock(row[0], "lower", Long.parseLong(row[2])));
    }
    migration.add(migration("GM01", "higher_incl_students", null));
    migration.add(migration("GM09", "higher_incl_students", "0.20"));
    migration.add(migration("GM10", "higher_incl_students", "-0.40"));
    for (String unit : List.of("GM01", "GM09", "GM10")) {
      stocks.add(stock(unit, "higher_incl_students", 500));
    }
    // a row of another layer is not a municipality: never used, never counted
    migration.add(
        Arrays.asList("region", "R1", "R1", "lower", 0L, 0L, 0L, BigDecimal.ONE, null, null));
    AreaFactors factors = AreaFactors.read(fixture()).orElseThrow();
    return FactorsTable.of(
        new Table("migration", Mart.MIGRATION.columns(), migration),
        new Table("stocks", Mart.STOCKS.columns(), stocks),
        factors,
        fit);
  }

  private static List<Object> row(Table table, String group, String term) {
    return table.rows().stream()
        .filter(r -> r.get(0).equals(group) && r.get(1).equals(term))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theWeightedFitEqualsTheHandComputation() throws Exception {
    Table table = table(new FactorFit(null));
    assertThat(table.columns())
        .containsExactly("group", "term", "estimate", "std_error", "t", "n", "left_out", "r2");
    assertThat(row(table, "lower", "intercept"))
        .containsExactly(
            "lower",
            "intercept",
            new BigDecimal("0.363636"),
            new BigDecimal("0.545455"),
            new BigDecimal("0.67"),
            4L,
            3L,
            new BigDecimal("0.9037"));
    assertThat(row(table, "lower", "social_rent_pct"))
        .containsExactly(
            "lower",
            "social_rent_pct",
            new BigDecimal("1.181818"),
            new BigDecimal("0.272727"),
            new BigDecimal("4.33"),
            4L,
            3L,
            new BigDecimal("0.9037"));
  }

  @Test
  void unweightedWhenTheSettingSaysNone() throws Exception {
    Table table = table(new FactorFit("none"));
    assertThat(row(table, "lower", "intercept").get(2)).isEqualTo(new BigDecimal("0.600000"));
    assertThat(row(table, "lower", "social_rent_pct").get(2)).isEqualTo(new BigDecimal("1.100000"));
  }

  @Test
  void tooFewMunicipalitiesLeaveTheFitEmpty() throws Exception {
    assertThat(row(table(new FactorFit(null)), "higher_incl_students", "social_rent_pct"))
        .containsExactly("higher_incl_students", "social_rent_pct", null, null, null, 2L, 1L, null);
  }

  @Test
  void aValueThatIsNotANumberIsInvalidInput(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("factors.csv"), "gemeente_code,woz\nGM01,12,5\nGM02,1\n");
    assertThatThrownBy(() -> AreaFactors.read(dir))
        .isInstanceOf(SaldoException.class)
        .hasMessageContaining("areas/factors.csv row 2: 3 fields, expected 2");
    Files.writeString(
        dir.resolve("factors.csv"), "gemeente_code,woz\nGM01,12,5\n".replace("12,5", "12;5"));
    assertThatThrownBy(() -> AreaFactors.read(dir))
        .hasMessageContaining("areas/factors.csv row 2: column woz is '12;5', expected a number");
    Files.writeString(dir.resolve("factors.csv"), "gemeente_code,woz\nGM01,1\nGM01,2\n");
    assertThatThrownBy(() -> AreaFactors.read(dir))
        .hasMessageContaining("row 3: gemeente_code GM01 appears twice");
    Files.delete(dir.resolve("factors.csv"));
    assertThat(AreaFactors.read(dir)).isEmpty();
  }

  @Test
  void aSingularDesignGivesNoFit() {
    double[][] x = {{1, 2}, {2, 4}, {3, 6}, {4, 8}};
    assertThat(WeightedOls.fit(x, new double[] {1, 2, 3, 5}, new double[] {1, 1, 1, 1})).isNull();
  }
}
