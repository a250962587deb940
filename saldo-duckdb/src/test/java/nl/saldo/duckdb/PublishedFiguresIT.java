package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import nl.saldo.core.pipeline.Mart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * METHOD.md §7 as amended: with disclosure control on, every percentage, share, rate and effect
 * comes from the published (rounded) counts, the threshold applies to the published denominator,
 * od.csv lists a pair only when a published count is not zero; {@code percentages: exact} restores
 * the figures of the unrounded counts. Fixtures {@code rates} (rounded) and {@code rates/exact};
 * the arithmetic is in rates/STORY.md, "Rounded".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedFiguresIT {
  private final MethodFixture rounded = MethodFixture.run("rates", true);
  private final MethodFixture exact = MethodFixture.run("rates/exact", true);

  @Test
  void ratesComeFromThePublishedCounts() {
    assertThat(rounded.flow("gemeente", "GM0001", "total", "net")).as("-6").isEqualTo(-10);
    assertThat(rounded.stock("gemeente", "GM0001", "total", "pop_start")).isEqualTo(160);
    assertThat(migration(rounded, "GM0001", "total", "net_pct_per_year"))
        .as("-10 / 160 / 6, not -6 / 160 / 6")
        .isEqualTo("-1.04");
    assertThat(migration(rounded, "GM0001", "lt101", "net_pct_per_year"))
        .as("net -1 published 0")
        .isEqualTo("0.00");
    assertThat(stocks(rounded, "GM0001", "total", "change_pct_per_year"))
        .as("change +1 published 0")
        .isEqualTo("0.00");
    assertThat(stocks(rounded, "GM0003", "total", "change_pct_per_year")).isEqualTo("-16.67");
  }

  @Test
  void sharesComeFromThePublishedCountsOfTheRowAndTheUnitTotal() {
    assertThat(stocks(rounded, "GM0001", "student", "share_start_pct"))
        .as("1 person published 0: 0 / 160")
        .isEqualTo("0.00");
    assertThat(stocks(rounded, "GM0001", "other", "share_start_pct"))
        .as("60 / 160, not 59 / 160")
        .isEqualTo("37.50");
    assertThat(stocks(rounded, "GM0001", "lt101", "share_end_pct"))
        .as("100 / 160, not 97 / 161")
        .isEqualTo("62.50");
    assertThat(stocks(rounded, "GM0001", "lt101", "share_change_pp")).isEqualTo("0.00");
    assertThat(stocks(rounded, "GM0001", "higher_incl_students", "share_change_pp"))
        .isEqualTo("0.00");
  }

  @Test
  void theThresholdAppliesToThePublishedDenominator() {
    assertThat(stocks(rounded, "GM0002", "ge150", "change_pct_per_year"))
        .as("pop_start 99 published 100")
        .isEqualTo("0.00");
    assertThat(stocks(rounded, "GM0002", "ge150", "share_start_pct"))
        .as("100 / 100")
        .isEqualTo("100.00");
    assertThat(stocks(rounded, "GM0002", "ge150", "share_end_pct"))
        .as("total 99 published 100")
        .isEqualTo("100.00");
    assertThat(stocks(rounded, "GM0002", "lt101", "share_end_pct")).isEqualTo("0.00");
    assertThat(stocks(rounded, "GM0003", "lt101", "change_pct_per_year"))
        .as("pop_start 99 published 100, change -99 published -100")
        .isEqualTo("-16.67");
    assertThat(stocks(rounded, "GM0003", "lt101", "share_end_pct")).as("total 0").isNull();
    assertThat(stocks(rounded, "GM0001", "other", "change_pct_per_year"))
        .as("pop_start 59 published 60")
        .isNull();
    assertThat(migration(rounded, "GM0003", "lt101", "net_share_of_change_pct"))
        .as("0 / -100 is 0.00, not -0.00")
        .isEqualTo("0.00");
  }

  @Test
  void effectComesFromThePublishedNetAndChange() {
    assertThat(rounded.value(Mart.MIGRATION, "gemeente", "GM0001", "total", "effect"))
        .as("net -6 → -10, change +1 → 0: empty, not dempend")
        .isNull();
    assertThat(rounded.value(Mart.MIGRATION, "gemeente", "GM0001", "lt101", "effect"))
        .as("net -1 → 0: empty, not versterkend")
        .isNull();
    assertThat(rounded.value(Mart.MIGRATION, "gemeente", "GM0003", "total", "effect"))
        .as("net -2 → 0")
        .isNull();
  }

  @Test
  void odListsAPairOnlyWhenAPublishedCountIsNotZero() {
    assertThat(pairListed(rounded, "gemeente", "rest", "GM0001"))
        .as("1 + 2 = 3 in-moves, each published 0")
        .isFalse();
    assertThat(pairListed(rounded, "gemeente", "GM0003", "rest")).as("2 moves → 0").isFalse();
    assertThat(pairListed(rounded, "gemeente", "GM0001", "rest")).as("ge150 7 → 10").isTrue();
    assertThat(rounded.od("gemeente", "GM0001", "rest", "lt101")).as("2 → 0, row kept").isZero();
    assertThat(pairListed(exact, "gemeente", "rest", "GM0001"))
        .as("exact percentages do not change od")
        .isFalse();
  }

  @Test
  void exactPercentagesRestoreTheFiguresOfTheUnroundedCounts() {
    assertThat(exact.result().tables().exactPercentages()).isTrue();
    assertThat(exact.result().tables().unsafe()).isTrue();
    assertThat(exact.flow("gemeente", "GM0001", "total", "net"))
        .as("counts rounded")
        .isEqualTo(-10);
    assertThat(migration(exact, "GM0001", "total", "net_pct_per_year")).isEqualTo("-0.63");
    assertThat(stocks(exact, "GM0001", "student", "share_start_pct")).isEqualTo("0.63");
    assertThat(stocks(exact, "GM0002", "ge150", "share_end_pct")).as("total 99").isNull();
    assertThat(exact.value(Mart.MIGRATION, "gemeente", "GM0001", "total", "effect"))
        .isEqualTo("dempend");
  }

  private static boolean pairListed(
      MethodFixture fixture, String layer, String origin, String destination) {
    return fixture.table(Mart.OD).rows().stream()
        .anyMatch(
            r -> r.get(0).equals(layer) && r.get(1).equals(origin) && r.get(2).equals(destination));
  }

  private static String stocks(MethodFixture fixture, String unit, String group, String column) {
    return fixture.percentage(Mart.STOCKS, "gemeente", unit, group, column);
  }

  private static String migration(MethodFixture fixture, String unit, String group, String column) {
    return fixture.percentage(Mart.MIGRATION, "gemeente", unit, group, column);
  }
}
