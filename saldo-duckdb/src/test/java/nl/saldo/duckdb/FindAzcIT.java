package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * METHOD.md §5 and §9: AZC addresses (more than 25 qualifying persons) and the moves excluded for
 * starting at one. Fixtures {@code azc_threshold}, {@code azc_conditions}, {@code
 * azc_conditions/settings}.
 */
class FindAzcIT {

  @Test
  void twentySixQualifyingPersonsMakeAnAzcAndTwentyFiveDoNot() {
    MethodFixture fixture = MethodFixture.run("azc_threshold");

    assertThat(fixture.fact("azc_addresses")).as("Z2 only").isEqualTo(1);
    assertThat(fixture.flow("gemeente", "GM0001", "total", "out_movers"))
        .as("mz1 leaves Z1")
        .isEqualTo(1);
  }

  @Test
  void onlyTheOriginIsTestedAndBothReasonsCountOnce() {
    MethodFixture fixture = MethodFixture.run("azc_threshold");

    assertThat(fixture.fact("moves_found")).isEqualTo(5);
    assertThat(fixture.fact("moves_excluded_azc_origin")).isEqualTo(2);
    assertThat(fixture.fact("moves_excluded_other_group")).isEqualTo(2);
    assertThat(fixture.fact("moves_excluded_both")).isEqualTo(1);
    assertThat(fixture.fact("moves_excluded_total")).isEqualTo(3);
    assertThat(fixture.fact("moves_counted")).isEqualTo(2);
    assertThat(fixture.flow("gemeente", "GM0002", "ge150", "in_movers"))
        .as("mz1, and mz3 into Z2")
        .isEqualTo(2);
    assertThat(fixture.flow("gemeente", "GM0002", "total", "out_movers")).isZero();
    assertThat(fixture.flow("gemeente", "GM0003", "total", "in_movers"))
        .as("mz2 starts at the AZC")
        .isZero();
  }

  @Test
  void residentsOfAnAzcStillCountInStocks() {
    MethodFixture fixture = MethodFixture.run("azc_threshold");

    assertThat(fixture.stock("gemeente", "GM0002", "total", "pop_start")).isEqualTo(2);
    assertThat(fixture.stock("gemeente", "GM0001", "total", "pop_start")).isEqualTo(2);
    assertThat(fixture.stock("gemeente", "GM0003", "total", "pop_start")).isEqualTo(1);
  }

  @Test
  void eachConditionAtItsEdge() {
    MethodFixture fixture = MethodFixture.run("azc_conditions");

    assertThat(fixture.fact("azc_addresses")).as("C01, C03, C09, C10").isEqualTo(4);
    assertThat(fixture.fact("moves_found")).isEqualTo(12);
    assertThat(fixture.fact("moves_excluded_azc_origin")).isEqualTo(4);
    assertThat(fixture.flow("gemeente", "GM0001", "total", "out_movers"))
        .as("all four GM0001 addresses are AZC")
        .isZero();
    assertThat(fixture.flow("gemeente", "GM0002", "ge150", "out_movers"))
        .as("C02, C04, C05, C06 are not")
        .isEqualTo(4);
    assertThat(fixture.flow("gemeente", "GM0003", "ge150", "out_movers"))
        .as("C07, C08, C11, C12 are not")
        .isEqualTo(4);
    assertThat(fixture.od("gemeente", "GM0002", "rest", "total")).isEqualTo(4);
  }

  @Test
  void periodAgeAndCountAreSettings() {
    MethodFixture fixture = MethodFixture.run("azc_conditions/settings");

    assertThat(fixture.fact("azc_addresses")).as("C01, C02, C03, C04").isEqualTo(4);
    assertThat(fixture.flow("gemeente", "GM0001", "total", "out_movers"))
        .as("C09, C10")
        .isEqualTo(2);
    assertThat(fixture.flow("gemeente", "GM0002", "total", "out_movers"))
        .as("C05, C06")
        .isEqualTo(2);
    assertThat(fixture.flow("gemeente", "GM0003", "total", "out_movers")).isEqualTo(4);
  }
}
