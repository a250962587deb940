package nl.saldo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.saldo.core.UserPath.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Every path option of every command is parsed by {@code UserPath} (through {@link PathConverter}),
 * not handed to {@code Path.of} as a string: Windows spellings are read, or refused with a message
 * on a machine that is not Windows.
 */
class PathOptionsTest {

  @Test
  void runOptionsReadBackslashesAndSpaces() {
    assumeTrue(Platform.current() == Platform.POSIX);
    ParseResult parsed =
        Main.commandLine()
            .parseArgs(
                "run",
                "--data",
                "register files\\2018\\",
                "--areas",
                ".\\areas",
                "--out",
                "\"results\\run 1\"",
                "--temp-dir",
                "scratch space\\saldo");
    RunCommand run = parsed.subcommand().commandSpec().commandLine().getCommand();
    assertThat(run.options.data).isEqualTo(Path.of("register files", "2018"));
    assertThat(run.options.areas).isEqualTo(Path.of("areas"));
    assertThat(run.options.out).isEqualTo(Path.of("results", "run 1"));
    assertThat(run.engine.tempDir).isEqualTo(Path.of("scratch space", "saldo"));
  }

  @Test
  void aDriveLetterIsRefusedByNameOfTheOption() {
    assumeTrue(Platform.current() == Platform.POSIX);
    assertThatThrownBy(
            () ->
                Main.commandLine()
                    .parseArgs("run", "--data", "x", "--out", "y", "--temp-dir", "D:\\temp"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("'--temp-dir'")
        .hasMessageContaining("\"D:\\temp\" is a Windows path (drive D:)");
  }

  /**
   * Each Path option and parameter of each command, given a drive letter, is refused by UserPath.
   */
  @Test
  void everyPathOptionOfEveryCommandGoesThroughUserPath() {
    assumeTrue(Platform.current() == Platform.POSIX);
    List<String> checked = new ArrayList<>();
    for (var entry : Main.commandLine().getSubcommands().entrySet()) {
      for (ArgSpec arg : entry.getValue().getCommandSpec().args()) {
        if (arg.type() != Path.class) {
          continue;
        }
        List<String> args = new ArrayList<>(List.of(entry.getKey()));
        String name = arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
        if (arg.isOption()) {
          args.add(name);
        }
        args.add("Z:\\somewhere");
        assertThatThrownBy(() -> Main.commandLine().parseArgs(args.toArray(String[]::new)))
            .as(entry.getKey() + " " + name)
            .hasMessageContaining("is a Windows path (drive Z:)");
        checked.add(entry.getKey() + " " + name);
      }
    }
    assertThat(checked)
        .contains(
            "run --data",
            "run --areas",
            "run --out",
            "run --temp-dir",
            "demo --out",
            "report --run",
            "synth --out",
            "compare-report --run",
            "inspect FILE",
            "report --boundaries",
            "synth --areas-from",
            "bench --dir");
  }

  @Test
  void theExampleRunsWithBackslashedPathsAndTheTempDirHoldsJavasTemporaryFiles(@TempDir Path dir) {
    assumeTrue(Platform.current() == Platform.POSIX);
    String before = System.getProperty("java.io.tmpdir");
    Path temp = dir.resolve("temp space");
    try {
      RunCommandTest.Result result =
          RunCommandTest.saldo(
              "run",
              "--data",
              "..\\examples\\small\\data",
              "--areas",
              "..\\examples\\small\\areas\\",
              "--out",
              dir.resolve("run out").toString().replace('/', '\\'),
              "--temp-dir",
              temp.toString().replace('/', '\\'));
      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(dir.resolve("run out").resolve("stocks.csv")).isRegularFile();
      assertThat(System.getProperty("java.io.tmpdir")).isEqualTo(temp.toString());
      assertThat(Files.isDirectory(temp)).isTrue();
    } finally {
      System.setProperty("java.io.tmpdir", before);
    }
  }
}
