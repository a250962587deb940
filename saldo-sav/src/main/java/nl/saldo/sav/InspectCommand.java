package nl.saldo.sav;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
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
      "its row count and a few example values. Identifier variables show no values.",
      "With --cbs-ra STUDY: the register files the cbs-ra profile will read and its checks."
    })
public final class InspectCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "a .sav or .zsav file")
  Path file;

  @Option(
      names = "--cbs-ra",
      paramLabel = "STUDY",
      description =
          "a study file with a cbs_ra section: list the file chosen per register and year, then the checks")
  Path cbsRaStudy;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "with --cbs-ra: the root of the register folders unless cbs_ra.root names one")
  Path data;

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
    if (cbsRaStudy != null) {
      try {
        Path root = data != null ? data : cbsRaStudy.toAbsolutePath().getParent();
        CbsRaInspection.print(out, cbsRaStudy, root);
        return 0;
      } catch (CbsRaException | IllegalArgumentException invalid) {
        out.flush();
        spec.commandLine().getErr().println("saldo: error: " + invalid.getMessage());
        return 2;
      }
    }
    if (file == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give a FILE to inspect, or --cbs-ra STUDY");
    }
    try (SavFile sav = SavFile.open(file)) {
      SavProfile profile = SavProfile.of(sav, Pattern.compile(identifiers), examples);
      InspectReport.print(out, sav, profile);
    }
    out.flush();
    return 0;
  }
}
