package nl.saldo.report;

import java.util.List;

/**
 * The closing sections of report.pdf: h (every unit's profile, of the layers a reader looks up; not
 * the municipalities) and i (the method, the disclosure note, the settings and the manifest).
 */
final class PdfMethodSections {
  private final PdfBody out;
  private final RunTables tables;
  private final Texts texts;

  PdfMethodSections(PdfBody out) {
    this.out = out;
    this.tables = out.tables();
    this.texts = out.texts();
  }

  void sectionH() {
    out.open("sec-h", texts.get("section.h"), texts.get("pdf.profiles"));
    Profile profile = new Profile(tables, texts);
    for (String layer : List.of("study", "area_type", "region", "province")) {
      if (!tables.layers().contains(layer)) {
        continue;
      }
      out.heading(layer);
      tables
          .units(layer)
          .forEach(
              (unit, name) -> {
                out.append("<div class=\"profile\"><h3>").text(name).append("</h3>\n");
                profile
                    .paragraphs(layer, unit, tables.inText(layer, unit))
                    .forEach(p -> out.append("<p>").text(p).append("</p>\n"));
                out.append("</div>\n");
              });
    }
    out.close();
  }

  void sectionI() {
    out.open("sec-i", texts.get("section.i"), "");
    StudyFacts study = out.study();
    out.append("<p>")
        .text(
            texts.get(
                "method.text",
                tables.manifest().path("study").path("max_gap_days").asInt(1),
                study.lowThreshold(),
                study.highThreshold()))
        .append("</p>\n");
    boolean unsafe =
        tables.unsafeUnrounded()
            || !tables.manifest().path("run").path("disclosure_control").asBoolean(true);
    out.append(unsafe ? "<p class=\"banner\">" : "<p>")
        .text(
            unsafe
                ? texts.get("method.disclosure.off")
                : texts.get("method.disclosure", out.roundingBase(), out.minDenominator()))
        .append("</p>\n");
    ManifestRows rows = ManifestRows.of(tables);
    out.append("<h3>").text(texts.get("method.settings")).append("</h3>\n");
    out.table(
        out.cols("key", "value"),
        ReportData.namedSettings(rows.settings(tables.manifest()), tables, texts).stream()
            .map(List::of)
            .toList(),
        2);
    out.append("<h3>").text(texts.get("method.manifest")).append("</h3>\n");
    out.table(
        out.cols("key", "value"), rows.rest(tables.manifest()).stream().map(List::of).toList(), 2);
    out.close();
  }
}
