package nl.saldo.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * report.html: one self-contained file (styles, ECharts from its WebJar, data and script inline)
 * that opens offline, e.g. from a USB stick.
 */
final class HtmlReport {
  static final String FILE = "report.html";
  private static final List<String> SCRIPTS =
      List.of(
          "report-base.js",
          "report-findings.js",
          "report-sections.js",
          "report-compare.js",
          "report-map.js",
          "report-analyses.js",
          "report-profile.js");
  private static final Pattern SLOT = Pattern.compile("\\{\\{([a-z]+)}}");

  private HtmlReport() {}

  static Path write(RunTables tables, ReportOptions options, Path target) {
    Texts texts = Texts.of(options.lang());
    Map<String, String> slots = new LinkedHashMap<>();
    slots.put("lang", options.lang());
    slots.put("generator", "saldo " + toolVersion(tables));
    slots.put("title", escape(texts.get("report.title")));
    slots.put("subtitle", escape(texts.get("report.subtitle", tables.studyText())));
    slots.put(
        "generated",
        escape(
            texts.get(
                "report.generated",
                "saldo",
                toolVersion(tables),
                tables
                    .manifest()
                    .path("run")
                    .path("started")
                    .asText(tables.runDir().getFileName().toString()))));
    slots.put(
        "banner",
        tables.unsafeUnrounded()
            ? "<p class=\"banner\" id=\"unsafe\">" + escape(texts.get("report.unsafe")) + "</p>"
            : "");
    tables
        .synthetic()
        .ifPresent(
            scale ->
                slots.put(
                    "banner",
                    slots.get("banner")
                        + "<p class=\"banner synthetic\" id=\"synthetic\">"
                        + escape(texts.get("synthetic.banner", scale))
                        + "</p>"));
    slots.put(
        "beyond",
        BeyondSections.html(
                tables,
                options.lang(),
                tables
                    .manifest()
                    .path("study")
                    .path("disclosure")
                    .path("min_denominator")
                    .asLong(100))
            + WhoMovesSection.html(
                tables.runDir(),
                options.lang(),
                (layer, unit) -> tables.units(layer).getOrDefault(unit, unit))
            + FactorsSection.html(tables.runDir(), options.lang()));
    slots.put("css", resource("report.css") + pageRules(tables, texts));
    slots.put("echarts", echarts());
    slots.put("data", json(ReportData.of(tables, options)));
    StringBuilder app = new StringBuilder();
    SCRIPTS.forEach(script -> app.append(resource(script)).append('\n'));
    slots.put("app", app.toString());
    try {
      Files.writeString(
          target, fill(resource("report-template.html"), slots), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReportException("cannot write " + target + ": " + e.getMessage(), e);
    }
    return target;
  }

  /**
   * The printed pages' margins: the synthetic or unsafe note on top of every page, the source line
   * and "Pagina 3 van 12" at the bottom (browsers without page margin boxes print the page without
   * them).
   */
  static String pageRules(RunTables tables, Texts texts) {
    String header =
        tables.unsafeUnrounded()
            ? texts.get("report.unsafe")
            : tables.synthetic().map(scale -> texts.get("synthetic.sheet", scale)).orElse("");
    String top =
        header.isEmpty()
            ? ""
            : " @top-center { content: \""
                + cssString(header)
                + "\"; color: #7d3c98; font: bold 9px sans-serif; }";
    return "\n@media print { @page {"
        + top
        + " @bottom-left { content: \""
        + cssString(WorkbookNotes.source(tables, texts))
        + "\"; color: #5b6675; font: 8px sans-serif; }"
        + " @bottom-right { content: \""
        + cssString(texts.get("pdf.page"))
        + " \" counter(page) \" "
        + cssString(texts.get("pdf.page.of"))
        + " \" counter(pages); font: 9px sans-serif; } } }\n";
  }

  /** Text inside a CSS string in a style element: quotes and backslashes escaped, no "</". */
  private static String cssString(String text) {
    return text.replace("\\", "\\\\")
        .replace("\"", "\\\"")
        .replace("<", "\\3c ")
        .replace("\n", " ");
  }

  /** Fills each {{slot}} of the template once; filled-in text is not scanned again. */
  static String fill(String template, Map<String, String> slots) {
    Matcher matcher = SLOT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = slots.get(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException(
            "report template slot {{" + matcher.group(1) + "}} has no value");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String toolVersion(RunTables tables) {
    return tables.manifest().path("tool").path("version").asText("?");
  }

  /** JSON that is safe inside a script element. */
  static String json(Object value) {
    try {
      return new ObjectMapper()
          .writeValueAsString(value)
          .replace("</", "<\\/")
          .replace("<!--", "<\\!--");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise report data", e);
    }
  }

  /** A table's header row: the words in pairs of English and Dutch, of the report's language. */
  static String headerRow(boolean en, String... words) {
    StringBuilder row = new StringBuilder("<tr>");
    for (int i = 0; i + 1 < words.length; i += 2) {
      row.append("<th>").append(en ? words[i] : words[i + 1]).append("</th>");
    }
    return row.append("</tr>\n").toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + name, e);
    }
  }

  /** echarts.min.js from the org.webjars.npm:echarts jar on the class path. */
  static String echarts() {
    Properties pom = new Properties();
    String pomPath = "/META-INF/maven/org.webjars.npm/echarts/pom.properties";
    try (InputStream in = HtmlReport.class.getResourceAsStream(pomPath)) {
      if (in == null) {
        throw new IllegalStateException(
            "the ECharts WebJar (org.webjars.npm:echarts) is not on the class path");
      }
      pom.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + pomPath, e);
    }
    String script =
        "/META-INF/resources/webjars/echarts/"
            + pom.getProperty("version")
            + "/dist/echarts.min.js";
    try (InputStream in = HtmlReport.class.getResourceAsStream(script)) {
      if (in == null) {
        throw new IllegalStateException("missing " + script + " in the ECharts WebJar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("</script", "<\\/script");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + script, e);
    }
  }
}
