package nl.saldo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import nl.saldo.core.SaldoException;
import nl.saldo.sav.InspectReport;
import nl.saldo.sav.SavFile;
import nl.saldo.sav.SavFormatException;
import nl.saldo.sav.SavProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code saldo inspect FILE}: what a .sav/.zsav file holds, to check a mapping before a long run.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Shows an SPSS file's variables (type, format, label, missing values, value labels),",
      "its row count and a few example values. Identifier variables show no values."
    })
public final class InspectCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "a .sav or .zsav file")
  Path file;

  @Option(
      names = "--examples",
      defaultValue = "3",
      description = "example values per variable (default ${DEFAULT-VALUE})")
  int examples;

  @Option(
      names = "--identifiers",
      defaultValue = "(?i).*RIN.*|.*_id|id",
      description =
          "variables whose names match this regular expression are identifiers and show no values (default ${DEFAULT-VALUE})")
  String identifiers;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (SavFile sav = SavFile.open(file)) {
      SavProfile profile = SavProfile.of(sav, Pattern.compile(identifiers), examples);
      InspectReport.print(out, sav, profile);
    } catch (SavFormatException e) {
      throw SaldoException.invalidInput(e.getMessage());
    }
    out.flush();
    return 0;
  }
}
