package nl.saldo.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.saldo.report.ReportOptions;
import nl.saldo.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code saldo report --run DIR}: rebuilds report.html, report.xlsx and charts from a run's tables.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Builds report.html, report.xlsx and charts/ from a run directory's stocks.csv, migration.csv,"
          + " od.csv and manifest.json alone, so the report can be rebuilt outside the secure"
          + " environment after CBS's output check."
    })
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--run",
      paramLabel = "DIR",
      required = true,
      description =
          "Run directory holding stocks.csv, migration.csv, od.csv and manifest.json; the reports are written into it.")
  Path run;

  @Option(
      names = "--lang",
      paramLabel = "nl|en",
      defaultValue = "nl",
      description =
          "Language of texts, headers and number formats: nl (1.234; 0,13%%) or en (1,234; 0.13%%). Default: ${DEFAULT-VALUE}.")
  String lang;

  @Option(
      names = "--boundaries",
      paramLabel = "FILE",
      description =
          "GeoJSON or TopoJSON file of municipal boundaries (property statcode or gemeente_code = GM code) for a"
              + " choropleth map; without it the map shows dots at municipal centroids.")
  Path boundaries;

  @Option(
      names = "--charts",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Also write charts/*.svg and charts/*.png for documents (default: on; --no-charts skips them).")
  boolean charts;

  @Override
  public Integer call() {
    List<Path> written = Reports.write(run, new ReportOptions(lang, boundaries, charts));
    written.forEach(path -> spec.commandLine().getOut().println(path));
    return 0;
  }
}
