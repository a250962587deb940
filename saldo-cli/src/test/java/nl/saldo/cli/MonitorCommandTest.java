package nl.saldo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code saldo monitor} on the example dataset: every window's tables are exactly those of a
 * separate {@code saldo run} with that window (stock years following it), rounded and unrounded;
 * trend.csv is the windows' migration tables side by side; the inputs are loaded once.
 */
class MonitorCommandTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "small");
  private static final List<String> WINDOWS = List.of("2011-2016", "2012-2017");
  private static final List<String> TABLES =
      List.of("stocks.csv", "migration.csv", "od.csv", "sequences.csv", "profiles.csv");

  @TempDir static Path shared;

  static RunCommandTest.Result monitor(Path out, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "monitor",
                "--data",
                EXAMPLE.resolve("data").toString(),
                "--areas",
                EXAMPLE.resolve("areas").toString(),
                "--out",
                out.toString(),
                "--lang",
                "en"));
    args.addAll(List.of(more));
    return RunCommandTest.saldo(args.toArray(String[]::new));
  }

  static RunCommandTest.Result run(Path out, String window, boolean unsafe) throws IOException {
    int first = Integer.parseInt(window.substring(0, 4));
    int last = Integer.parseInt(window.substring(5));
    Path study = shared.resolve("study-" + window + ".yaml");
    Files.writeString(
        study,
        "name: noord-nederland-2018\n"
            + "stock_years: ["
            + first
            + ", "
            + (last + 1)
            + "]\n"
            + "move_window: {start: "
            + first
            + "-01-01, end: "
            + last
            + "-12-31}\n");
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "run",
                "--data",
                EXAMPLE.resolve("data").toString(),
                "--areas",
                EXAMPLE.resolve("areas").toString(),
                "--out",
                out.toString(),
                "--study",
                study.toString(),
                "--lang",
                "en"));
    if (unsafe) {
      args.add("--unsafe-unrounded");
    }
    return RunCommandTest.saldo(args.toArray(String[]::new));
  }

  private static Path rounded;
  private static Path unrounded;

  @BeforeAll
  static void monitorTheExample() {
    rounded = shared.resolve("monitor");
    RunCommandTest.Result result = monitor(rounded, "--windows", String.join(",", WINDOWS));
    assertThat(result.exitCode()).as(result.err()).isZero();
    unrounded = shared.resolve("monitor-unrounded");
    result = monitor(unrounded, "--windows", String.join(",", WINDOWS), "--unsafe-unrounded");
    assertThat(result.exitCode()).as(result.err()).isZero();
  }

  @Test
  void everyWindowEqualsASeparateRunWithThatWindow() throws IOException {
    for (boolean unsafe : new boolean[] {false, true}) {
      for (String window : WINDOWS) {
        Path separate = shared.resolve("run-" + window + (unsafe ? "-unrounded" : ""));
        RunCommandTest.Result result = run(separate, window, unsafe);
        assertThat(result.exitCode()).as(result.err()).isZero();
        Path monitored = (unsafe ? unrounded : rounded).resolve("windows").resolve(window);
        for (String table : TABLES) {
          assertThat(monitored.resolve(table))
              .as(window + " " + table + (unsafe ? " unrounded" : ""))
              .hasSameTextualContentAs(separate.resolve(table));
        }
        JsonNode fromMonitor =
            new ObjectMapper().readTree(monitored.resolve("manifest.json").toFile());
        JsonNode fromRun = new ObjectMapper().readTree(separate.resolve("manifest.json").toFile());
        assertThat(fromMonitor.at("/moves")).isEqualTo(fromRun.at("/moves"));
        assertThat(fromMonitor.at("/study/stock_years"))
            .isEqualTo(fromRun.at("/study/stock_years"));
      }
    }
  }

  @Test
  void theWindowsDiffer() throws IOException {
    // Guards the test above: when the window had no effect, equal tables would prove nothing.
    assertThat(Files.readString(rounded.resolve("windows/2011-2016/migration.csv")))
        .isNotEqualTo(Files.readString(rounded.resolve("windows/2012-2017/migration.csv")));
    assertThat(Files.readString(unrounded.resolve("windows/2011-2016/stocks.csv")))
        .isNotEqualTo(Files.readString(unrounded.resolve("windows/2012-2017/stocks.csv")));
  }

  @Test
  void theTrendIsTheWindowsMigrationTablesSideBySide() throws IOException {
    List<String> trend = Files.readAllLines(rounded.resolve("trend.csv"));
    assertThat(trend.get(0))
        .isEqualTo(
            "window_start,window_end,layer,unit,unit_name,group,in_movers,out_movers,net,"
                + "net_pct_per_year");
    int row = 1;
    for (String window : WINDOWS) {
      String prefix = window.substring(0, 4) + "-01-01," + window.substring(5) + "-12-31,";
      List<String> migration =
          Files.readAllLines(rounded.resolve("windows").resolve(window).resolve("migration.csv"));
      for (String line : migration.subList(1, migration.size())) {
        assertThat(trend.get(row)).as("trend row " + row).isEqualTo(prefix + firstFields(line, 8));
        row++;
      }
    }
    assertThat(row).isEqualTo(trend.size());
  }

  /** The first {@code n} fields of a CSV line as written, commas inside quotes kept. */
  private static String firstFields(String line, int n) {
    boolean quoted = false;
    int fields = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted && ++fields == n) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  @Test
  void theInputsAreLoadedOnceAndTheReportHasATrendChartPerUnit() throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(rounded.resolve("manifest.json").toFile());
    assertThat(manifest.at("/monitor/loads").asInt()).isEqualTo(1);
    assertThat(manifest.at("/monitor/windows")).hasSize(2);
    assertThat(manifest.at("/monitor/windows/1/stock_years").toString()).isEqualTo("[2012,2018]");
    String html = Files.readString(rounded.resolve("monitor.html"));
    assertThat(html)
        .contains("id=\"trend-area_type-krimp\"", "id=\"trend-study-study\"", "2011–2016", "<svg");
    assertThat(Files.readString(rounded.resolve("windows/2012-2017/report.html")))
        .contains("id=\"sequences\"", "id=\"stepwise-answer\"", "id=\"attractive-places\"");
    assertThat(Files.exists(rounded.resolve(RunJob.UNSAFE_MARKER))).isFalse();
    assertThat(unrounded.resolve(RunJob.UNSAFE_MARKER)).exists();
    assertThat(unrounded.resolve("windows/2011-2016").resolve(RunJob.UNSAFE_MARKER)).exists();
  }

  @Test
  void slidingWindowsAndBadWindowsAreChecked() {
    Path out = shared.resolve("sliding");
    RunCommandTest.Result bad = monitor(out, "--windows", "2016-2011");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("2016-2011");
    RunCommandTest.Result none =
        monitor(out, "--window-length", "6", "--from", "2011", "--to", "2015");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("holds no window of 6 years");
    assertThat(nl.saldo.core.monitor.MoveWindow.sliding(6, 2011, 2018))
        .extracting(nl.saldo.core.monitor.MoveWindow::label)
        .containsExactly("2011-2016", "2012-2017", "2013-2018");
  }
}
