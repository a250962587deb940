package nl.saldo.synth;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.saldo.synth.compare.ReportFigure;
import nl.saldo.synth.compare.ReportFigures;
import nl.saldo.synth.compare.Tolerance;
import nl.saldo.synth.facts.CsvFields;

/**
 * Puts every figure of the report beside saldo's value for the same area, measure and group of a
 * run (stocks.csv, migration.csv), with the difference and whether it is within tolerance; prints
 * the table and writes it to RUN/compare-report.csv.
 */
public final class CompareReport {
  private static final String HEADER =
      "area,layer,unit,measure,group,report,saldo,difference,tolerance,within_tolerance,quote_line";

  private CompareReport() {}

  /**
   * Compares a run on a full population (or real data); see {@link #compare(Path, double,
   * PrintStream)}.
   */
  public static int[] compare(Path runDir, PrintStream out) {
    return compare(runDir, 1.0, out);
  }

  /**
   * Compares a run with the report's figures, the report's counts scaled by fraction (for a
   * synthetic population of that fraction; percentages are not scaled). Returns {figures within
   * tolerance, figures compared}.
   */
  public static int[] compare(Path runDir, double fraction, PrintStream out) {
    Map<String, Map<String, String>> run = new HashMap<>();
    try {
      for (String table : List.of("stocks", "migration")) {
        Path file = runDir.resolve(table + ".csv");
        if (!Files.exists(file)) {
          throw new IllegalArgumentException(
              file + ": missing; --run must be the output directory of 'saldo run'");
        }
        for (CsvFields.Row row : CsvFields.read(file)) {
          run.put(
              table + "|" + row.get("layer") + "|" + row.get("unit") + "|" + row.get("group"),
              row.values());
        }
      }
      List<ReportFigure> figures = ReportFigures.scaled(ReportFigures.load(), fraction);
      int held = 0;
      int compared = 0;
      try (PrintWriter csv =
          new PrintWriter(
              Files.newBufferedWriter(
                  runDir.resolve("compare-report.csv"), StandardCharsets.UTF_8))) {
        csv.println(HEADER);
        out.printf(
            Locale.ROOT,
            "%-24s %-26s %-8s %10s %10s %9s %9s %s%n",
            "area",
            "measure",
            "group",
            "report",
            "saldo",
            "diff",
            "tol",
            "ok");
        for (ReportFigure figure : figures) {
          Map<String, String> row =
              run.get(
                  figure.measure().table()
                      + "|"
                      + figure.layer()
                      + "|"
                      + figure.unit()
                      + "|"
                      + figure.group());
          String text = row == null ? "" : row.getOrDefault(figure.measure().column(), "");
          double gross = ReportFigures.grossFlow(figures, figure.area());
          double tolerance = Tolerance.of(figure, gross, fraction);
          String within = "";
          String difference = "";
          if (!text.isEmpty()) {
            double saldo = Double.parseDouble(text);
            boolean ok = Tolerance.holds(figure, saldo, gross, fraction);
            within = ok ? "yes" : "no";
            difference = number(saldo - figure.value());
            compared++;
            held += ok ? 1 : 0;
          }
          csv.println(
              String.join(
                  ",",
                  quoted(figure.area()),
                  figure.layer(),
                  quoted(figure.unit()),
                  figure.measure().code(),
                  figure.group(),
                  number(figure.value()),
                  text,
                  difference,
                  number(tolerance),
                  within,
                  figure.quoteLine()));
          out.printf(
              Locale.ROOT,
              "%-24s %-26s %-8s %10s %10s %9s %9s %s%n",
              figure.area(),
              figure.measure().code(),
              figure.group(),
              number(figure.value()),
              text,
              difference,
              number(tolerance),
              within);
        }
      }
      out.printf(
          Locale.ROOT,
          "%d of %d figures within tolerance (%d without a value in the run); table in %s%n",
          held,
          compared,
          figures.size() - compared,
          runDir.resolve("compare-report.csv"));
      return new int[] {held, compared};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String quoted(String value) {
    return value.contains(",") ? "\"" + value + "\"" : value;
  }
}
