package nl.saldo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code saldo run} from the command line on the example dataset: exit codes, the summary, the
 * files, golden copies of the three tables, and that failures leave nothing behind. Run with {@code
 * -Dsaldo.golden.update=true} to rewrite the golden files after a deliberate change.
 */
class RunCommandTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "small");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @TempDir static Path shared;
  private static Path run;
  private static Result result;

  record Result(int exitCode, String out, String err) {}

  @BeforeAll
  static void runTheExample() {
    run = shared.resolve("run");
    result =
        saldo(
            "run",
            "--data",
            EXAMPLE.resolve("data").toString(),
            "--areas",
            EXAMPLE.resolve("areas").toString(),
            "--out",
            run.toString(),
            "--lang",
            "en");
  }

  @Test
  void theExampleRunsAndPrintsTheSummary() {
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains(
            "noord-nederland-2018 — domestic moves 2011-01-01 … 2016-12-31, stocks 1 January 2011 and 2017")
        .contains("Counts rounded to multiples of 10 (disclosure control on).")
        .contains("Percentages come from the rounded counts.")
        .contains("krimp", "anticipeer", "provinciehoofdstad", "overig")
        .contains("Net per year: lower incomes")
        .contains("Outputs in " + run.toAbsolutePath().normalize());
  }

  @Test
  void theTablesMatchTheGoldenFiles() throws IOException {
    for (String table : new String[] {"stocks.csv", "migration.csv", "od.csv"}) {
      Path golden = GOLDEN.resolve(table);
      if (Boolean.getBoolean("saldo.golden.update")) {
        Files.copy(run.resolve(table), golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      assertThat(run.resolve(table)).as(table).hasSameTextualContentAs(golden);
    }
  }

  @Test
  void theManifestAccountsForEveryRowRead() throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
    assertThat(manifest.at("/run/disclosure_control").asBoolean()).isTrue();
    assertThat(manifest.at("/study/name").asText()).isEqualTo("noord-nederland-2018");
    assertThat(manifest.at("/inputs")).hasSize(7);
    for (JsonNode input : manifest.at("/inputs")) {
      long dropped = 0;
      for (JsonNode reason : input.at("/rows_dropped")) {
        dropped += reason.asLong();
      }
      assertThat(input.at("/rows_used").asLong() + dropped)
          .as(input.at("/file").asText())
          .isEqualTo(input.at("/rows_read").asLong());
      assertThat(input.has("path")).as("no absolute paths leave the environment").isFalse();
    }
    JsonNode moves = manifest.at("/moves");
    assertThat(moves.at("/counted").asLong() + moves.at("/excluded/total").asLong())
        .isEqualTo(moves.at("/found").asLong());
    assertThat(manifest.at("/outputs").toString())
        .contains("stocks.csv", "migration.csv", "od.csv", "report.html", "report.xlsx");
  }

  @Test
  void everyCountIsAMultipleOfTen() throws IOException {
    try (Stream<String> lines = Files.lines(run.resolve("migration.csv"))) {
      lines
          .skip(1)
          .map(line -> line.split(",", -1))
          .forEach(
              cells -> {
                for (int i = 4; i <= 6; i++) {
                  assertThat(Long.parseLong(cells[i]) % 10).as(String.join(",", cells)).isZero();
                }
              });
    }
  }

  @Test
  void aNonEmptyOutputDirectoryIsRefused() {
    Result again =
        saldo(
            "run",
            "--data",
            EXAMPLE.resolve("data").toString(),
            "--areas",
            EXAMPLE.resolve("areas").toString(),
            "--out",
            run.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err())
        .contains(
            "saldo: error: --out "
                + run
                + " exists and is not empty; choose another "
                + "directory or add --overwrite");
  }

  @Test
  void invalidInputStopsWithExitCodeTwoAndWritesNothing(@TempDir Path dir) throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    for (String table : new String[] {"persons", "addresses", "incomes"}) {
      Files.copy(EXAMPLE.resolve("data").resolve(table + ".csv"), data.resolve(table + ".csv"));
    }
    Files.writeString(
        data.resolve("residences.csv"),
        "person_id,address_id,start_date,end_date\nP0001,A00002,2012-31-01,\n");
    Path out = dir.resolve("out");
    Result invalid =
        saldo(
            "run",
            "--data",
            data.toString(),
            "--areas",
            EXAMPLE.resolve("areas").toString(),
            "--out",
            out.toString());
    assertThat(invalid.exitCode()).isEqualTo(2);
    assertThat(invalid.err())
        .contains("residences.csv row 1, column start_date: \"2012-31-01\" is not a date");
    assertThat(out).doesNotExist();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(data);
    }
  }

  @Test
  void unsafeUnroundedIsMarkedEverywhere(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("unsafe");
    Result unsafe =
        saldo(
            "run",
            "--data",
            EXAMPLE.resolve("data").toString(),
            "--areas",
            EXAMPLE.resolve("areas").toString(),
            "--out",
            out.toString(),
            "--unsafe-unrounded");
    assertThat(unsafe.exitCode()).isZero();
    assertThat(unsafe.err()).contains("WARNING: --unsafe-unrounded");
    assertThat(out.resolve("UNSAFE_UNROUNDED.txt")).exists();
    assertThat(
            new ObjectMapper()
                .readTree(out.resolve("manifest.json").toFile())
                .at("/run/unsafe_unrounded")
                .asBoolean())
        .isTrue();
    assertThat(unsafe.out()).contains("UNSAFE: counts are NOT rounded");
  }

  @Test
  void helpExplainsEveryOptionWithItsDefault() {
    Result help = saldo("run", "--help");
    assertThat(help.out())
        .contains(
            "--data=DIR",
            "--areas=DIR",
            "--out=DIR",
            "--study=FILE|NAME",
            "default: noord-nederland-2018",
            "--unsafe-unrounded",
            "--overwrite",
            "--repair");
  }

  static Result saldo(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int code = Main.execute(args);
      return new Result(
          code,
          outBytes.toString(StandardCharsets.UTF_8),
          errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
