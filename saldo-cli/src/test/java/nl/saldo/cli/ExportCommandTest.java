package nl.saldo.cli;

import static nl.saldo.cli.RunCommandTest.saldo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.saldo.core.pipeline.Mart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code saldo export}: a default run of the example and a demo-like synthetic run export with
 * every check green; an unsafe run, a run with exact percentages and hand-edited tables (an
 * unrounded count, a percentage not from the published counts, an audit file) are refused and
 * nothing is written.
 */
class ExportCommandTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "small");

  @TempDir static Path shared;
  private static Path run;

  @BeforeAll
  static void runTheExample() {
    run = shared.resolve("run");
    RunCommandTest.Result result = saldo(runArgs(run));
    assertThat(result.exitCode()).as(result.err()).isZero();
  }

  private static String[] runArgs(Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--data",
                EXAMPLE.resolve("data").toString(),
                "--areas",
                EXAMPLE.resolve("areas").toString(),
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void theExampleExportsWithEveryCheckGreen() throws IOException {
    Path bundle = shared.resolve("bundle-example");
    RunCommandTest.Result result =
        saldo("export", "--run", run.toString(), "--out", bundle.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("export written to");
    JsonNode checks = new ObjectMapper().readTree(bundle.resolve("checks.json").toFile());
    assertThat(checks.path("ok").asBoolean()).isTrue();
    List<String> names = new ArrayList<>();
    checks
        .path("checks")
        .forEach(
            check -> {
              assertThat(check.path("ok").asBoolean()).as(check.toString()).isTrue();
              names.add(check.path("table").asText() + " " + check.path("check").asText());
            });
    for (Mart mart : Mart.values()) {
      assertThat(names)
          .contains(
              mart.fileName() + " no_identifiers",
              mart.fileName() + " no_unrounded_counts",
              mart.fileName() + " counts_multiple_of_base",
              mart.fileName() + " percentages_recomputable",
              mart.fileName() + " thresholds_met");
    }
    assertThat(names).contains("bundle no_audit", "bundle no_absolute_paths");
    assertThat(files(bundle))
        .contains(
            "stocks.csv",
            "migration.csv",
            "od.csv",
            "manifest.json",
            "report.html",
            "report.xlsx",
            "report.pdf",
            "README.md",
            "checks.json")
        .noneMatch(name -> name.startsWith("audit"));
    assertThat(Files.mismatch(run.resolve("stocks.csv"), bundle.resolve("stocks.csv")))
        .as("tables copied as they are")
        .isEqualTo(-1L);
    String readme = Files.readString(bundle.resolve("README.md"));
    for (Mart mart : Mart.values()) {
      for (String column : mart.columns()) {
        assertThat(readme).contains("| `" + column + "` |");
      }
    }
    assertThat(readme).contains("rounding_base | 10", "Nederlands", "English");
    String manifest = Files.readString(bundle.resolve("manifest.json"));
    assertThat(manifest).doesNotContain(shared.toString()).doesNotContain("timings_ms");
  }

  @Test
  void aDemoLikeSyntheticRunExportsWithEveryCheckGreen() throws IOException {
    Path demo = shared.resolve("demo");
    RunCommandTest.Result made = saldo("demo", "--out", demo.toString(), "--fraction", "0.02");
    assertThat(made.exitCode()).as(made.err()).isZero();
    Path bundle = shared.resolve("bundle-demo");

    RunCommandTest.Result result =
        saldo("export", "--run", demo.resolve("run").toString(), "--out", bundle.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode checks = new ObjectMapper().readTree(bundle.resolve("checks.json").toFile());
    assertThat(checks.path("ok").asBoolean()).isTrue();
    // the demo's areas carry CBS's municipal factors: their fit leaves with the tables
    assertThat(demo.resolve("run").resolve("factors.csv")).exists();
    assertThat(Files.mismatch(demo.resolve("run/factors.csv"), bundle.resolve("factors.csv")))
        .isEqualTo(-1L);
  }

  @Test
  void anUnsafeRunCannotBeExported() {
    Path unsafe = shared.resolve("run-unsafe");
    assertThat(saldo(runArgs(unsafe, "--unsafe-unrounded")).exitCode()).isZero();
    Path bundle = shared.resolve("bundle-unsafe");

    RunCommandTest.Result result =
        saldo("export", "--run", unsafe.toString(), "--out", bundle.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("cannot be exported", "--unsafe-unrounded");
    assertThat(bundle).doesNotExist();
  }

  @Test
  void aRunWithExactPercentagesCannotBeExported() throws IOException {
    Path study = shared.resolve("exact.yaml");
    Files.writeString(study, "disclosure: {percentages: exact}\n");
    Path exact = shared.resolve("run-exact");
    RunCommandTest.Result made = saldo(runArgs(exact, "--study", study.toString()));
    assertThat(made.exitCode()).as(made.err()).isZero();
    assertThat(made.err()).contains("percentages: exact");
    Path bundle = shared.resolve("bundle-exact");

    RunCommandTest.Result result =
        saldo("export", "--run", exact.toString(), "--out", bundle.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("percentages: exact");
    assertThat(bundle).doesNotExist();
  }

  @Test
  void aHandEditedUnroundedCountIsRefused() throws IOException {
    Path edited = copyOfRun("run-edited-count");
    replaceFirstCount(edited.resolve("stocks.csv"), 4, "3");
    Path bundle = shared.resolve("bundle-edited-count");

    RunCommandTest.Result result =
        saldo("export", "--run", edited.toString(), "--out", bundle.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("nothing written", "stocks.csv counts_multiple_of_base", "not a multiple of 10");
    assertThat(bundle).doesNotExist();
    try (Stream<Path> left = Files.list(shared)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("no staging directory left behind")
          .noneMatch(name -> name.startsWith(".saldo-export-"));
    }
  }

  @Test
  void aPercentageNotFromThePublishedCountsIsRefused() throws IOException {
    Path edited = copyOfRun("run-edited-share");
    Path stocks = edited.resolve("stocks.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(stocks));
    String[] cells = lines.get(1).split(",", -1);
    cells[8] = "12.34";
    lines.set(1, String.join(",", cells));
    Files.write(stocks, lines);

    RunCommandTest.Result result =
        saldo("export", "--run", edited.toString(), "--out", shared.resolve("b2").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("stocks.csv percentages_recomputable", "12.34");
  }

  @Test
  void aSuppressedRunExportsAndASuppressedCellCannotBeFilledIn() throws IOException {
    Path study = shared.resolve("min_cell.yaml");
    Files.writeString(study, "disclosure: {min_cell: 10}\n");
    Path suppressed = shared.resolve("run-min-cell");
    RunCommandTest.Result made = saldo(runArgs(suppressed, "--study", study.toString()));
    assertThat(made.exitCode()).as(made.err()).isZero();
    Path bundle = shared.resolve("bundle-min-cell");
    RunCommandTest.Result exported =
        saldo("export", "--run", suppressed.toString(), "--out", bundle.toString());
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    assertThat(bundle.resolve("suppressed.csv")).exists();
    JsonNode checks = new ObjectMapper().readTree(bundle.resolve("checks.json").toFile());
    assertThat(checks.toString()).contains("suppression_kept");

    Path stocks = suppressed.resolve("stocks.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(stocks));
    for (int r = 1; r < lines.size(); r++) {
      String[] cells = lines.get(r).split(",", -1);
      if (cells[4].isEmpty()) {
        cells[4] = "10";
        lines.set(r, String.join(",", cells));
        break;
      }
    }
    Files.write(stocks, lines);
    RunCommandTest.Result refused =
        saldo("export", "--run", suppressed.toString(), "--out", shared.resolve("b3").toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .contains("stocks.csv suppression_kept", "listed in suppressed.csv but published");
  }

  private static Path copyOfRun(String name) throws IOException {
    Path copy = shared.resolve(name);
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(run)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    return copy;
  }

  /** Adds {@code suffix} to the count in column {@code column} of the first data row. */
  private static void replaceFirstCount(Path csv, int column, String suffix) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(csv));
    String[] cells = lines.get(1).split(",", -1);
    cells[column] = Long.toString(Long.parseLong(cells[column]) + Long.parseLong(suffix));
    lines.set(1, String.join(",", cells));
    Files.write(csv, lines);
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.map(file -> dir.relativize(file).toString()).toList();
    }
  }
}
