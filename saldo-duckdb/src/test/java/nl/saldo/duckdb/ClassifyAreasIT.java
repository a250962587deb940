package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import nl.saldo.core.pipeline.Mart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * METHOD.md §2 and §9: layers, urbanity classes with inclusive lower bounds, overlays, which units
 * get rows and their names. Fixtures {@code stocks} and {@code stocks/urbanity_bounds}; see
 * GEOGRAPHY.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one run of the fixture for all tests
class ClassifyAreasIT {
  private final MethodFixture fixture = MethodFixture.run("stocks");

  @Test
  void unitsOfEveryLayerSortedByCodeWithoutRestOrEmptyMunicipalities() {
    assertThat(fixture.units("gemeente")).containsExactly("GM0001", "GM0002", "GM0003");
    assertThat(fixture.units("region")).containsExactly("R1", "R2");
    assertThat(fixture.units("area_type")).containsExactly("anticipeer", "krimp");
    assertThat(fixture.units("province")).containsExactly("Fryslân", "Groningen");
    assertThat(fixture.units("study")).containsExactly("study");
    assertThat(fixture.units("veen")).containsExactly("veen");
  }

  @Test
  void urbanityBoundsAreInclusiveBelow() {
    assertThat(fixture.units("urbanity"))
        .containsExactly(
            "anticipeer|1",
            "anticipeer|3",
            "anticipeer|4",
            "krimp|1",
            "krimp|2",
            "krimp|3",
            "krimp|4",
            "krimp|5");
    assertThat(fixture.stock("urbanity", "krimp|1", "total", "pop_start"))
        .as("oad 2500")
        .isEqualTo(1);
    assertThat(fixture.stock("urbanity", "krimp|2", "total", "pop_start"))
        .as("oad 1500")
        .isEqualTo(1);
    assertThat(fixture.stock("urbanity", "krimp|3", "total", "pop_start"))
        .as("oad 1499.9")
        .isEqualTo(1);
    assertThat(fixture.stock("urbanity", "anticipeer|3", "total", "pop_start"))
        .as("oad 1000")
        .isEqualTo(1);
    assertThat(fixture.stock("urbanity", "anticipeer|4", "total", "pop_start"))
        .as("oad 500")
        .isEqualTo(2);
    assertThat(fixture.stock("urbanity", "krimp|5", "total", "pop_start"))
        .as("oad 499")
        .isEqualTo(2);
  }

  @Test
  void unitsWithoutAnybodyStillGetEveryRow() {
    for (String group :
        new String[] {
          "lt101", "101_150", "ge150", "student", "other", "lower", "higher_incl_students", "total"
        }) {
      assertThat(fixture.stock("urbanity", "anticipeer|1", group, "pop_start")).isZero();
      assertThat(fixture.stock("urbanity", "krimp|4", group, "pop_end")).isZero();
      assertThat(fixture.stock("urbanity", "krimp|4", group, "change")).isZero();
    }
    for (String group :
        new String[] {
          "lt101", "101_150", "ge150", "student", "lower", "higher_incl_students", "total"
        }) {
      assertThat(fixture.flow("urbanity", "anticipeer|1", group, "net")).isZero();
    }
  }

  @Test
  void unitNamesFollowTheLayer() {
    assertThat(fixture.value(Mart.STOCKS, "gemeente", "GM0002", "total", "unit_name"))
        .isEqualTo("Beekdorp");
    assertThat(fixture.value(Mart.STOCKS, "region", "R2", "total", "unit_name")).isEqualTo("R2");
    assertThat(fixture.value(Mart.STOCKS, "province", "Fryslân", "total", "unit_name"))
        .isEqualTo("Fryslân");
    assertThat(fixture.value(Mart.STOCKS, "urbanity", "krimp|5", "total", "unit_name"))
        .isEqualTo("krimp niet stedelijk");
    assertThat(fixture.value(Mart.STOCKS, "urbanity", "anticipeer|1", "total", "unit_name"))
        .isEqualTo("anticipeer zeer sterk stedelijk");
    assertThat(fixture.value(Mart.MIGRATION, "veen", "veen", "total", "unit_name"))
        .isEqualTo("veen");
  }

  @Test
  void overlayCrossesMunicipalBordersAndKeepsOutsideBuurtenRest() {
    assertThat(fixture.stock("veen", "veen", "total", "pop_start"))
        .as("s01, s04 in GM0001 + s10 in GM0003; not s09")
        .isEqualTo(3);
    assertThat(fixture.stock("veen", "veen", "other", "pop_start")).isEqualTo(1);
  }

  @Test
  void layersAreASettingAndOverlaysAreAlwaysAdded() {
    MethodFixture chosen = MethodFixture.run("stocks/layers");

    assertThat(chosen.table(Mart.STOCKS).rows().stream().map(row -> row.get(0)).distinct())
        .containsExactly("gemeente", "study", "veen");
    assertThat(chosen.stock("study", "study", "total", "pop_start")).isEqualTo(8);
    assertThat(chosen.stock("veen", "veen", "total", "pop_end")).isEqualTo(3);
  }

  @Test
  void urbanityBoundsAreSettings() {
    MethodFixture moved = MethodFixture.run("stocks/urbanity_bounds");

    assertThat(moved.units("urbanity"))
        .containsExactly(
            "anticipeer|2", "anticipeer|3", "anticipeer|4", "krimp|2", "krimp|3", "krimp|4");
    assertThat(moved.stock("urbanity", "krimp|2", "total", "pop_start")).isEqualTo(1);
    assertThat(moved.stock("urbanity", "krimp|3", "total", "pop_start")).isEqualTo(2);
    assertThat(moved.stock("urbanity", "krimp|4", "total", "pop_start")).isEqualTo(2);
    assertThat(moved.stock("urbanity", "anticipeer|2", "total", "pop_start")).isZero();
  }
}
