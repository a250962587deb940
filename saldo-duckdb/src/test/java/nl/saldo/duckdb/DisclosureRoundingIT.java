package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import nl.saldo.core.pipeline.Mart;
import org.junit.jupiter.api.Test;

/**
 * METHOD.md §7: every count rounded on its own (halves away from zero), net and change from their
 * unrounded values; rounding base and threshold as settings. Fixtures {@code rounding} and {@code
 * rounding/settings}; the figures computed from the published counts are in {@link
 * PublishedFiguresTest}.
 */
class DisclosureRoundingIT {

  @Test
  void halvesRoundAwayFromZero() {
    MethodFixture fixture = MethodFixture.run("rounding", true);

    assertThat(fixture.stock("gemeente", "GM0001", "ge150", "pop_start")).as("15").isEqualTo(20);
    assertThat(fixture.stock("gemeente", "GM0002", "lt101", "pop_start")).as("25").isEqualTo(30);
    assertThat(fixture.stock("gemeente", "GM0002", "lt101", "change")).as("-25").isEqualTo(-30);
    assertThat(fixture.flow("gemeente", "GM0002", "lt101", "net")).as("-25").isEqualTo(-30);
    assertThat(fixture.od("gemeente", "GM0002", "rest", "lt101")).as("25").isEqualTo(30);
  }

  @Test
  void netAndChangeAreRoundedFromTheirOwnUnroundedValues() {
    MethodFixture fixture = MethodFixture.run("rounding", true);

    assertThat(fixture.flow("gemeente", "GM0003", "ge150", "in_movers")).as("14").isEqualTo(10);
    assertThat(fixture.flow("gemeente", "GM0003", "ge150", "out_movers")).as("6").isEqualTo(10);
    assertThat(fixture.flow("gemeente", "GM0003", "ge150", "net"))
        .as("8, not 10 - 10")
        .isEqualTo(10);
    assertThat(fixture.stock("gemeente", "GM0003", "ge150", "change"))
        .as("8, not 10 - 10")
        .isEqualTo(10);
    assertThat(fixture.stock("study", "study", "total", "change")).as("-17").isEqualTo(-20);
    assertThat(fixture.flow("study", "study", "total", "out_movers")).as("31").isEqualTo(30);
    assertThat(fixture.od("gemeente", "rest", "GM0003", "ge150")).as("14").isEqualTo(10);
  }

  @Test
  void roundingBaseAndThresholdAreSettings() {
    MethodFixture fixture = MethodFixture.run("rounding/settings", true);

    assertThat(fixture.stock("gemeente", "GM0001", "ge150", "pop_start")).isEqualTo(15);
    assertThat(fixture.flow("gemeente", "GM0002", "lt101", "net")).isEqualTo(-25);
    assertThat(fixture.flow("gemeente", "GM0003", "ge150", "in_movers")).as("14").isEqualTo(15);
    assertThat(fixture.flow("gemeente", "GM0003", "ge150", "out_movers")).as("6").isEqualTo(5);
    assertThat(fixture.flow("gemeente", "GM0003", "ge150", "net")).as("8").isEqualTo(10);
    assertThat(fixture.stock("study", "study", "total", "change")).as("-17").isEqualTo(-15);
    assertThat(
            fixture.percentage(Mart.MIGRATION, "gemeente", "GM0002", "lt101", "net_pct_per_year"))
        .isEqualTo("-16.67");
    assertThat(
            fixture.percentage(
                Mart.MIGRATION, "gemeente", "GM0002", "lt101", "net_share_of_change_pct"))
        .isEqualTo("100.00");
    assertThat(
            fixture.percentage(Mart.STOCKS, "gemeente", "GM0002", "lt101", "change_pct_per_year"))
        .isEqualTo("-16.67");
    assertThat(fixture.percentage(Mart.STOCKS, "gemeente", "GM0001", "ge150", "share_start_pct"))
        .isEqualTo("100.00");
  }

  @Test
  void theDefaultThresholdLeavesSmallDenominatorsEmpty() {
    MethodFixture fixture = MethodFixture.run("rounding", true);

    assertThat(
            fixture.percentage(Mart.MIGRATION, "gemeente", "GM0002", "lt101", "net_pct_per_year"))
        .isNull();
    assertThat(fixture.percentage(Mart.STOCKS, "gemeente", "GM0001", "ge150", "share_start_pct"))
        .isNull();
  }
}
