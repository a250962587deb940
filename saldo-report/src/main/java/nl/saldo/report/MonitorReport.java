package nl.saldo.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.saldo.core.monitor.Trend;

/**
 * monitor.html of saldo monitor: per unit of the coarse layers (study, province, region, area type)
 * a line chart of net_pct_per_year per window for lower incomes, higher incomes incl. students and
 * the total, from trend.csv alone (published numbers only); a suppressed rate is a gap in its line.
 */
public final class MonitorReport {
  public static final String FILE = "monitor.html";
  static final List<String> COLUMNS = Trend.COLUMNS;
  static final List<String> LAYERS = List.of("study", "province", "region", "area_type");
  static final List<String> GROUPS = List.of("lower", "higher_incl_students", "total");
  private static final Map<String, String> COLOURS =
      Map.of("lower", "#c0392b", "higher_incl_students", "#2471a3", "total", "#555555");
  private static final int WIDTH = 560;
  private static final int HEIGHT = 260;

  private MonitorReport() {}

  /** One unit's rates: window label → group → rate (null when suppressed). */
  record UnitTrend(
      String layer, String unit, String name, Map<String, Map<String, Double>> rates) {}

  public static Path write(Path monitorDir, String lang) {
    CsvTable trend = CsvTable.read(monitorDir.resolve(Trend.FILE), COLUMNS);
    boolean english = "en".equals(lang);
    List<String> windows = new ArrayList<>();
    Map<String, UnitTrend> units = new LinkedHashMap<>();
    for (CsvTable.Row row : trend.rows()) {
      String window =
          row.text("window_start").substring(0, 4) + "–" + row.text("window_end").substring(0, 4);
      if (!windows.contains(window)) {
        windows.add(window);
      }
      String layer = row.text("layer");
      String group = row.text("group");
      if (!LAYERS.contains(layer) || !GROUPS.contains(group)) {
        continue;
      }
      UnitTrend unit =
          units.computeIfAbsent(
              layer + "\u0000" + row.text("unit"),
              k ->
                  new UnitTrend(
                      layer, row.text("unit"), row.text("unit_name"), new LinkedHashMap<>()));
      unit.rates()
          .computeIfAbsent(window, k -> new LinkedHashMap<>())
          .put(group, row.percent("net_pct_per_year"));
    }
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(english ? "en" : "nl")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>saldo monitor</title>\n")
        .append("<style>body{font-family:sans-serif;max-width:1200px;margin:2em auto;color:#222}")
        .append(
            "figure{display:inline-block;margin:0 1em 1em 0}figcaption{font-weight:bold}</style>\n")
        .append("</head>\n<body>\n<h1>saldo monitor</h1>\n<p>")
        .append(
            HtmlReport.escape(
                english
                    ? "Net domestic migration in % per year of the group's start stock, per move window"
                        + " (windows: "
                        + String.join(", ", windows)
                        + "). Every number is a published, disclosure-controlled figure of that"
                        + " window's migration.csv; a gap is a suppressed rate. Each window's own"
                        + " tables and report are in windows/."
                    : "Binnenlands migratiesaldo in % per jaar van de beginstand van de groep, per"
                        + " verhuisperiode (perioden: "
                        + String.join(", ", windows)
                        + "). Elk getal is een gepubliceerd, beveiligd cijfer uit migration.csv van"
                        + " die periode; een onderbreking is een onderdrukt percentage. De tabellen"
                        + " en het rapport van elke periode staan in windows/."))
        .append("</p>\n<p>");
    for (String group : GROUPS) {
      html.append("<span style=\"color:")
          .append(COLOURS.get(group))
          .append("\">&#9632; ")
          .append(HtmlReport.escape(label(group, english)))
          .append("</span> &nbsp; ");
    }
    html.append("</p>\n");
    String layer = null;
    for (UnitTrend unit : units.values()) {
      if (!unit.layer().equals(layer)) {
        layer = unit.layer();
        html.append("<h2>").append(HtmlReport.escape(layer)).append("</h2>\n");
      }
      html.append("<figure id=\"trend-")
          .append(HtmlReport.escape(unit.layer() + "-" + unit.unit()))
          .append("\"><figcaption>")
          .append(HtmlReport.escape(unit.name()))
          .append("</figcaption>\n")
          .append(chart(unit, windows))
          .append("</figure>\n");
    }
    html.append("</body>\n</html>\n");
    Path file = monitorDir.resolve(FILE);
    try {
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReportException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  static String label(String group, boolean english) {
    return switch (group) {
      case "lower" -> english ? "lower incomes" : "lage inkomens";
      case "higher_incl_students" ->
          english ? "higher incomes incl. students" : "hogere inkomens incl. studenten";
      default -> english ? "total" : "totaal";
    };
  }

  private static String chart(UnitTrend unit, List<String> windows) {
    double min = 0;
    double max = 0;
    for (Map<String, Double> rates : unit.rates().values()) {
      for (Double rate : rates.values()) {
        if (rate != null) {
          min = Math.min(min, rate);
          max = Math.max(max, rate);
        }
      }
    }
    if (max - min < 0.1) {
      max += 0.05;
      min -= 0.05;
    }
    double left = 60;
    double right = WIDTH - 20;
    double top = 15;
    double bottom = HEIGHT - 40;
    double lo = min;
    double span = max - min;
    java.util.function.DoubleUnaryOperator y = v -> bottom - (v - lo) / span * (bottom - top);
    java.util.function.IntToDoubleFunction x =
        i ->
            windows.size() == 1
                ? (left + right) / 2
                : left + i * (right - left) / (windows.size() - 1);
    SvgCanvas canvas = new SvgCanvas(WIDTH, HEIGHT);
    canvas.line(left, y.applyAsDouble(0), right, y.applyAsDouble(0), "#999999", 1, false);
    canvas.line(left, top, left, bottom, "#999999", 1, false);
    for (double tick : new double[] {min, 0, max}) {
      canvas.text(
          left - 6,
          y.applyAsDouble(tick) + 4,
          String.format(Locale.ROOT, "%.2f", tick),
          11,
          Canvas.Anchor.END,
          false,
          "#333333");
    }
    for (int i = 0; i < windows.size(); i++) {
      canvas.text(
          x.applyAsDouble(i),
          bottom + 18,
          windows.get(i),
          11,
          Canvas.Anchor.MIDDLE,
          false,
          "#333333");
    }
    for (String group : GROUPS) {
      String colour = COLOURS.get(group);
      Double previous = null;
      for (int i = 0; i < windows.size(); i++) {
        Map<String, Double> rates = unit.rates().get(windows.get(i));
        Double rate = rates == null ? null : rates.get(group);
        if (rate != null) {
          canvas.circle(x.applyAsDouble(i), y.applyAsDouble(rate), 3, colour);
          if (previous != null) {
            canvas.line(
                x.applyAsDouble(i - 1),
                y.applyAsDouble(previous),
                x.applyAsDouble(i),
                y.applyAsDouble(rate),
                colour,
                2,
                false);
          }
        }
        previous = rate;
      }
    }
    String document = canvas.document();
    return document.substring(document.indexOf("<svg"));
  }
}
