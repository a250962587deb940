package nl.saldo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.saldo.cli.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code saldo export}: the bundle that leaves the secure environment, checked before it is
 * written.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write what may leave the secure environment, and only that: the disclosure-controlled tables"
          + " of a run, a manifest without local paths, report.html and report.xlsx rebuilt from"
          + " them, README.md (every table and column in Dutch and English, the rules and"
          + " parameters, cells per table) and checks.json. The command verifies every check on the"
          + " bundle and writes nothing when one fails (exit code 2); a run made with"
          + " --unsafe-unrounded or disclosure.percentages: exact cannot be exported.%n"
    })
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--run", required = true, paramLabel = "DIR", description = "Run directory.")
  Path run;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "BUNDLE",
      description = "Bundle directory to write; must be new or empty.")
  Path out;

  @Option(
      names = "--lang",
      paramLabel = "nl|en",
      defaultValue = "nl",
      description = "Language of the report (default: ${DEFAULT-VALUE}).")
  String lang;

  @Override
  public Integer call() throws Exception {
    Exporter.Outcome outcome = new Exporter(run, out, lang).export();
    long passed = outcome.checks().stream().filter(check -> check.ok()).count();
    System.out.printf(
        "saldo: export written to %s (%d of %d checks passed, see checks.json)%n",
        outcome.bundle(), passed, outcome.checks().size());
    return 0;
  }
}
