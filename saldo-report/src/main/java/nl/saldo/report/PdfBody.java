package nl.saldo.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sections of report.pdf as XHTML while they are written: each section with its entry in the
 * contents, its headings, tables, notes and static SVG charts (the same as charts/*.svg), numbers
 * in the report's language.
 */
final class PdfBody {
  /** Width of a chart on the page, in CSS px (A4 less the margins is 178 mm = 672 px). */
  private static final double CHART_WIDTH = 660;

  private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

  private final StringBuilder out = new StringBuilder();

  /** The section ids and titles in the order of report.html, for the contents and bookmarks. */
  private final List<String[]> contents = new ArrayList<>();

  private final RunTables tables;
  private final Texts texts;
  private final StudyFacts study;
  private final Map<String, ChartSpec> charts;
  private final ChartPainter painter;

  PdfBody(RunTables tables, Texts texts, Map<String, ChartSpec> charts) {
    this.tables = tables;
    this.texts = texts;
    this.study = StudyFacts.of(tables.manifest());
    this.charts = charts;
    this.painter = new ChartPainter(texts);
  }

  RunTables tables() {
    return tables;
  }

  Texts texts() {
    return texts;
  }

  StudyFacts study() {
    return study;
  }

  List<String[]> contents() {
    return contents;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** Raw XHTML, as it is. */
  PdfBody append(String xhtml) {
    out.append(xhtml);
    return this;
  }

  /** Text, escaped. */
  PdfBody text(String text) {
    out.append(x(text));
    return this;
  }

  void open(String id, String title, String intro) {
    contents.add(new String[] {id, title});
    out.append("<section id=\"").append(id).append("\">\n<h2>");
    out.append(x(title)).append("</h2>\n");
    if (intro != null && !intro.isBlank()) {
      out.append("<p class=\"intro\">").append(x(intro)).append("</p>\n");
    }
  }

  void close() {
    out.append("</section>\n");
  }

  /** The layers that get a chart and a table: area types and regions, else the first one. */
  List<String> topLayers() {
    List<String> layers = ChartSpecs.TOP_LAYERS.stream().filter(tables.layers()::contains).toList();
    return layers.isEmpty() && !tables.layers().isEmpty()
        ? List.of(tables.layers().get(0))
        : layers;
  }

  /** The layer's name above its part of a section, when the section has more than one layer. */
  void heading(String layer) {
    List<String> top = topLayers();
    if (top.size() > 1 || !layer.equals(top.get(0))) {
      out.append("<h3>").append(x(ReportData.layerLabel(tables, texts, layer))).append("</h3>\n");
    }
  }

  void chartFile(String file) {
    ChartSpec spec = charts.get(file);
    if (spec != null) {
      chart(spec);
    }
  }

  void chart(ChartSpec spec) {
    SvgCanvas svg = new SvgCanvas(ChartPainter.WIDTH, ChartPainter.HEIGHT);
    painter.paint(spec, svg);
    String document = svg.document();
    document = document.substring(document.indexOf("<svg"));
    out.append("<div class=\"chart\">")
        .append(scaled(document, ChartPainter.WIDTH, ChartPainter.HEIGHT))
        .append("</div>\n");
  }

  /** The SVG at the page's chart width, its drawing kept by the viewBox. */
  static String scaled(String svg, double width, double height) {
    String size =
        String.format(
            Locale.ROOT,
            "width=\"%.0f\" height=\"%.0f\"",
            CHART_WIDTH,
            CHART_WIDTH * height / width);
    return svg.replaceFirst("width=\"" + (int) width + "\" height=\"" + (int) height + "\"", size);
  }

  /** A table; the first {@code text} columns are text, the others numbers (right-aligned). */
  void table(List<String> headers, List<List<String>> rows, int text) {
    boolean wide = headers.size() > 6;
    out.append(wide ? "<table class=\"wide\">" : "<table>");
    if (wide) {
      // fixed columns that fit the page: the names wider, the numbers shared out
      double rest = (100.0 - 16 - 13) / (headers.size() - 2);
      out.append("<colgroup><col style=\"width: 16%\"/><col style=\"width: 13%\"/>");
      for (int i = 2; i < headers.size(); i++) {
        out.append(String.format(Locale.ROOT, "<col style=\"width: %.2f%%\"/>", rest));
      }
      out.append("</colgroup>");
    }
    out.append("<thead><tr>");
    headers.forEach(h -> out.append("<th>").append(x(h)).append("</th>"));
    out.append("</tr></thead><tbody>\n");
    for (List<String> row : rows) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        out.append(i < text ? "<td>" : "<td class=\"num\">").append(x(row.get(i))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table>\n");
  }

  void note(String text) {
    out.append("<p class=\"note\">").append(x(text)).append("</p>\n");
  }

  /** The headers of the report's columns (col.KEY). */
  List<String> cols(String... keys) {
    List<String> headers = new ArrayList<>();
    for (String key : keys) {
      headers.add(texts.get("col." + key));
    }
    return headers;
  }

  int roundingBase() {
    return tables.manifest().path("study").path("disclosure").path("rounding_base").asInt(10);
  }

  int minDenominator() {
    return tables.manifest().path("study").path("disclosure").path("min_denominator").asInt(100);
  }

  String count(Long value) {
    return value == null ? "–" : texts.count(value);
  }

  String pct(Double value) {
    return value == null ? "–" : texts.percent(value, 2);
  }

  String dec(Double value) {
    return value == null ? "–" : texts.decimal(value, 2);
  }

  /** Text for XHTML: escaped, and no character that XML 1.0 forbids. */
  static String x(String text) {
    return HtmlReport.escape(NOT_XML.matcher(text).replaceAll(""));
  }
}
