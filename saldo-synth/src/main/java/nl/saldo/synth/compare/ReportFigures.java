package nl.saldo.synth.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.saldo.synth.facts.CsvFields;

/**
 * The report's figures, shipped as a resource: the de-duplicated rows of shared/calibration's
 * report_stocks.csv and report_moves.csv (see report_inconsistencies.md for where they disagree).
 */
public final class ReportFigures {
  private static final String RESOURCE = "/nl/saldo/synth/report/report_figures.csv";

  private ReportFigures() {}

  public static List<ReportFigure> load() {
    try (InputStream in = ReportFigures.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("resource " + RESOURCE + " missing from the jar");
      }
      List<ReportFigure> figures = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (CsvFields.Row row : CsvFields.read(reader, RESOURCE)) {
        figures.add(
            new ReportFigure(
                row.get("area"),
                row.get("layer"),
                row.get("unit"),
                Measure.of(row.get("measure")),
                row.get("group"),
                row.number("value"),
                row.get("quote_line")));
      }
      return figures;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The figures with counts multiplied by fraction (percentages unchanged). */
  public static List<ReportFigure> scaled(List<ReportFigure> figures, double fraction) {
    List<ReportFigure> scaled = new ArrayList<>();
    for (ReportFigure f : figures) {
      double value = f.measure().isCount() ? f.value() * fraction : f.value();
      scaled.add(
          new ReportFigure(
              f.area(), f.layer(), f.unit(), f.measure(), f.group(), value, f.quoteLine()));
    }
    return scaled;
  }

  /** The report's in + out movers (total) of an area, or NaN when it states neither. */
  public static double grossFlow(List<ReportFigure> figures, String area) {
    double gross = 0;
    int found = 0;
    for (ReportFigure figure : figures) {
      if (figure.area().equals(area)
          && figure.group().equals("total")
          && (figure.measure() == Measure.IN_MOVERS || figure.measure() == Measure.OUT_MOVERS)) {
        gross += figure.value();
        found++;
      }
    }
    return found == 2 ? gross : Double.NaN;
  }
}
