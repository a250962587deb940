package nl.saldo.sav;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class InspectCommandTest {

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
    Run run = inspect(Fixtures.path(fixture).toString());
    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .contains("rows:        ")
        .contains("variables:   ")
        .contains("1. id  numeric");
  }

  @Test
  void showsTypesLabelsMissingValuesAndExamplesButNoIdentifiers() {
    Run run = inspect(Fixtures.path("types-windows-1252.sav").toString());

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
    Run run = inspect("--identifiers", "(?i)name|note", Fixtures.path("types.zsav").toString());
    assertThat(run.out)
        .contains(
            "1. id  numeric  F4.0\n   label:    Row id\n   missing rows: 0\n   values:   '1', '2', '3'")
        .contains(
            "9. name  string(40)  A40\n   label:    Naam met accenten é\n   missing:  'n/a'\n"
                + "   missing rows: 1\n   values:   (identifier, not shown)");
  }

  @Test
  void listsTheRegisterFilesAndTheChecksOfAStudy(@TempDir Path dir) throws Exception {
    Path root = Files.createDirectories(dir.resolve("G drive"));
    new CbsPopulation(20190601L, 300).writeCbs(root);
    Path study =
        Files.writeString(
            dir.resolve("study.yaml"),
            """
            cbs_ra:
              persons:
                origin_codes: {"6030": nl, "5022": non_western, "6014": western}
              incomes:
                years: [2011, 2012, 2013]
            """);
    Run run = inspect("--cbs-ra", study.toString(), "--data", root.toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .contains("root: " + root + "\n")
        .contains(
            "  GBAPERSOONTAB                Bevolking\\GBAPERSOONTAB\\2018\\GBAPERSOON2018TABV1.sav"
                + "  300 rows, 6 variables\n")
        .contains("  INHATAB 2011                 InkomenBestedingen\\INHATAB\\INHA2011TABV3.sav")
        .contains(
            "  KOPPELPERSOONHUISHOUDEN 2013 "
                + "InkomenBestedingen\\KOPPELPERSOONHUISHOUDEN\\KOPPELPERSOONHUISHOUDEN2013V2.sav")
        .containsPattern("persons_without_address_spell +3 of 300 \\(1\\.0%\\)")
        .containsPattern("ok     spells_without_buurt 2012 +\\d+ of \\d+ \\(3\\.\\d%\\)")
        .containsPattern("WARN   residents_without_key_row 2011 +\\d+ of \\d+")
        .containsPattern("other_share 2013 +\\d+ of \\d+ \\([0-9.]+%\\): ")
        .contains("population_type_counts 2011")
        .contains("what the checks count:");
  }

  @Test
  void namesTheSettingWhoseFileIsMissing(@TempDir Path dir) throws Exception {
    Path study = Files.writeString(dir.resolve("study.yaml"), "cbs_ra:\n  root: 'G:\\\\'\n");
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new InspectCommand());
    command.setOut(new PrintWriter(new StringWriter()));
    command.setErr(new PrintWriter(err));
    int exitCode = command.execute("--cbs-ra", study.toString());
    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "saldo: error: cbs_ra.root: 'G:\\' starts at G:, which this machine does not have");
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
