package nl.saldo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;
import org.junit.jupiter.api.Test;

/** The summary's line per area type: the change of lower incomes and its largest component. */
class ComponentsSummaryTest {

  private static List<Object> row(String layer, String unit, String group, long... counts) {
    List<Object> row = new ArrayList<>(List.of(layer, unit, unit, group));
    for (long count : counts) {
      row.add(count);
    }
    return row;
  }

  @Test
  void oneLinePerAreaTypeNamingTheLargestComponentWithItsSign() {
    Table components =
        new Table(
            "components",
            Mart.COMPONENTS.columns(),
            List.of(
                row("gemeente", "GM0001", "lower", 10, 20, 10, 90, 0, 0, 0, 0, 0, 0),
                row(
                    "area_type",
                    "krimp",
                    "lower",
                    12990,
                    12180,
                    -820,
                    1550,
                    2390,
                    430,
                    1330,
                    1300,
                    2240,
                    2670),
                row("area_type", "krimp", "total", 1, 1, 0, 0, 0, 0, 0, 0, 0, 0),
                row("area_type", "overig", "lower", 100, 100, 0, 0, 0, 0, 0, 0, 0, 0)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ComponentsSummary.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), components);
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "",
            "Components of the change of lower incomes (components.csv)",
            "  krimp: change -820; largest component stayers whose income position changed out of"
                + " it (-2,670).",
            "  overig: change +0; no component above zero.");
  }

  @Test
  void inDutchWithDutchWordsAndNumbers() {
    Table components =
        new Table(
            "components",
            Mart.COMPONENTS.columns(),
            List.of(
                row(
                    "area_type",
                    "krimp",
                    "lower",
                    12990,
                    12180,
                    -820,
                    1550,
                    2390,
                    430,
                    1330,
                    1300,
                    2240,
                    2670)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ComponentsSummary.print(
        new PrintStream(bytes, true, StandardCharsets.UTF_8),
        components,
        unit -> unit.equals("krimp") ? "Krimpgebieden" : unit,
        "nl");
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "",
            "Componenten van de verandering van lagere inkomens (components.csv)",
            "  Krimpgebieden: verandering -820; grootste component blijvers van wie de"
                + " inkomenspositie de groep uit veranderde (-2.670).");
  }

  @Test
  void nothingWhenTheAnalysisIsSwitchedOff() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ComponentsSummary.print(
        new PrintStream(bytes, true, StandardCharsets.UTF_8),
        new Table("components", Mart.COMPONENTS.columns(), List.of()));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
