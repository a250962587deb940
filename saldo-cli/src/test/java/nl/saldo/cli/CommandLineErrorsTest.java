package nl.saldo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's own faults: named in one line, exit 2; --verbose on every command. */
class CommandLineErrorsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {"demo", "run", "report", "synth", "compare-report", "inspect", "bench", "help"})
  void everyCommandAcceptsVerbose(String command) {
    Run run = saldo(command, "--verbose", "--help");
    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.err).doesNotContain("Unknown option");
  }

  @ParameterizedTest
  @CsvSource({
    "run, --dta, --data",
    "report, --rn, --run",
    "synth, --otu, --out",
    "compare-report, --rn, --run",
    "bench, --dri, --dir"
  })
  void anUnknownOptionIsNamedWithASuggestionWithoutTheWholeHelp(
      String command, String typo, String meant) {
    Run run = saldo(command, typo, "x");
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err)
        .startsWith(
            "saldo: error: Unknown options: '" + typo + "', 'x' (did you mean " + meant + "?)")
        .contains("Run 'saldo " + command + " --help' for the options.")
        .doesNotContain("Usage:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--verbose", ""})
  void aStudyFileFaultIsOneLineAndExitTwo(String verbose) throws Exception {
    Path study = dir.resolve("study.yaml");
    Files.writeString(study, "name: a\nmove_window: {strat: 2012-01-01}\n");
    Run run =
        saldo(
            "run",
            "--data",
            "../examples/small/data",
            "--out",
            dir.resolve("out").toString(),
            "--study",
            study.toString(),
            verbose);
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err)
        .startsWith(
            "saldo: error: "
                + study
                + ", setting move_window.strat: unknown setting (known: end, start)");
    assertThat(run.err.contains("at nl.saldo")).isEqualTo(!verbose.isEmpty());
  }

  private record Run(int exit, String err) {}

  private static Run saldo(String... args) {
    String[] given = java.util.Arrays.stream(args).filter(a -> !a.isEmpty()).toArray(String[]::new);
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int exit = Main.execute(given);
      return new Run(exit, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }
}
