package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.saldo.core.pipeline.Mart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * METHOD.md §5 and §9: window, gap, same address, moves inside and across units, several moves per
 * person, the mover's group of move year + 1, flows and od per layer. Fixture {@code moves}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one run of the fixture for all tests
class DeriveMovesIT {
  private static final List<String> MOVER_GROUPS =
      List.of("lt101", "101_150", "ge150", "student", "lower", "higher_incl_students", "total");

  private final MethodFixture fixture = MethodFixture.run("moves");

  @Test
  void windowGapAddressAndGroupDecideWhichMovesAreFoundAndCounted() {
    assertThat(fixture.fact("moves_found")).isEqualTo(16);
    assertThat(fixture.fact("moves_excluded_other_group")).isEqualTo(2);
    assertThat(fixture.fact("moves_excluded_azc_origin")).isZero();
    assertThat(fixture.fact("moves_excluded_total")).isEqualTo(2);
    assertThat(fixture.fact("moves_counted")).isEqualTo(14);
  }

  @Test
  void flowsOfMunicipalities() {
    assertThat(column(fixture, "gemeente", "GM0001", "in_movers"))
        .containsExactly(1L, 0L, 0L, 0L, 1L, 0L, 1L);
    assertThat(column(fixture, "gemeente", "GM0001", "out_movers"))
        .containsExactly(2L, 2L, 1L, 0L, 4L, 1L, 5L);
    assertThat(column(fixture, "gemeente", "GM0001", "net"))
        .containsExactly(-1L, -2L, -1L, 0L, -3L, -1L, -4L);
    assertThat(column(fixture, "gemeente", "GM0002", "net"))
        .containsExactly(1L, 2L, -1L, -1L, 3L, -2L, 1L);
    assertThat(column(fixture, "gemeente", "GM0003", "in_movers"))
        .containsExactly(1L, 0L, 3L, 1L, 1L, 4L, 5L);
    assertThat(column(fixture, "gemeente", "GM0003", "out_movers"))
        .containsExactly(0L, 0L, 1L, 1L, 0L, 2L, 2L);
  }

  @Test
  void movesInsideAUnitDoNotCountForIt() {
    assertThat(fixture.flow("region", "R1", "total", "in_movers")).isEqualTo(2);
    assertThat(fixture.flow("region", "R1", "total", "out_movers")).isEqualTo(5);
    assertThat(fixture.flow("region", "R2", "total", "net")).isEqualTo(3);
    assertThat(fixture.flow("area_type", "krimp", "total", "in_movers")).isEqualTo(4);
    assertThat(fixture.flow("area_type", "krimp", "total", "out_movers")).isEqualTo(5);
    assertThat(fixture.flow("province", "Fryslân", "total", "net")).isEqualTo(1);
    assertThat(column(fixture, "study", "study", "net"))
        .containsExactly(1L, 0L, 0L, -1L, 1L, -1L, 0L);
  }

  @Test
  void twoAddressesInOneBuurtAreInsideEveryUnit() {
    assertThat(fixture.flow("urbanity", "krimp|1", "total", "out_movers"))
        .as("m02, m03; not m09")
        .isEqualTo(2);
    assertThat(fixture.flow("urbanity", "krimp|1", "total", "in_movers")).isZero();
  }

  @Test
  void urbanityFlowsAcrossBuurtenOfOneMunicipality() {
    assertThat(fixture.flow("urbanity", "krimp|2", "total", "net")).isEqualTo(1);
    assertThat(fixture.flow("urbanity", "krimp|3", "total", "in_movers")).isEqualTo(3);
    assertThat(fixture.flow("urbanity", "krimp|5", "total", "net")).isEqualTo(-2);
    assertThat(fixture.flow("urbanity", "anticipeer|3", "total", "net")).isEqualTo(1);
    assertThat(fixture.flow("urbanity", "anticipeer|4", "total", "net")).isZero();
  }

  @Test
  void overlayCrossingMunicipalBorders() {
    assertThat(column(fixture, "veen", "veen", "in_movers"))
        .containsExactly(1L, 0L, 1L, 1L, 1L, 2L, 3L);
    assertThat(column(fixture, "veen", "veen", "out_movers"))
        .containsExactly(1L, 1L, 2L, 0L, 2L, 2L, 4L);
    assertThat(fixture.od("veen", "rest", "veen", "total")).isEqualTo(3);
    assertThat(fixture.od("veen", "veen", "rest", "total")).isEqualTo(4);
  }

  @Test
  void originDestinationPairsIncludeRest() {
    assertThat(fixture.od("gemeente", "GM0001", "GM0002", "101_150")).isEqualTo(2);
    assertThat(fixture.od("gemeente", "GM0001", "GM0002", "lower")).isEqualTo(3);
    assertThat(fixture.od("gemeente", "GM0001", "GM0003", "total")).isEqualTo(2);
    assertThat(fixture.od("gemeente", "GM0002", "GM0003", "ge150")).isEqualTo(2);
    assertThat(fixture.od("gemeente", "GM0003", "GM0002", "total")).isEqualTo(1);
    assertThat(fixture.od("gemeente", "rest", "GM0001", "lt101")).isEqualTo(1);
    assertThat(fixture.od("gemeente", "GM0003", "rest", "student")).isEqualTo(1);
    assertThat(fixture.od("gemeente", "rest", "rest", "total")).as("m17 stays in rest").isZero();
    assertThat(fixture.units("gemeente")).doesNotContain("rest");
  }

  @Test
  void restOnlyInOdAndOdSortedWithRestLast() {
    assertThat(fixture.table(Mart.MIGRATION).rows()).noneMatch(row -> row.contains("rest"));
    assertThat(fixture.table(Mart.STOCKS).rows()).noneMatch(row -> row.contains("rest"));
    List<String> pairs =
        fixture.table(Mart.OD).rows().stream()
            .filter(row -> row.get(0).equals("gemeente"))
            .map(row -> row.get(1) + ">" + row.get(2) + ":" + row.get(3))
            .toList();
    assertThat(pairs.stream().map(pair -> pair.substring(0, pair.indexOf(':'))).distinct())
        .containsExactly(
            "GM0001>GM0002",
            "GM0001>GM0003",
            "GM0002>GM0003",
            "GM0003>GM0002",
            "GM0003>rest",
            "rest>GM0001");
    assertThat(pairs.subList(0, 7).stream().map(pair -> pair.substring(pair.indexOf(':') + 1)))
        .containsExactlyElementsOf(MOVER_GROUPS);
  }

  @Test
  void gapWindowAndMoveYearOffsetAreSettings() {
    MethodFixture changed = MethodFixture.run("moves/settings");

    assertThat(changed.fact("moves_found")).isEqualTo(17);
    assertThat(changed.fact("moves_counted")).isEqualTo(4);
    assertThat(changed.fact("moves_excluded_other_group")).isEqualTo(13);
    assertThat(column(changed, "gemeente", "GM0001", "out_movers"))
        .containsExactly(2L, 0L, 1L, 0L, 2L, 1L, 3L);
    assertThat(column(changed, "gemeente", "GM0002", "net"))
        .containsExactly(0L, 0L, 1L, 0L, 0L, 1L, 1L);
    assertThat(column(changed, "gemeente", "GM0003", "in_movers"))
        .containsExactly(2L, 0L, 0L, 0L, 2L, 0L, 2L);
  }

  private static List<Long> column(
      MethodFixture fixture, String layer, String unit, String column) {
    return MOVER_GROUPS.stream().map(group -> fixture.flow(layer, unit, group, column)).toList();
  }
}
