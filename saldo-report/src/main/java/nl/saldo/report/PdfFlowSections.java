package nl.saldo.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sections of report.pdf on where people move: e (the flows between each pair of units and the
 * rest of the country) and g (the map of the municipalities).
 */
final class PdfFlowSections {
  private final PdfBody out;
  private final RunTables tables;
  private final Texts texts;

  PdfFlowSections(PdfBody out) {
    this.out = out;
    this.tables = out.tables();
    this.texts = out.texts();
  }

  /** Per pair of units (and the rest of the country) the moves both ways and the net flow. */
  void sectionE() {
    out.open("sec-e", texts.get("section.e"), texts.get("section.e.intro"));
    for (String layer : out.topLayers()) {
      out.heading(layer);
      out.chartFile("e_od_rest_" + layer);
      List<String> nodes = new ArrayList<>(tables.units(layer).keySet());
      nodes.add("rest");
      List<List<String>> rows = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        for (int j = i + 1; j < nodes.size(); j++) {
          String a = nodes.get(i);
          String b = nodes.get(j);
          long ab = tables.moves(layer, a, b, "total");
          long ba = tables.moves(layer, b, a, "total");
          if (ab == 0 && ba == 0) {
            continue;
          }
          boolean forward = ab >= ba;
          rows.add(
              List.of(
                  WorkbookNotes.odName(tables, texts, layer, forward ? a : b),
                  WorkbookNotes.odName(tables, texts, layer, forward ? b : a),
                  texts.count(forward ? ab : ba),
                  texts.count(forward ? ba : ab),
                  texts.count(Math.abs(ab - ba))));
        }
      }
      out.table(
          List.of(
              texts.get("col.origin") + " (A)",
              texts.get("col.destination") + " (B)",
              "A → B",
              "B → A",
              texts.get("col.net_flow")),
          rows,
          2);
    }
    out.close();
  }

  /** The municipalities coloured by the net per year of lower incomes, with the table beside. */
  void sectionG(JsonNode boundaries) {
    out.open("sec-g", texts.get("section.g"), texts.get("section.g.intro"));
    Map<String, Double> values = new LinkedHashMap<>();
    tables
        .units("gemeente")
        .keySet()
        .forEach(code -> values.put(code, PdfSections.net(tables, "gemeente", code, "lower")));
    String title = out.study().label(texts, "lower") + ": " + texts.get("col.net_pct_per_year");
    String svg =
        values.isEmpty()
            ? ""
            : MapSvg.draw(
                boundaries,
                values,
                v -> texts.percent(v, 2),
                title,
                texts.get("ui.suppressed"),
                texts.get("pdf.outside"));
    if (svg.isEmpty()) {
      out.note(texts.get("ui.no.data"));
    } else {
      out.append("<div class=\"chart map\">")
          .append(PdfBody.scaled(svg, 900, 620))
          .append("</div>\n");
      out.note(texts.get("map.source", Boundaries.BUNDLED_SOURCE));
      List<List<String>> rows = new ArrayList<>();
      tables
          .units("gemeente")
          .forEach(
              (code, name) ->
                  rows.add(
                      List.of(
                          code,
                          name,
                          out.pct(PdfSections.net(tables, "gemeente", code, "lower")))));
      out.table(List.of(texts.get("col.unit"), texts.get("col.unit_name"), title), rows, 2);
    }
    out.close();
  }
}
