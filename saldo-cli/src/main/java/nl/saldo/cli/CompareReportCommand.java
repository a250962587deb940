package nl.saldo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.saldo.synth.CompareReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code saldo compare-report}: a run's figures beside the report's. */
@Command(
    name = "compare-report",
    mixinStandardHelpOptions = true,
    description = {
      "Prints every figure the 2019 report states (regions, Overig Noord-Nederland, the three"
          + " provincial capitals) beside the run's value for the same area, measure and group,"
          + " the difference, the tolerance and whether it holds, and writes the table to"
          + " RUN/compare-report.csv.",
      "Exit code 0 when every compared figure holds, 3 otherwise."
    })
public final class CompareReportCommand implements Callable<Integer> {
  @Option(
      names = "--run",
      required = true,
      paramLabel = "DIR",
      description = "Output directory of 'saldo run' (with stocks.csv and migration.csv).")
  Path run;

  @Option(
      names = "--fraction",
      defaultValue = "1",
      description =
          "Fraction of the population the run was made on (saldo synth --fraction);"
              + " the report's counts are scaled by it. Default: ${DEFAULT-VALUE} (full population or"
              + " real data).")
  double fraction;

  @Override
  public Integer call() {
    int[] result = CompareReport.compare(run, fraction, System.out);
    return result[0] == result[1] ? 0 : 3;
  }
}
