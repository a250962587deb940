package nl.saldo.synth.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToleranceTest {
  private static ReportFigure figure(Measure measure, double value) {
    return new ReportFigure("MEDAL regio", "region", "MEDAL regio", measure, "total", value, "1");
  }

  @Test
  void populationWithinTwoPercent() {
    assertThat(Tolerance.holds(figure(Measure.POPULATION_2011, 75_719), 77_200, Double.NaN, 1))
        .isTrue();
    assertThat(Tolerance.holds(figure(Measure.POPULATION_2011, 75_719), 77_300, Double.NaN, 1))
        .isFalse();
  }

  @Test
  void changeWithinFifteenPercentOrThreeHundredPersons() {
    assertThat(Tolerance.of(figure(Measure.CHANGE, -910), Double.NaN, 1)).isEqualTo(300);
    assertThat(Tolerance.of(figure(Measure.CHANGE, -3_442), Double.NaN, 1))
        .isCloseTo(516.3, org.assertj.core.data.Offset.offset(0.01));
    assertThat(Tolerance.of(figure(Measure.CHANGE, -91), Double.NaN, 0.1))
        .isCloseTo(30, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void netWithinFivePercentOfGrossAndWithTheReportsSignWhenLarge() {
    double gross = 9_720 + 11_820;
    assertThat(Tolerance.holds(figure(Measure.NET, -2_100), -1_100, gross, 1)).isTrue();
    assertThat(Tolerance.holds(figure(Measure.NET, -2_100), -3_300, gross, 1)).isFalse();
    assertThat(Tolerance.holds(figure(Measure.NET, -2_500), 10, gross, 1)).isFalse();
    assertThat(Tolerance.holds(figure(Measure.NET, 120), -300, gross, 1)).isTrue();
  }

  @Test
  void moversWithinTenPercent() {
    assertThat(Tolerance.holds(figure(Measure.IN_MOVERS, 9_720), 10_600, Double.NaN, 1)).isTrue();
    assertThat(Tolerance.holds(figure(Measure.IN_MOVERS, 9_720), 10_800, Double.NaN, 1)).isFalse();
  }
}
