package nl.saldo.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareReportTest {
  @TempDir Path run;

  @Test
  void putsTheRunsValueBesideTheReportsAndJudgesIt() throws IOException {
    Files.writeString(
        run.resolve("stocks.csv"),
        String.join(
            "\n",
            "layer,unit,unit_name,group,pop_start,pop_end,change,change_pct_per_year,share_start_pct,share_end_pct,share_change_pp",
            "region,MEDAL regio,MEDAL regio,total,75720,72280,-3440,-0.76,100.00,100.00,0.00",
            "region,MEDAL regio,MEDAL regio,ge150,55000,52000,-3000,-0.91,72.64,71.94,-0.70",
            ""));
    Files.writeString(
        run.resolve("migration.csv"),
        String.join(
            "\n",
            "layer,unit,unit_name,group,in_movers,out_movers,net,net_pct_per_year,net_share_of_change_pct,effect",
            "region,MEDAL regio,MEDAL regio,total,9700,11800,-2100,-0.46,61.05,versterkend",
            "region,MEDAL regio,MEDAL regio,ge150,6100,6700,600,0.18,,dempend",
            ""));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    int[] result =
        CompareReport.compare(run, new PrintStream(printed, true, StandardCharsets.UTF_8));

    List<String> csv = Files.readAllLines(run.resolve("compare-report.csv"));
    assertThat(csv.get(0))
        .isEqualTo(
            "area,layer,unit,measure,group,report,saldo,difference,tolerance,within_tolerance,quote_line");
    assertThat(csv)
        .contains(
            "MEDAL regio,region,MEDAL regio,population_2011,total,75719,75720,1,1514.38,yes,972");
    assertThat(csv).contains("MEDAL regio,region,MEDAL regio,net,ge150,-560,600,1160,1077,no,1005");
    assertThat(csv)
        .anyMatch(
            line -> line.startsWith("Gemeente Assen,region,Gemeente Assen,net,student,-1910,,,"));
    assertThat(result[1]).isLessThan(csv.size() - 1);
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("figures within tolerance");
  }

  @Test
  void namesTheMissingTable() {
    assertThatThrownBy(() -> CompareReport.compare(run, System.out))
        .hasMessageContaining(
            "stocks.csv: missing; --run must be the output directory of 'saldo run'");
  }
}
