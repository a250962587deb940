package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * METHOD.md §3: the group of a person from the incomes row of the stock year, in order of
 * precedence. Fixtures {@code groups*}; the arithmetic is in their STORY.md.
 */
class ClassifyPersonsIT {
  private static final List<String> GROUPS =
      List.of(
          "lt101",
          "101_150",
          "ge150",
          "student",
          "other",
          "lower",
          "higher_incl_students",
          "total");

  @Test
  void eachRuleOfPrecedenceAtTheStartStock() {
    MethodFixture fixture = MethodFixture.run("groups");

    assertThat(column(fixture, "gemeente", "GM0001", "pop_start"))
        .containsExactly(1L, 3L, 1L, 3L, 4L, 4L, 4L, 12L);
  }

  @Test
  void theEndStockReadsItsOwnIncomeYear() {
    MethodFixture fixture = MethodFixture.run("groups");

    assertThat(column(fixture, "gemeente", "GM0001", "pop_end"))
        .containsExactly(3L, 3L, 3L, 1L, 2L, 6L, 4L, 12L);
    assertThat(column(fixture, "gemeente", "GM0001", "change"))
        .containsExactly(2L, 0L, 2L, -2L, -2L, 2L, 0L, 0L);
  }

  @Test
  void everyUnitOfTheBuurtSeesTheSameGroups() {
    MethodFixture fixture = MethodFixture.run("groups");

    for (String[] unit :
        new String[][] {
          {"region", "R1"},
          {"area_type", "krimp"},
          {"province", "Groningen"},
          {"study", "study"},
          {"urbanity", "krimp|1"}
        }) {
      assertThat(column(fixture, unit[0], unit[1], "pop_start"))
          .as(unit[1])
          .containsExactly(1L, 3L, 1L, 3L, 4L, 4L, 4L, 12L);
    }
    assertThat(column(fixture, "gemeente", "GM0002", "pop_start")).containsOnly(0L);
  }

  @Test
  void thresholdsAreSettings() {
    MethodFixture fixture = MethodFixture.run("groups/thresholds");

    assertThat(column(fixture, "gemeente", "GM0001", "pop_start"))
        .containsExactly(0L, 5L, 0L, 3L, 4L, 5L, 3L, 12L);
    assertThat(column(fixture, "gemeente", "GM0001", "pop_end"))
        .containsExactly(2L, 6L, 1L, 1L, 2L, 8L, 2L, 12L);
  }

  @Test
  void stockYearOffsetIsASetting() {
    MethodFixture fixture = MethodFixture.run("groups/offset");

    assertThat(column(fixture, "gemeente", "GM0001", "pop_start"))
        .containsExactly(0L, 0L, 1L, 0L, 11L, 0L, 1L, 12L);
    assertThat(column(fixture, "gemeente", "GM0001", "pop_end"))
        .containsExactly(1L, 0L, 0L, 0L, 11L, 1L, 0L, 12L);
  }

  private static List<Long> column(
      MethodFixture fixture, String layer, String unit, String column) {
    return GROUPS.stream().map(group -> fixture.stock(layer, unit, group, column)).toList();
  }
}
