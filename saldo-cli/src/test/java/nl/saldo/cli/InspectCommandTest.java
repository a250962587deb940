package nl.saldo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import nl.saldo.sav.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class InspectCommandTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "types-uncompressed.sav",
        "types-bytecode.sav",
        "types.zsav",
        "types-windows-1252.sav",
        "blocks.zsav"
      })
  void inspectsEveryFixture(String fixture) {
    Run run = inspect(Fixtures.copy(fixture, dir).toString());
    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .contains("rows:        ")
        .contains("variables:   ")
        .contains("1. id  numeric");
  }

  @Test
  void showsTypesLabelsMissingValuesAndExamplesButNoIdentifiers() {
    Run run = inspect(Fixtures.copy("types-windows-1252.sav", dir).toString());

    assertThat(run.out)
        .contains("compression: bytecode")
        .contains("encoding:    windows-1252")
        .contains("rows:        5\n")
        .contains("variables:   11")
        .contains(
            "1. id  numeric  F4.0\n   label:    Row id\n   missing rows: 0\n   values:   (identifier, not shown)")
        .contains(
            "4. score  numeric  F3.0\n   missing:  90 THRU 99, -1\n   missing rows: 3\n"
                + "   value labels (2): 5 = five; 12 = twelve\n   values:   '5', '12'")
        .contains(
            "9. name  string(40)  A40\n   label:    Naam met accenten é\n   missing:  'n/a'\n"
                + "   missing rows: 1\n   values:   'José Müller', 'Ærøskøbing straße', '  leading spaces kept'")
        .contains("11. note  string(600)  A600");
  }

  @Test
  void hidesWhatTheUserNamesAsIdentifier() {
    Run run =
        inspect("--identifiers", "(?i)name|note", Fixtures.copy("types.zsav", dir).toString());
    assertThat(run.out)
        .contains(
            "1. id  numeric  F4.0\n   label:    Row id\n   missing rows: 0\n   values:   '1', '2', '3'")
        .contains(
            "9. name  string(40)  A40\n   label:    Naam met accenten é\n   missing:  'n/a'\n"
                + "   missing rows: 1\n   values:   (identifier, not shown)");
  }

  private record Run(int exitCode, String out) {}

  private static Run inspect(String... args) {
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new InspectCommand());
    command.setOut(new PrintWriter(out));
    int exitCode = command.execute(args);
    return new Run(exitCode, out.toString().replace(System.lineSeparator(), "\n"));
  }
}
