package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import nl.saldo.core.pipeline.Mart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * METHOD.md §6, §7 and §9: derived figures from unrounded counts, two decimals half away from zero,
 * empty below the denominator threshold or at 0, effect. Fixture {@code rates}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one run of the fixture for all tests
class ComputeRatesIT {
  private final MethodFixture fixture = MethodFixture.run("rates");

  @Test
  void stocksOfAadorp() {
    assertThat(fixture.stock("gemeente", "GM0001", "total", "pop_start")).isEqualTo(160);
    assertThat(fixture.stock("gemeente", "GM0001", "total", "pop_end")).isEqualTo(161);
    assertThat(fixture.stock("gemeente", "GM0001", "lt101", "change")).isEqualTo(-3);
    assertThat(fixture.stock("gemeente", "GM0001", "other", "pop_end")).isEqualTo(61);
  }

  @Test
  void changePerYear() {
    assertThat(stocks("GM0001", "lt101", "change_pct_per_year")).isEqualTo("-0.50");
    assertThat(stocks("GM0001", "lower", "change_pct_per_year")).isEqualTo("-0.50");
    assertThat(stocks("GM0001", "total", "change_pct_per_year")).isEqualTo("0.10");
    assertThat(stocks("GM0001", "other", "change_pct_per_year")).as("pop_start 59").isNull();
    assertThat(stocks("GM0001", "ge150", "change_pct_per_year")).as("pop_start 0").isNull();
    assertThat(stocks("GM0002", "total", "change_pct_per_year"))
        .as("pop_start exactly 100")
        .isEqualTo("-0.17");
    assertThat(stocks("GM0002", "ge150", "change_pct_per_year")).as("pop_start 99").isNull();
    assertThat(stocks("GM0003", "total", "change_pct_per_year")).isEqualTo("-16.67");
  }

  @Test
  void sharesRoundHalfAwayFromZero() {
    assertThat(stocks("GM0001", "lt101", "share_start_pct")).isEqualTo("62.50");
    assertThat(stocks("GM0001", "student", "share_start_pct")).as("0.625").isEqualTo("0.63");
    assertThat(stocks("GM0001", "other", "share_start_pct")).as("36.875").isEqualTo("36.88");
    assertThat(stocks("GM0001", "ge150", "share_start_pct")).isEqualTo("0.00");
    assertThat(stocks("GM0001", "lt101", "share_end_pct")).isEqualTo("60.25");
    assertThat(stocks("GM0001", "higher_incl_students", "share_end_pct")).isEqualTo("1.86");
    assertThat(stocks("GM0001", "total", "share_end_pct")).isEqualTo("100.00");
  }

  @Test
  void shareChangeFromUnroundedSharesWithoutNegativeZero() {
    assertThat(stocks("GM0001", "lt101", "share_change_pp")).isEqualTo("-2.25");
    assertThat(stocks("GM0001", "student", "share_change_pp")).as("-0.0039").isEqualTo("0.00");
    assertThat(stocks("GM0001", "other", "share_change_pp")).isEqualTo("1.01");
    assertThat(stocks("GM0001", "higher_incl_students", "share_change_pp"))
        .as("not 1.86 - 0.63")
        .isEqualTo("1.24");
  }

  @Test
  void sharesEmptyWhenATotalIsBelowTheThresholdOrZero() {
    assertThat(stocks("GM0002", "ge150", "share_start_pct")).isEqualTo("99.00");
    assertThat(stocks("GM0002", "ge150", "share_end_pct")).as("total 99").isNull();
    assertThat(stocks("GM0002", "ge150", "share_change_pp")).isNull();
    assertThat(stocks("GM0003", "lt101", "share_start_pct")).isEqualTo("99.00");
    assertThat(stocks("GM0003", "lt101", "share_end_pct")).as("total 0").isNull();
    assertThat(stocks("GM0003", "total", "share_change_pp")).isNull();
  }

  @Test
  void netPerYear() {
    assertThat(fixture.flow("gemeente", "GM0001", "total", "net")).isEqualTo(-6);
    assertThat(fixture.flow("gemeente", "GM0001", "higher_incl_students", "net")).isEqualTo(-5);
    assertThat(migration("GM0001", "lt101", "net_pct_per_year")).isEqualTo("-0.17");
    assertThat(migration("GM0001", "lower", "net_pct_per_year")).isEqualTo("-0.17");
    assertThat(migration("GM0001", "total", "net_pct_per_year")).as("-0.625").isEqualTo("-0.63");
    assertThat(migration("GM0001", "101_150", "net_pct_per_year")).as("pop_start 0").isNull();
    assertThat(migration("GM0001", "student", "net_pct_per_year")).as("pop_start 1").isNull();
    assertThat(migration("GM0002", "total", "net_pct_per_year")).isEqualTo("0.00");
    assertThat(migration("GM0002", "ge150", "net_pct_per_year")).as("pop_start 99").isNull();
    assertThat(migration("GM0003", "total", "net_pct_per_year")).isEqualTo("-0.33");
    assertThat(migration("GM0003", "lt101", "net_pct_per_year")).isNull();
  }

  @Test
  void netShareOfChangeNeedsAChangeOfAtLeastTheThreshold() {
    assertThat(migration("GM0003", "total", "net_share_of_change_pct"))
        .as("change -100")
        .isEqualTo("2.00");
    assertThat(migration("GM0003", "lt101", "net_share_of_change_pct")).as("change -99").isNull();
    assertThat(migration("GM0001", "student", "net_share_of_change_pct")).as("change 0").isNull();
    assertThat(migration("GM0001", "total", "net_share_of_change_pct")).as("change 1").isNull();
  }

  @Test
  void effectComparesTheSignsOfNetAndChange() {
    assertThat(migration("GM0001", "lt101", "effect")).isEqualTo("versterkend");
    assertThat(migration("GM0001", "lower", "effect")).isEqualTo("versterkend");
    assertThat(migration("GM0001", "ge150", "effect")).isEqualTo("dempend");
    assertThat(migration("GM0001", "higher_incl_students", "effect")).isEqualTo("dempend");
    assertThat(migration("GM0001", "total", "effect"))
        .as("not subject to the threshold")
        .isEqualTo("dempend");
    assertThat(migration("GM0001", "student", "effect")).as("change 0").isNull();
    assertThat(migration("GM0001", "101_150", "effect")).isNull();
    assertThat(migration("GM0002", "total", "effect")).as("net 0").isNull();
    assertThat(migration("GM0003", "total", "effect")).isEqualTo("versterkend");
    assertThat(migration("GM0003", "ge150", "effect")).isNull();
  }

  @Test
  void yearsOfStocksAndMovesFollowTheSettings() {
    MethodFixture years = MethodFixture.run("rates/years");

    assertThat(years.stock("gemeente", "GM0001", "total", "pop_end")).isEqualTo(168);
    assertThat(years.percentage(Mart.STOCKS, "gemeente", "GM0001", "total", "change_pct_per_year"))
        .isEqualTo("1.67");
    assertThat(years.flow("gemeente", "GM0001", "total", "net")).isEqualTo(1);
    assertThat(years.percentage(Mart.MIGRATION, "gemeente", "GM0001", "total", "net_pct_per_year"))
        .isEqualTo("0.21");
    assertThat(years.percentage(Mart.MIGRATION, "gemeente", "GM0001", "lt101", "net_pct_per_year"))
        .isEqualTo("-0.33");
  }

  private String stocks(String unit, String group, String column) {
    return fixture.percentage(Mart.STOCKS, "gemeente", unit, group, column);
  }

  private Object migration(String unit, String group, String column) {
    return column.equals("effect")
        ? fixture.value(Mart.MIGRATION, "gemeente", unit, group, column)
        : fixture.percentage(Mart.MIGRATION, "gemeente", unit, group, column);
  }
}
