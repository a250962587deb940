package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import nl.saldo.core.pipeline.Mart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * METHOD.md §4 and §9: a spell covers 1 January when start ≤ D < end; a move on a stock date counts
 * at its destination; zero-length spells cover nothing. Fixture {@code stocks}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one run of the fixture for all tests
class CountStocksIT {
  private final MethodFixture fixture = MethodFixture.run("stocks");

  @Test
  void stockDateBoundariesInAadorp() {
    assertThat(fixture.stock("gemeente", "GM0001", "total", "pop_start")).isEqualTo(3);
    assertThat(fixture.stock("gemeente", "GM0001", "total", "pop_end")).isEqualTo(3);
    assertThat(fixture.stock("urbanity", "krimp|5", "total", "pop_start"))
        .as("s01 starts on D, s04 ends after D")
        .isEqualTo(2);
    assertThat(fixture.stock("urbanity", "krimp|5", "total", "pop_end"))
        .as("s01 and s03")
        .isEqualTo(2);
  }

  @Test
  void aMoveOnTheStockDateCountsAtItsDestination() {
    assertThat(fixture.stock("urbanity", "anticipeer|3", "total", "pop_start"))
        .as("s02 arrived 2011-01-01")
        .isEqualTo(1);
    assertThat(fixture.stock("urbanity", "krimp|5", "ge150", "pop_start")).isEqualTo(2);
    assertThat(fixture.fact("moves_found")).isEqualTo(1);
    assertThat(fixture.fact("moves_excluded_other_group")).isEqualTo(1);
  }

  @Test
  void endDateIsExclusiveAtTheEndStock() {
    assertThat(fixture.stock("urbanity", "anticipeer|4", "total", "pop_start"))
        .as("s05, s07")
        .isEqualTo(2);
    assertThat(fixture.stock("urbanity", "anticipeer|4", "total", "pop_end"))
        .as("s06, s07; s08 zero-length")
        .isEqualTo(2);
    assertThat(fixture.stock("gemeente", "GM0002", "ge150", "pop_end")).isEqualTo(3);
  }

  @Test
  void rowsOfAUnitInTheOrderOfTheGroups() {
    assertThat(
            fixture.table(Mart.STOCKS).rows().stream()
                .filter(row -> row.get(1).equals("GM0003"))
                .map(row -> row.get(3)))
        .containsExactly(
            "lt101",
            "101_150",
            "ge150",
            "student",
            "other",
            "lower",
            "higher_incl_students",
            "total");
    assertThat(
            fixture.table(Mart.MIGRATION).rows().stream()
                .filter(row -> row.get(1).equals("GM0003"))
                .map(row -> row.get(3)))
        .containsExactly(
            "lt101", "101_150", "ge150", "student", "lower", "higher_incl_students", "total");
  }

  @Test
  void zeroLengthSpellsAreNotUsed() {
    assertThat(fixture.fact("spells_used")).isEqualTo(12);
  }

  @Test
  void groupsOfStayersAndTheTotalIncludingOther() {
    assertThat(fixture.stock("gemeente", "GM0003", "other", "pop_start")).isEqualTo(1);
    assertThat(fixture.stock("gemeente", "GM0003", "lt101", "pop_end")).isEqualTo(1);
    assertThat(fixture.stock("gemeente", "GM0003", "lower", "pop_start")).isEqualTo(1);
    assertThat(fixture.stock("gemeente", "GM0003", "total", "pop_start")).isEqualTo(2);
  }

  @Test
  void unitsOfEveryLayerSumTheirBuurten() {
    assertThat(fixture.stock("region", "R1", "total", "pop_start")).isEqualTo(6);
    assertThat(fixture.stock("region", "R2", "total", "pop_end")).isEqualTo(2);
    assertThat(fixture.stock("area_type", "krimp", "total", "pop_start")).isEqualTo(5);
    assertThat(fixture.stock("area_type", "anticipeer", "total", "pop_end")).isEqualTo(3);
    assertThat(fixture.stock("province", "Groningen", "total", "pop_start")).isEqualTo(5);
    assertThat(fixture.stock("province", "Fryslân", "total", "pop_start")).isEqualTo(3);
    assertThat(fixture.stock("study", "study", "total", "pop_start"))
        .as("s09 lives in rest")
        .isEqualTo(8);
    assertThat(fixture.stock("veen", "veen", "total", "pop_start")).isEqualTo(3);
    assertThat(fixture.stock("veen", "veen", "total", "pop_end")).isEqualTo(3);
  }
}
