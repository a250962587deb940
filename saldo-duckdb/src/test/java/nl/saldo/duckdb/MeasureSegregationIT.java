package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * METHOD.md §13: dissimilarity, mutual information, Theil's H and M's decomposition, at the start,
 * the end and the end without moves. Fixture {@code segregation} (its STORY.md has the arithmetic),
 * and published worked examples run through the same SQL (marts/segregation.sql) on given counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one run of the fixture for all tests
class MeasureSegregationIT {
  private final MethodFixture fixture = MethodFixture.run("segregation");

  private String value(String layer, String within, String index, String moment) {
    Table table = fixture.table(Mart.SEGREGATION);
    Object value =
        table.rows().stream()
            .filter(
                r ->
                    r.get(0).equals(layer)
                        && r.get(1).equals(within)
                        && r.get(3).equals(index)
                        && r.get(4).equals(moment))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row " + layer + "/" + within + "/" + index))
            .get(5);
    return value == null ? null : ((BigDecimal) value).toPlainString();
  }

  @Test
  void buurtenOfTheStudyAtTheStart() {
    assertThat(value("buurt", "study", "D", "start")).isEqualTo("0.7500");
    assertThat(value("buurt", "study", "M", "start")).isEqualTo("0.4849");
    assertThat(value("buurt", "study", "H", "start")).isEqualTo("0.7100");
    assertThat(value("buurt", "study", "M_between_gemeente", "start")).isEqualTo("0.3616");
    assertThat(value("buurt", "study", "M_within_gemeente", "start")).isEqualTo("0.1233");
    assertThat(value("buurt", "study", "M_between_area_type", "start")).isEqualTo("0.3255");
    assertThat(value("buurt", "study", "M_within_area_type", "start")).isEqualTo("0.1594");
  }

  @Test
  void theMoveFromALowerToAHigherBuurtLowersSegregation() {
    assertThat(value("buurt", "study", "D", "end")).isEqualTo("0.7143");
    assertThat(value("buurt", "study", "D", "end_without_moves")).isEqualTo("0.8571");
    assertThat(value("buurt", "study", "M", "end")).isEqualTo("0.3718");
    assertThat(value("buurt", "study", "M", "end_without_moves")).isEqualTo("0.5325");
    assertThat(value("buurt", "study", "H", "end")).isEqualTo("0.5364");
    assertThat(value("buurt", "study", "H", "end_without_moves")).isEqualTo("0.7682");
    assertThat(value("buurt", "study", "M_within_gemeente", "end_without_moves"))
        .isEqualTo("0.1808");
  }

  @Test
  void gemeentenAndScopesInsideAnAreaType() {
    assertThat(value("gemeente", "study", "D", "start")).isEqualTo("0.6667");
    assertThat(value("gemeente", "study", "M", "start"))
        .as("M of gemeenten = M_between_gemeente of buurten")
        .isEqualTo("0.3616");
    assertThat(value("gemeente", "study", "H", "end")).isEqualTo("0.4286");
    assertThat(value("buurt", "area_type=krimp", "M", "start")).isEqualTo("0.2231");
    assertThat(value("buurt", "area_type=krimp", "M_between_gemeente", "end")).isEqualTo("0.1514");
    assertThat(value("buurt", "area_type=krimp", "M_within_gemeente", "end")).isEqualTo("0.0951");
  }

  @Test
  void emptyWhenFewerThanThreeUnitsHoldMinDenominatorPersons() {
    assertThat(value("buurt", "area_type=anticipeer", "M", "start"))
        .as("one buurt with persons")
        .isNull();
    assertThat(value("buurt", "gemeente=GM0001", "D", "start")).as("two buurten").isNull();
    assertThat(value("gemeente", "area_type=krimp", "H", "end")).as("two gemeenten").isNull();
  }

  @Test
  void rowOrderLayerWithinIndexMoment() {
    List<List<Object>> rows = fixture.table(Mart.SEGREGATION).rows();
    assertThat(rows.get(0))
        .containsExactly(
            "buurt", "study", "lower_vs_higher", "D", "start", new BigDecimal("0.7500"));
    assertThat(rows.subList(0, 4).stream().map(r -> r.get(3) + "/" + r.get(4)))
        .containsExactly("D/start", "D/end", "D/end_without_moves", "M/start");
    assertThat(rows.get(rows.size() - 1).subList(0, 5))
        .containsExactly("gemeente", "area_type=krimp", "four_groups", "H", "end_without_moves");
  }

  @Test
  void segregationPassesDisclosureUnchanged() {
    MethodFixture rounded = MethodFixture.run("segregation", true);
    assertThat(rounded.table(Mart.SEGREGATION).rows())
        .isEqualTo(fixture.table(Mart.SEGREGATION).rows());
  }

  /**
   * The example table of the R package segregation's vignette ("A walkthrough of the segregation
   * package", elbersb.com/segregation: {@code matrix(c(10, 20, 30, 30, 20, 10), nrow = 3)}, three
   * schools × Black/White). Worked by hand: D = ½(|10/60 − 30/60| + |20/60 − 20/60| + |30/60 −
   * 10/60|) = 1/3; M = 2·(10/120·ln(1200/2400) + 30/120·ln(3600/2400)) = ⅙ln½ + ½ln1.5 = 0.0872; H
   * = M / ln 2 = 0.1258.
   */
  @Test
  void vignetteExampleOfTheRPackageSegregation() throws SQLException {
    Map<String, Double> values =
        indices(
            Map.of(
                "u1", new long[] {10, 0, 30, 0},
                "u2", new long[] {20, 0, 20, 0},
                "u3", new long[] {30, 0, 10, 0}));
    assertThat(values.get("D")).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(values.get("M"))
        .isCloseTo(Math.log(0.5) / 6 + Math.log(1.5) / 2, within(1e-12))
        .isCloseTo(0.0872, within(5e-5));
    assertThat(values.get("H")).isCloseTo(0.1258, within(5e-5));
  }

  /**
   * PySAL segregation's "Even Distribution" notebook example (pysal/segregation, notebooks on
   * multigroup indices): every unit has the same composition → D = 0, M = 0, H = 0; and its
   * opposite, complete segregation (each unit holds one group) → D = 1 and H = 1, M = E.
   */
  @Test
  void evenDistributionAndCompleteSegregation() throws SQLException {
    Map<String, Double> even =
        indices(
            Map.of(
                "u1", new long[] {10, 20, 30, 40},
                "u2", new long[] {1, 2, 3, 4},
                "u3", new long[] {5, 10, 15, 20}));
    assertThat(even.get("D")).isCloseTo(0, within(1e-12));
    assertThat(even.get("M")).isCloseTo(0, within(1e-12));
    assertThat(even.get("H")).isCloseTo(0, within(1e-12));
    Map<String, Double> apart =
        indices(
            Map.of(
                "u1", new long[] {10, 0, 0, 0},
                "u2", new long[] {0, 10, 0, 0},
                "u3", new long[] {0, 0, 10, 0},
                "u4", new long[] {0, 0, 0, 10}));
    assertThat(apart.get("D")).isCloseTo(1, within(1e-12));
    assertThat(apart.get("H")).isCloseTo(1, within(1e-12));
    assertThat(apart.get("M")).isCloseTo(Math.log(4), within(1e-12));
  }

  /**
   * Runs marts/segregation.sql on given counts of lt101, 101_150, ge150, student per buurt (all in
   * one gemeente of one area type), and returns the exact study-wide values at the start.
   */
  private static Map<String, Double> indices(Map<String, long[]> units) throws SQLException {
    try (Database database = new Database(DriverManager.getConnection("jdbc:duckdb:"))) {
      database.execute("settings", "create table settings as select 1::bigint as min_denominator");
      database.execute(
          "buurten", "create table buurten (buurt_code varchar, gemeente_code varchar)");
      database.execute(
          "gemeenten", "create table gemeenten (gemeente_code varchar, area_type varchar)");
      database.execute("gemeente", "insert into gemeenten values ('G1', 'krimp')");
      database.execute(
          "counts",
          "create table segregation_counts (layer varchar, within varchar, moment varchar,"
              + " unit varchar, gemeente_code varchar, area_type varchar, income_group varchar,"
              + " persons bigint)");
      List<String> groups = List.of("lt101", "101_150", "ge150", "student");
      for (Map.Entry<String, long[]> unit : units.entrySet()) {
        database.execute("buurt", "insert into buurten values (?, 'G1')", unit.getKey());
        for (int g = 0; g < 4; g++) {
          database.execute(
              "count",
              "insert into segregation_counts values ('buurt', 'study', 'start', ?, 'G1', 'krimp',"
                  + " ?, ?)",
              unit.getKey(),
              groups.get(g),
              unit.getValue()[g]);
        }
      }
      database.execute(SqlScript.load("marts/segregation.sql"));
      Map<String, Double> values = new LinkedHashMap<>();
      for (List<Object> row :
          database.rows(
              "values",
              "select index, exact_value from segregation_mart"
                  + " where layer = 'buurt' and within = 'study' and moment = 'start'")) {
        values.put(
            (String) row.get(0), row.get(1) == null ? null : ((Number) row.get(1)).doubleValue());
      }
      return values;
    }
  }
}
