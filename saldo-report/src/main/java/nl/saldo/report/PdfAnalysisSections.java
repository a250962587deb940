package nl.saldo.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sections of report.pdf on the analyses beyond the 2019 study (components.csv,
 * segregation.csv): j (the components of the change per unit and group) and k (the segregation
 * indices); a run without the table leaves its section out.
 */
final class PdfAnalysisSections {
  private static final List<String> MOMENTS = List.of("start", "end", "end_without_moves");

  private final PdfBody out;
  private final RunTables tables;
  private final Texts texts;
  private final AnalysisTables analyses;

  PdfAnalysisSections(PdfBody out, AnalysisTables analyses) {
    this.out = out;
    this.tables = out.tables();
    this.texts = out.texts();
    this.analyses = analyses;
  }

  void sectionJ() {
    if (analyses.components().isEmpty()) {
      return;
    }
    StudyFacts study = out.study();
    out.open(
        "sec-j",
        texts.get("section.j"),
        texts.get("section.j.intro", study.startYear(), study.endYear()));
    List<String> groups = List.of("lower", "higher_incl_students", "total");
    List<String> headers = new ArrayList<>(out.cols("unit_name", "group"));
    AnalysisTables.COUNTS.forEach(column -> headers.add(texts.get("col." + column)));
    for (String layer : out.topLayers()) {
      out.heading(layer);
      List<String> order = new ArrayList<>(tables.units(layer).keySet());
      List<List<String>> rows = new ArrayList<>();
      analyses.components().stream()
          .filter(row -> row.layer().equals(layer) && groups.contains(row.group()))
          .sorted(
              Comparator.comparingInt(
                      (AnalysisTables.ComponentRow row) -> position(order, row.unit()))
                  .thenComparingInt(row -> groups.indexOf(row.group())))
          .forEach(
              row -> {
                List<String> cells = new ArrayList<>();
                cells.add(tables.units(layer).getOrDefault(row.unit(), row.unitName()));
                cells.add(study.label(texts, row.group()));
                AnalysisTables.COUNTS.forEach(column -> cells.add(out.count(row.count(column))));
                rows.add(cells);
              });
      out.table(headers, rows, 2);
    }
    out.close();
  }

  void sectionK() {
    if (analyses.segregation().isEmpty()) {
      return;
    }
    out.open("sec-k", texts.get("section.k"), texts.get("section.k.intro", out.minDenominator()));
    Map<String, String[]> byRow = new LinkedHashMap<>();
    for (AnalysisTables.SegregationRow row : analyses.segregation()) {
      String key = row.layer() + '\u0000' + row.within() + '\u0000' + row.index();
      String[] cells =
          byRow.computeIfAbsent(
              key,
              k ->
                  new String[] {
                    texts.has("segregation.layer." + row.layer())
                        ? texts.get("segregation.layer." + row.layer())
                        : row.layer(),
                    within(row.within()),
                    row.index(),
                    "–",
                    "–",
                    "–"
                  });
      int moment = MOMENTS.indexOf(row.moment());
      if (moment >= 0) {
        cells[3 + moment] = row.value() == null ? "–" : texts.decimal(row.value().doubleValue(), 4);
      }
    }
    List<String> headers =
        new ArrayList<>(
            List.of(texts.get("col.layer"), texts.get("col.within"), texts.get("col.index")));
    MOMENTS.forEach(m -> headers.add(texts.get("segregation.moment." + m)));
    out.table(headers, byRow.values().stream().map(List::of).toList(), 3);
    out.close();
  }

  private static int position(List<String> order, String unit) {
    int at = order.indexOf(unit);
    return at < 0 ? Integer.MAX_VALUE : at;
  }

  private String within(String within) {
    if (within.equals("study")) {
      return texts.get("layer.study");
    }
    String[] parts = within.split("=", 2);
    if (parts.length < 2) {
      return within;
    }
    return ReportData.layerLabel(tables, texts, parts[0])
        + ": "
        + tables.units(parts[0]).getOrDefault(parts[1], parts[1]);
  }
}
