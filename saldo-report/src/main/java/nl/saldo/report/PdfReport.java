package nl.saldo.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * report.pdf: the report as the 2019 study was, A4 pages to forward or print — key findings first,
 * then every section with its static SVG chart (the same as charts/*.svg) and its full table, every
 * unit's profile, and the method with the disclosure note; page numbers, source line and the
 * rounding note in the footer of every page, the synthetic or unsafe banner in its header. Built in
 * plain Java (XHTML through openhtmltopdf, PDFBox and Batik), so it is written where no browser
 * runs, e.g. in CBS Remote Access. The sections are written by PdfFindings, PdfSections,
 * PdfFlowSections, PdfAnalysisSections and PdfMethodSections into one PdfBody.
 */
final class PdfReport {
  static final String FILE = "report.pdf";

  private final RunTables tables;
  private final Texts texts;
  private final JsonNode boundaries;
  private final Map<String, ChartSpec> charts = new LinkedHashMap<>();

  private PdfReport(RunTables tables, Texts texts, JsonNode boundaries) {
    this.tables = tables;
    this.texts = texts;
    this.boundaries = boundaries;
    new ChartSpecs(tables, texts).all().forEach(spec -> charts.put(spec.file(), spec));
  }

  static Path write(RunTables tables, ReportOptions options, Path target) {
    System.setProperty("java.awt.headless", "true");
    Texts texts = Texts.of(options.lang());
    Path boundaryFile = MapLayer.boundaries(options, tables);
    JsonNode geo = boundaryFile != null ? Boundaries.read(boundaryFile) : Boundaries.bundled();
    PdfFonts fonts = PdfFonts.find();
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
        .document(PdfFonts.none());
  }

  /** The sections in the order of report.html. */
  private PdfBody sections() {
    PdfBody body = new PdfBody(tables, texts, charts);
    PdfSections study = new PdfSections(body);
    PdfFlowSections flows = new PdfFlowSections(body);
    PdfAnalysisSections analyses =
        new PdfAnalysisSections(body, AnalysisTables.read(tables.runDir()));
    PdfMethodSections method = new PdfMethodSections(body);
    new PdfFindings(body).write();
    study.sectionA();
    study.sectionB();
    study.sectionC();
    study.sectionD();
    flows.sectionE();
    study.sectionF();
    flows.sectionG(boundaries);
    analyses.sectionJ();
    analyses.sectionK();
    method.sectionH();
    method.sectionI();
    return body;
  }

  private String document(PdfFonts fonts) {
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
    PdfBody sections = sections();
    List<String[]> contents = sections.contents();
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
    body.append(sections.toString());
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

  private String css(PdfFonts fonts) {
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

  private String version() {
    return tables.manifest().path("tool").path("version").asText("?");
  }

  private static String x(String text) {
    return PdfBody.x(text);
  }
}
