package nl.saldo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** components.csv and segregation.csv are optional in a run directory, and checked when there. */
class AnalysisTablesTest {
  @TempDir Path dir;

  @Test
  void anOlderRunWithoutTheTablesHasNone() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    Files.delete(run.resolve("components.csv"));
    Files.delete(run.resolve("segregation.csv"));
    AnalysisTables tables = AnalysisTables.read(run);
    assertThat(tables.components()).isEmpty();
    assertThat(tables.segregation()).isEmpty();
    assertThat(
            HtmlReport.json(
                ReportData.of(RunTables.read(run), new ReportOptions("en", null, false))))
        .contains("\"components\":[]", "\"segregation\":[]");
  }

  @Test
  void rowsOfTheSmallRun() {
    AnalysisTables tables = AnalysisTables.read(RunDirs.small());
    AnalysisTables.ComponentRow krimp =
        tables.components().stream()
            .filter(r -> r.layer().equals("area_type") && r.unit().equals("krimp"))
            .filter(r -> r.group().equals("lower"))
            .findFirst()
            .orElseThrow();
    assertThat(krimp.count("change")).isEqualTo(-450);
    assertThat(krimp.count("stayers_out_of_group")).isEqualTo(680);
    assertThat(tables.segregation().get(0).value()).isEqualByComparingTo("0.21");
    assertThat(
            tables.segregation().stream()
                .filter(r -> r.within().equals("area_type=krimp") && r.layer().equals("gemeente"))
                .map(AnalysisTables.SegregationRow::value))
        .as("left empty: too few units")
        .containsOnlyNulls();
  }

  @Test
  void aValueThatIsNoNumberNamesItsRow() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("bad"));
    Files.writeString(
        run.resolve("segregation.csv"),
        "layer,within,split,index,moment,value\nbuurt,study,lower_vs_higher,D,start,x\n");
    assertThatThrownBy(() -> AnalysisTables.read(run))
        .hasMessage(
            "segregation.csv row 2: column value is 'x', expected a number with '.' as decimal point, or empty");
  }
}
