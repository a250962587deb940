package nl.saldo.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the human outputs of a run (report.html, report.xlsx, report.pdf, charts/) into its
 * directory, from the published tables alone: stocks.csv, migration.csv, od.csv and manifest.json.
 */
public final class Reports {
  private Reports() {}

  /**
   * @return the files written
   * @throws ReportException when a table is missing or malformed (the message names file and row)
   */
  public static List<Path> write(Path runDir, ReportOptions options) {
    RunTables tables = RunTables.read(runDir, options.lang());
    List<Path> written = new ArrayList<>();
    written.add(HtmlReport.write(tables, options, runDir.resolve(HtmlReport.FILE)));
    written.add(Workbook.write(tables, options, runDir.resolve(Workbook.FILE)));
    written.add(PdfReport.write(tables, options, runDir.resolve(PdfReport.FILE)));
    if (options.charts()) {
      written.addAll(ChartFiles.write(tables, options, runDir.resolve(ChartFiles.DIRECTORY)));
    }
    return List.copyOf(written);
  }
}
