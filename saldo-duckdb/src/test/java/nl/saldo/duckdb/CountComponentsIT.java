package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * METHOD.md §12: the components of change per unit and group, person-based from the two stock
 * dates. Fixture {@code components}; every number below is worked out in its STORY.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one run of the fixture for all tests
class CountComponentsIT {
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
  private final MethodFixture fixture = MethodFixture.run("components");

  /**
   * pop_start, pop_end, change, moved_in, moved_out, born, arrived, left, stayers_into_group,
   * stayers_out_of_group.
   */
  private List<Long> counts(String layer, String unit, String group) {
    Table table = fixture.table(Mart.COMPONENTS);
    return table.rows().stream()
        .filter(r -> r.get(0).equals(layer) && r.get(1).equals(unit) && r.get(3).equals(group))
        .findFirst()
        .map(r -> r.subList(4, 14).stream().map(v -> ((Number) v).longValue()).toList())
        .orElseThrow(() -> new AssertionError("no row " + layer + "/" + unit + "/" + group));
  }

  private static List<Long> row(long... values) {
    return java.util.Arrays.stream(values).boxed().toList();
  }

  @Test
  void columnsAsMethodSection12() {
    assertThat(fixture.table(Mart.COMPONENTS).columns())
        .containsExactly(
            "layer",
            "unit",
            "unit_name",
            "group",
            "pop_start",
            "pop_end",
            "change",
            "moved_in",
            "moved_out",
            "born",
            "arrived",
            "left",
            "stayers_into_group",
            "stayers_out_of_group");
  }

  @Test
  void aadorpStayersChangeGroupOneMovesOutOneInOneReturnsFromAbroad() {
    assertThat(counts("gemeente", "GM0001", "lt101")).isEqualTo(row(1, 1, 0, 0, 0, 0, 0, 0, 1, 1));
    assertThat(counts("gemeente", "GM0001", "101_150"))
        .isEqualTo(row(0, 1, 1, 0, 0, 0, 0, 0, 1, 0));
    assertThat(counts("gemeente", "GM0001", "ge150")).isEqualTo(row(1, 1, 0, 0, 0, 0, 1, 0, 0, 1));
    assertThat(counts("gemeente", "GM0001", "student"))
        .isEqualTo(row(1, 0, -1, 0, 1, 0, 0, 0, 0, 0));
    assertThat(counts("gemeente", "GM0001", "other")).isEqualTo(row(0, 1, 1, 1, 0, 0, 0, 0, 0, 0));
    assertThat(counts("gemeente", "GM0001", "lower"))
        .as("c02 lt101 -> 101_150 stays lower: no component")
        .isEqualTo(row(1, 2, 1, 0, 0, 0, 0, 0, 1, 0));
    assertThat(counts("gemeente", "GM0001", "higher_incl_students"))
        .isEqualTo(row(2, 1, -1, 0, 1, 0, 1, 0, 0, 1));
    assertThat(counts("gemeente", "GM0001", "total")).isEqualTo(row(3, 4, 1, 1, 1, 0, 1, 0, 0, 0));
  }

  @Test
  void beekdorpBirthArrivalBornOnTheStartDateAndADeparture() {
    assertThat(counts("gemeente", "GM0002", "lt101"))
        .as("c15 was in rest at the start: moved in, not arrived")
        .isEqualTo(row(1, 1, 0, 1, 0, 0, 0, 1, 0, 0));
    assertThat(counts("gemeente", "GM0002", "101_150"))
        .isEqualTo(row(0, 1, 1, 0, 0, 1, 0, 0, 0, 0));
    assertThat(counts("gemeente", "GM0002", "ge150"))
        .as("c12 born on the start date is not born after it: arrived")
        .isEqualTo(row(2, 2, 0, 0, 1, 0, 1, 0, 0, 0));
    assertThat(counts("gemeente", "GM0002", "total")).isEqualTo(row(3, 4, 1, 1, 1, 1, 1, 1, 0, 0));
  }

  @Test
  void cestadZeroLengthSpellsAndAMoverOutAndBack() {
    assertThat(counts("gemeente", "GM0003", "lt101"))
        .as(
            "c11 arrives (zero-length spell on the start date), c16 leaves (zero-length on the end)")
        .isEqualTo(row(1, 2, 1, 0, 0, 0, 2, 1, 0, 0));
    assertThat(counts("gemeente", "GM0003", "101_150"))
        .as("c08 out and back: no component; c13 to other")
        .isEqualTo(row(2, 1, -1, 0, 0, 0, 0, 0, 0, 1));
    assertThat(counts("gemeente", "GM0003", "other")).isEqualTo(row(0, 1, 1, 0, 0, 0, 0, 0, 1, 0));
    assertThat(counts("gemeente", "GM0003", "lower")).isEqualTo(row(3, 3, 0, 0, 0, 0, 2, 1, 0, 1));
    assertThat(counts("gemeente", "GM0003", "total")).isEqualTo(row(3, 5, 2, 1, 0, 0, 2, 1, 0, 0));
    assertThat(fixture.flow("gemeente", "GM0003", "101_150", "in_movers"))
        .as("migration.csv counts c08's two moves")
        .isEqualTo(1);
    assertThat(fixture.flow("gemeente", "GM0003", "101_150", "out_movers")).isEqualTo(1);
  }

  @Test
  void coarserLayersAndInsideMoves() {
    assertThat(counts("study", "study", "total"))
        .as("c07 moves inside the study area")
        .isEqualTo(row(9, 13, 4, 2, 1, 1, 4, 2, 0, 0));
    assertThat(counts("study", "study", "lower")).isEqualTo(row(5, 7, 2, 1, 0, 1, 2, 2, 1, 1));
    assertThat(counts("region", "R1", "total")).isEqualTo(row(6, 8, 2, 2, 2, 1, 2, 1, 0, 0));
    assertThat(counts("area_type", "krimp", "total")).isEqualTo(row(6, 9, 3, 2, 1, 0, 3, 1, 0, 0));
    assertThat(counts("urbanity", "krimp|2", "101_150"))
        .as("c08 leaves BU00030001 for BU00030003")
        .isEqualTo(row(1, 0, -1, 0, 1, 0, 0, 0, 0, 0));
    assertThat(counts("urbanity", "krimp|4", "101_150"))
        .isEqualTo(row(1, 1, 0, 1, 0, 0, 0, 0, 0, 1));
  }

  @Test
  void rowsAsStocksAndTheIdentityOnEveryRow() {
    Table components = fixture.table(Mart.COMPONENTS);
    Table stocks = fixture.table(Mart.STOCKS);
    assertThat(components.rows()).hasSameSizeAs(stocks.rows());
    for (int i = 0; i < stocks.rows().size(); i++) {
      List<Object> c = components.rows().get(i);
      List<Object> s = stocks.rows().get(i);
      assertThat(c.subList(0, 7)).isEqualTo(s.subList(0, 7));
      List<Long> n = c.subList(4, 14).stream().map(v -> ((Number) v).longValue()).toList();
      assertThat(n.get(2))
          .isEqualTo(n.get(3) - n.get(4) + n.get(5) + n.get(6) - n.get(7) + n.get(8) - n.get(9));
    }
    assertThat(
            components.rows().stream()
                .filter(r -> r.get(1).equals("GM0002"))
                .map(r -> (String) r.get(3)))
        .containsExactlyElementsOf(GROUPS);
  }

  @Test
  void roundedIndependentlyLikeEveryCount() {
    MethodFixture rounded = MethodFixture.run("components", true);
    Table table = rounded.table(Mart.COMPONENTS);
    List<Object> krimp =
        table.rows().stream()
            .filter(r -> r.get(1).equals("krimp") && r.get(3).equals("total"))
            .findFirst()
            .orElseThrow();
    assertThat(krimp.subList(4, 14).stream().map(v -> ((Number) v).longValue()))
        .as("6, 9, 3, 2, 1, 0, 3, 1, 0, 0 rounded to 10 each")
        .containsExactly(10L, 10L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
  }

  @Test
  void switchedOffInTheStudyFile() {
    MethodFixture off = MethodFixture.run("components/analyses_off");
    assertThat(off.table(Mart.COMPONENTS).rows()).isEmpty();
    assertThat(off.table(Mart.SEGREGATION).rows()).isNotEmpty();
    assertThat(off.table(Mart.STOCKS).rows()).isEqualTo(fixture.table(Mart.STOCKS).rows());
  }
}
