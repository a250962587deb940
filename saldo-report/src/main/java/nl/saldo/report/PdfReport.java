package nl.saldo.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * report.pdf: the report as the 2019 study was, A4 pages to forward or print — key findings first,
 * then every section with its static SVG chart (the same as charts/*.svg) and its full table, every
 * unit's profile, and the method with the disclosure note; page numbers, source line and the
 * rounding note in the footer of every page, the synthetic or unsafe banner in its header. Built in
 * plain Java (XHTML through openhtmltopdf, PDFBox and Batik), so it is written where no browser
 * runs, e.g. in CBS Remote Access.
 */
final class PdfReport {
  static final String FILE = "report.pdf";
  private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

  /** Width of a chart on the page, in CSS px (A4 less the margins is 178 mm = 672 px). */
  private static final double CHART_WIDTH = 660;

  /** The section ids in the order of report.html, for the contents and the bookmarks. */
  private final List<String[]> contents = new ArrayList<>();

  private final RunTables tables;
  private final Texts texts;
  private final StudyFacts study;
  private final Map<String, ChartSpec> charts = new LinkedHashMap<>();
  private final ChartPainter painter;
  private final JsonNode boundaries;

  private PdfReport(RunTables tables, Texts texts, JsonNode boundaries) {
    this.tables = tables;
    this.texts = texts;
    this.study = StudyFacts.of(tables.manifest());
    this.painter = new ChartPainter(texts);
    this.boundaries = boundaries;
    new ChartSpecs(tables, texts).all().forEach(spec -> charts.put(spec.file(), spec));
  }

  static Path write(RunTables tables, ReportOptions options, Path target) {
    System.setProperty("java.awt.headless", "true");
    Texts texts = Texts.of(options.lang());
    Path boundaryFile = MapLayer.boundaries(options, tables);
    JsonNode geo = boundaryFile != null ? Boundaries.read(boundaryFile) : Boundaries.bundled();
    Fonts fonts = Fonts.find();
    String xhtml = new PdfReport(tables, texts, geo.path("features")).document(fonts);
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    try (OutputStream out = Files.newOutputStream(target)) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useSVGDrawer(new BatikSVGDrawer());
      fonts.register(builder);
      builder.withHtmlContent(xhtml, target.toUri().toString());
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new ReportException("cannot write " + target + ": " + e.getMessage(), e);
    }
    return target;
  }

  /** The XHTML the PDF is rendered from (also for tests). */
  static String xhtml(RunTables tables, String lang) {
    return new PdfReport(tables, Texts.of(lang), Boundaries.bundled().path("features"))
        .document(Fonts.none());
  }

  private String document(Fonts fonts) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(x(texts.get("report.title"))).append("</h1>\n");
    body.append("<p class=\"subtitle\">")
        .append(x(texts.get("report.subtitle", tables.studyText())))
        .append("</p>\n");
    tables
        .synthetic()
        .ifPresent(
            scale ->
                body.append("<p class=\"banner synthetic\">")
                    .append(x(texts.get("synthetic.banner", scale)))
                    .append("</p>\n"));
    if (tables.unsafeUnrounded()) {
      body.append("<p class=\"banner\">").append(x(texts.get("report.unsafe"))).append("</p>\n");
    }
    body.append("<p class=\"note\">").append(x(texts.get("pdf.about"))).append("</p>\n");
    StringBuilder sections = new StringBuilder();
    findings(sections);
    sectionA(sections);
    sectionB(sections);
    sectionC(sections);
    sectionD(sections);
    sectionE(sections);
    sectionF(sections);
    sectionG(sections);
    sectionJ(sections);
    sectionK(sections);
    sectionH(sections);
    sectionI(sections);
    body.append("<div class=\"contents\"><h2>").append(x(texts.get("report.nav"))).append("</h2>");
    body.append("<ol>");
    for (String[] entry : contents) {
      body.append("<li><a href=\"#")
          .append(entry[0])
          .append("\">")
          .append(x(entry[1]))
          .append("</a></li>");
    }
    body.append("</ol></div>\n");
    body.append(sections);
    StringBuilder bookmarks = new StringBuilder("<bookmarks>");
    contents.forEach(
        entry ->
            bookmarks
                .append("<bookmark name=\"")
                .append(x(entry[1]))
                .append("\" href=\"#")
                .append(entry[0])
                .append("\"/>"));
    bookmarks.append("</bookmarks>");
    String header =
        tables.unsafeUnrounded()
            ? texts.get("report.unsafe")
            : tables.synthetic().map(scale -> texts.get("synthetic.sheet", scale)).orElse("");
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""
        + texts.lang()
        + "\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>"
        + x(texts.get("report.title"))
        + "</title>\n<meta name=\"subject\" content=\""
        + x(texts.get("report.subtitle", tables.studyText()))
        + "\"/>\n<meta name=\"generator\" content=\"saldo "
        + x(version())
        + "\"/>\n"
        + bookmarks
        + "\n<style>\n"
        + css(fonts)
        + "</style>\n</head>\n<body>\n"
        + "<div id=\"page-header\""
        + (header.isEmpty() ? "" : " class=\"warn\"")
        + ">"
        + x(fonts.safe(header))
        + "</div>\n<div id=\"page-footer\"><span class=\"page-number\"></span>"
        + x(WorkbookNotes.source(tables, texts))
        + "<br/>"
        + x(
            tables.unsafeUnrounded()
                ? texts.get("method.disclosure.off")
                : RoundingNote.line(texts, tables))
        + "</div>\n"
        + fonts.safe(body.toString())
        + "</body>\n</html>\n";
  }

  private String css(Fonts fonts) {
    String pageWord = texts.get("pdf.page");
    String of = texts.get("pdf.page.of");
    return "@page { size: A4; margin: 18mm 16mm 24mm 16mm;"
        + " @top-center { content: element(header); }"
        + " @bottom-center { content: element(footer); } }\n"
        + "body { font-family: "
        + fonts.family()
        + "; font-size: 9.5pt; color: #1d2633; line-height: 1.35; }\n"
        + "#page-header { position: running(header); font-size: 7.5pt; color: #ffffff; text-align: center; }\n"
        + "#page-header.warn { background: #7d3c98; padding: 2pt 6pt; }\n"
        + "#page-footer { position: running(footer); font-size: 7pt; color: #5b6675;"
        + " border-top: 0.5pt solid #d8dde3; padding-top: 3pt; }\n"
        + ".page-number { float: right; margin-left: 12pt; font-size: 8pt; color: #1d2633; }\n"
        + ".page-number::after { content: '"
        + css(pageWord)
        + " ' counter(page) ' "
        + css(of)
        + " ' counter(pages); }\n"
        + "h1 { font-size: 20pt; margin: 0 0 4pt; }\n"
        + "h2 { font-size: 14pt; margin: 0 0 4pt; color: #00629b; }\n"
        + "h3 { font-size: 11pt; margin: 10pt 0 3pt; }\n"
        + ".subtitle, .intro, .note { color: #5b6675; }\n"
        + ".note { font-size: 8pt; }\n"
        + "section { page-break-before: always; }\n"
        + "#key-findings { page-break-before: always; }\n"
        + ".contents ol { padding-left: 16pt; }\n"
        + ".contents a { color: #1d2633; text-decoration: none; }\n"
        + ".contents a::after { content: leader('.') target-counter(attr(href), page); }\n"
        + ".banner { background: #b00020; color: #ffffff; font-weight: bold; padding: 6pt 8pt; }\n"
        + ".banner.synthetic { background: #7d3c98; }\n"
        + "table { border-collapse: collapse; width: 100%; font-size: 7.5pt; margin: 4pt 0 8pt;"
        + " -fs-table-paginate: paginate; }\n"
        + "thead { display: table-header-group; }\n"
        + "tr { page-break-inside: avoid; }\n"
        + "th, td { padding: 1.5pt 4pt; border-bottom: 0.5pt solid #d8dde3; text-align: left;"
        + " vertical-align: top; }\n"
        + "th { background: #eef1f4; }\n"
        + "td.num { text-align: right; white-space: nowrap; }\n"
        + "table.wide { table-layout: fixed; font-size: 6.5pt; }\n"
        + "table.wide th, table.wide td { padding: 1.5pt 2pt; word-wrap: break-word; }\n"
        + ".chart { margin: 6pt 0; page-break-inside: avoid; }\n"
        + ".profile { page-break-inside: avoid; }\n"
        + "ul.verdicts li { margin: 2pt 0; }\n";
  }

  private static String css(String text) {
    return text.replace("\\", "\\\\").replace("'", "\\'");
  }

  private void open(StringBuilder out, String id, String titleKey, String intro) {
    contents.add(new String[] {id, texts.get(titleKey)});
    out.append("<section id=\"").append(id).append("\">\n<h2>");
    out.append(x(texts.get(titleKey))).append("</h2>\n");
    if (intro != null && !intro.isBlank()) {
      out.append("<p class=\"intro\">").append(x(intro)).append("</p>\n");
    }
  }

  private static void close(StringBuilder out) {
    out.append("</section>\n");
  }

  /** The layers that get a chart and a table: area types and regions, else the first one. */
  private List<String> topLayers() {
    List<String> layers = ChartSpecs.TOP_LAYERS.stream().filter(tables.layers()::contains).toList();
    return layers.isEmpty() && !tables.layers().isEmpty()
        ? List.of(tables.layers().get(0))
        : layers;
  }

  private void findings(StringBuilder out) {
    KeyFindings findings = KeyFindings.of(tables, texts);
    if (findings.findings().isEmpty()) {
      return;
    }
    contents.add(new String[] {"key-findings", texts.get("findings.title")});
    out.append("<section id=\"key-findings\">\n<h2>")
        .append(x(texts.get("findings.title")))
        .append("</h2>\n");
    String studyText = tables.studyText();
    out.append("<p class=\"intro\">")
        .append(
            x(
                texts.get(
                    "findings.intro",
                    study.startYear(),
                    study.endYear(),
                    study.windowStartYear(),
                    study.windowEndYear(),
                    studyText)))
        .append("</p>\n");
    List<List<String>> rows = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (KeyFindings.Finding finding : findings.findings()) {
      rows.add(
          List.of(
              finding.name(),
              findings.points(finding.shareChangePp()),
              findings.rate(finding.netPctLower()),
              findings.rate(finding.netPctHigher())));
      shares.add(finding.shareChangePp());
      names.add(finding.name());
    }
    table(
        out,
        List.of(
            texts.get("col.unit_name"),
            texts.get("col.share_change_lower"),
            texts.get("col.net_lower"),
            texts.get("col.net_higher")),
        rows,
        1);
    out.append("<ul class=\"verdicts\">");
    findings
        .findings()
        .forEach(
            finding ->
                out.append("<li><b>")
                    .append(x(finding.name()))
                    .append(":</b> ")
                    .append(x(finding.verdict()))
                    .append("</li>"));
    out.append("</ul>\n");
    chart(
        out,
        new ChartSpec.Bars(
            "findings",
            texts.get("findings.chart"),
            names,
            List.of(new ChartSpec.Series(texts.get("unit.pp"), "#1f618d", shares)),
            false,
            false,
            true));
    close(out);
  }

  private void sectionA(StringBuilder out) {
    open(
        out,
        "sec-a",
        "section.a",
        texts.get("section.a.intro", study.startYear(), study.endYear()));
    for (String layer : topLayers()) {
      heading(out, layer);
      chartFile(out, "a_population_" + layer);
      List<List<String>> rows = new ArrayList<>();
      int off = 0;
      for (Map.Entry<String, String> unit : tables.units(layer).entrySet()) {
        for (String group : concat(Groups.STACK, List.of("total"))) {
          tables
              .stock(layer, unit.getKey(), group)
              .ifPresent(
                  r ->
                      rows.add(
                          List.of(
                              unit.getValue(),
                              study.label(texts, group),
                              count(r.popStart()),
                              count(r.popEnd()),
                              count(r.change()),
                              pct(r.changePctPerYear()),
                              pct(r.shareStartPct()),
                              pct(r.shareEndPct()),
                              dec(r.shareChangePp()))));
        }
        if (!addsUp(layer, unit.getKey())) {
          off++;
        }
      }
      table(
          out,
          cols(
              "unit_name",
              "group",
              "pop_start",
              "pop_end",
              "change",
              "change_pct_per_year",
              "share_start_pct",
              "share_end_pct",
              "share_change_pp"),
          rows,
          2);
      if (off > 0) {
        note(
            out,
            RoundingNote.MARK
                + " "
                + texts.get("rounding.chart", roundingBase(), off, tables.units(layer).size()));
      }
    }
    close(out);
  }

  private boolean addsUp(String layer, String unit) {
    Optional<StockRow> total = tables.stock(layer, unit, "total");
    if (total.isEmpty()) {
      return true;
    }
    for (Function<StockRow, Long> field :
        List.<Function<StockRow, Long>>of(StockRow::popStart, StockRow::popEnd)) {
      long sum = 0;
      for (String group : Groups.STACK) {
        Long value = tables.stock(layer, unit, group).map(field).orElse(0L);
        sum += value == null ? 0 : value;
      }
      Long published = field.apply(total.get());
      if (published != null && sum != published) {
        return false;
      }
    }
    return true;
  }

  private void sectionB(StringBuilder out) {
    open(
        out,
        "sec-b",
        "section.b",
        texts.get("section.b.intro", study.windowStartYear(), study.windowEndYear()));
    for (String layer : topLayers()) {
      heading(out, layer);
      chartFile(out, "b_net_" + layer);
      migrationTable(out, layer, Groups.MIGRATION);
    }
    close(out);
  }

  private void sectionC(StringBuilder out) {
    open(out, "sec-c", "section.c", texts.get("section.c.intro"));
    for (String layer : topLayers()) {
      heading(out, layer);
      chartFile(out, "c_relative_" + layer);
      migrationTable(out, layer, List.of("lower", "higher_incl_students"));
    }
    close(out);
  }

  private void migrationTable(StringBuilder out, String layer, List<String> groups) {
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, String> unit : tables.units(layer).entrySet()) {
      for (String group : groups) {
        tables
            .migration(layer, unit.getKey(), group)
            .ifPresent(
                r ->
                    rows.add(
                        List.of(
                            unit.getValue(),
                            study.label(texts, group),
                            count(r.inMovers()),
                            count(r.outMovers()),
                            count(r.net()),
                            pct(r.netPctPerYear()),
                            r.effect().isEmpty() ? "" : texts.get("effect." + r.effect()))));
      }
    }
    table(
        out,
        cols("unit_name", "group", "in_movers", "out_movers", "net", "net_pct_per_year", "effect"),
        rows,
        2);
  }

  private void sectionD(StringBuilder out) {
    open(out, "sec-d", "section.d", texts.get("section.d.intro"));
    chartFile(out, "d_scatter");
    List<List<String>> rows = new ArrayList<>();
    for (String layer : topLayers()) {
      tables
          .units(layer)
          .forEach(
              (unit, name) ->
                  rows.add(
                      List.of(
                          ReportData.layerLabel(tables, texts, layer),
                          name,
                          pct(net(layer, unit, "higher_incl_students")),
                          pct(net(layer, unit, "lower")))));
    }
    table(out, cols("layer", "unit_name", "x", "y"), rows, 2);
    close(out);
  }

  private Double net(String layer, String unit, String group) {
    return tables.migration(layer, unit, group).map(MigrationRow::netPctPerYear).orElse(null);
  }

  /** Per pair of units (and the rest of the country) the moves both ways and the net flow. */
  private void sectionE(StringBuilder out) {
    open(out, "sec-e", "section.e", texts.get("section.e.intro"));
    for (String layer : topLayers()) {
      heading(out, layer);
      chartFile(out, "e_od_rest_" + layer);
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
      table(
          out,
          List.of(
              texts.get("col.origin") + " (A)",
              texts.get("col.destination") + " (B)",
              "A → B",
              "B → A",
              texts.get("col.net_flow")),
          rows,
          2);
    }
    close(out);
  }

  private void sectionF(StringBuilder out) {
    open(out, "sec-f", "section.f", texts.get("section.f.intro"));
    if (!tables.layers().contains("urbanity")) {
      note(out, texts.get("ui.no.data"));
    } else {
      chartFile(out, "f_urbanity");
      migrationTable(out, "urbanity", List.of("total"));
    }
    close(out);
  }

  /** The municipalities coloured by the net per year of lower incomes, with the table beside. */
  private void sectionG(StringBuilder out) {
    open(out, "sec-g", "section.g", texts.get("section.g.intro"));
    Map<String, Double> values = new LinkedHashMap<>();
    tables
        .units("gemeente")
        .keySet()
        .forEach(code -> values.put(code, net("gemeente", code, "lower")));
    String title = study.label(texts, "lower") + ": " + texts.get("col.net_pct_per_year");
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
      note(out, texts.get("ui.no.data"));
    } else {
      out.append("<div class=\"chart map\">").append(scaled(svg, 900, 620)).append("</div>\n");
      note(out, texts.get("map.source", Boundaries.BUNDLED_SOURCE));
      List<List<String>> rows = new ArrayList<>();
      tables
          .units("gemeente")
          .forEach(
              (code, name) -> rows.add(List.of(code, name, pct(net("gemeente", code, "lower")))));
      table(out, List.of(texts.get("col.unit"), texts.get("col.unit_name"), title), rows, 2);
    }
    close(out);
  }

  private void sectionJ(StringBuilder out) {
    AnalysisTables analyses = AnalysisTables.read(tables.runDir());
    if (analyses.components().isEmpty()) {
      return;
    }
    open(
        out,
        "sec-j",
        "section.j",
        texts.get("section.j.intro", study.startYear(), study.endYear()));
    List<String> counts = AnalysisTables.COUNTS;
    for (String layer : topLayers()) {
      heading(out, layer);
      List<List<String>> rows = new ArrayList<>();
      List<String> order = new ArrayList<>(tables.units(layer).keySet());
      List<String> groups = List.of("lower", "higher_incl_students", "total");
      List<AnalysisTables.ComponentRow> shown =
          analyses.components().stream()
              .filter(row -> row.layer().equals(layer) && groups.contains(row.group()))
              .sorted(
                  java.util.Comparator.comparingInt(
                          (AnalysisTables.ComponentRow row) -> position(order, row.unit()))
                      .thenComparingInt(row -> groups.indexOf(row.group())))
              .toList();
      for (AnalysisTables.ComponentRow row : shown) {
        List<String> cells = new ArrayList<>();
        cells.add(tables.units(layer).getOrDefault(row.unit(), row.unitName()));
        cells.add(study.label(texts, row.group()));
        counts.forEach(column -> cells.add(count(row.count(column))));
        rows.add(cells);
      }
      List<String> headers = new ArrayList<>(cols("unit_name", "group"));
      counts.forEach(column -> headers.add(texts.get("col." + column)));
      table(out, headers, rows, 2);
    }
    close(out);
  }

  private void sectionK(StringBuilder out) {
    AnalysisTables analyses = AnalysisTables.read(tables.runDir());
    if (analyses.segregation().isEmpty()) {
      return;
    }
    open(
        out,
        "sec-k",
        "section.k",
        texts.get(
            "section.k.intro",
            tables.manifest().path("study").path("disclosure").path("min_denominator").asInt(100)));
    List<String> moments = List.of("start", "end", "end_without_moves");
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
      int moment = moments.indexOf(row.moment());
      if (moment >= 0) {
        cells[3 + moment] = row.value() == null ? "–" : texts.decimal(row.value().doubleValue(), 4);
      }
    }
    List<String> headers =
        new ArrayList<>(
            List.of(texts.get("col.layer"), texts.get("col.within"), texts.get("col.index")));
    moments.forEach(m -> headers.add(texts.get("segregation.moment." + m)));
    table(out, headers, byRow.values().stream().map(List::of).toList(), 3);
    close(out);
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

  /** Every unit's profile of the layers a reader looks up (not the municipalities). */
  private void sectionH(StringBuilder out) {
    open(out, "sec-h", "section.h", texts.get("pdf.profiles"));
    Profile profile = new Profile(tables, texts);
    for (String layer : List.of("study", "area_type", "region", "province")) {
      if (!tables.layers().contains(layer)) {
        continue;
      }
      heading(out, layer);
      tables
          .units(layer)
          .forEach(
              (unit, name) -> {
                out.append("<div class=\"profile\"><h3>").append(x(name)).append("</h3>\n");
                profile
                    .paragraphs(layer, unit, tables.inText(layer, unit))
                    .forEach(p -> out.append("<p>").append(x(p)).append("</p>\n"));
                out.append("</div>\n");
              });
    }
    close(out);
  }

  private void sectionI(StringBuilder out) {
    open(out, "sec-i", "section.i", "");
    out.append("<p>")
        .append(
            x(
                texts.get(
                    "method.text",
                    tables.manifest().path("study").path("max_gap_days").asInt(1),
                    study.lowThreshold(),
                    study.highThreshold())))
        .append("</p>\n");
    boolean unsafe =
        tables.unsafeUnrounded()
            || !tables.manifest().path("run").path("disclosure_control").asBoolean(true);
    out.append(unsafe ? "<p class=\"banner\">" : "<p>")
        .append(
            x(
                unsafe
                    ? texts.get("method.disclosure.off")
                    : texts.get(
                        "method.disclosure",
                        roundingBase(),
                        tables
                            .manifest()
                            .path("study")
                            .path("disclosure")
                            .path("min_denominator")
                            .asInt(100))))
        .append("</p>\n");
    ManifestRows rows = ManifestRows.of(tables);
    out.append("<h3>").append(x(texts.get("method.settings"))).append("</h3>\n");
    table(
        out,
        cols("key", "value"),
        ReportData.namedSettings(rows.settings(tables.manifest()), tables, texts).stream()
            .map(List::of)
            .toList(),
        2);
    out.append("<h3>").append(x(texts.get("method.manifest"))).append("</h3>\n");
    table(
        out, cols("key", "value"), rows.rest(tables.manifest()).stream().map(List::of).toList(), 2);
    close(out);
  }

  private void heading(StringBuilder out, String layer) {
    if (topLayers().size() > 1 || !layer.equals(topLayers().get(0))) {
      out.append("<h3>").append(x(ReportData.layerLabel(tables, texts, layer))).append("</h3>\n");
    }
  }

  private void chartFile(StringBuilder out, String file) {
    ChartSpec spec = charts.get(file);
    if (spec != null) {
      chart(out, spec);
    }
  }

  private void chart(StringBuilder out, ChartSpec spec) {
    SvgCanvas svg = new SvgCanvas(ChartPainter.WIDTH, ChartPainter.HEIGHT);
    painter.paint(spec, svg);
    String document = svg.document();
    document = document.substring(document.indexOf("<svg"));
    out.append("<div class=\"chart\">")
        .append(scaled(document, ChartPainter.WIDTH, ChartPainter.HEIGHT))
        .append("</div>\n");
  }

  /** The SVG at the page's chart width, its drawing kept by the viewBox. */
  private static String scaled(String svg, double width, double height) {
    String size =
        String.format(
            Locale.ROOT,
            "width=\"%.0f\" height=\"%.0f\"",
            CHART_WIDTH,
            CHART_WIDTH * height / width);
    return svg.replaceFirst("width=\"" + (int) width + "\" height=\"" + (int) height + "\"", size);
  }

  private void table(StringBuilder out, List<String> headers, List<List<String>> rows, int text) {
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

  private static void note(StringBuilder out, String text) {
    out.append("<p class=\"note\">").append(x(text)).append("</p>\n");
  }

  private List<String> cols(String... keys) {
    List<String> headers = new ArrayList<>();
    for (String key : keys) {
      headers.add(texts.get("col." + key));
    }
    return headers;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private int roundingBase() {
    return tables.manifest().path("study").path("disclosure").path("rounding_base").asInt(10);
  }

  private String version() {
    return tables.manifest().path("tool").path("version").asText("?");
  }

  private String count(Long value) {
    return value == null ? "–" : texts.count(value);
  }

  private String pct(Double value) {
    return value == null ? "–" : texts.percent(value, 2);
  }

  private String dec(Double value) {
    return value == null ? "–" : texts.decimal(value, 2);
  }

  /** Text for XHTML: escaped, and no character that XML 1.0 forbids. */
  private static String x(String text) {
    return HtmlReport.escape(NOT_XML.matcher(text).replaceAll(""));
  }

  /**
   * The font the PDF embeds: DejaVu Sans (Linux), Arial (Windows) or Liberation Sans, found on the
   * machine; without one the PDF's built-in Helvetica, with the few characters it lacks replaced.
   */
  record Fonts(File regular, File bold) {
    private static final List<String[]> CANDIDATES =
        List.of(
            new String[] {
              "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
              "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
            },
            new String[] {"C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"},
            new String[] {
              "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
              "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
            });

    static Fonts find() {
      for (String[] candidate : CANDIDATES) {
        File regular = new File(candidate[0]);
        File bold = new File(candidate[1]);
        if (regular.isFile() && bold.isFile()) {
          return new Fonts(regular, bold);
        }
      }
      return none();
    }

    static Fonts none() {
      return new Fonts(null, null);
    }

    String family() {
      return regular == null ? "sans-serif" : "saldo, sans-serif";
    }

    void register(PdfRendererBuilder builder) {
      if (regular != null) {
        builder.useFont(regular, "saldo", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(bold, "saldo", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
      }
    }

    /** The text as the font can show it (Helvetica has no minus sign, arrow or ≥). */
    String safe(String text) {
      if (regular != null) {
        return text.replace("DejaVu Sans, Arial, sans-serif", "saldo, sans-serif");
      }
      return text.replace('−', '-').replace("→", "->").replace("≥", ">=").replace("≤", "<=");
    }
  }
}
