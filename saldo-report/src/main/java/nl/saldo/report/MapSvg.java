package nl.saldo.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * The map of section g as a static SVG (for report.pdf): the study's municipalities coloured in
 * five classes of a figure (diverging around zero, as in report.html), a suppressed figure dark
 * grey, the neighbours outside the study light grey, with a legend. Longitude is shrunk by the
 * cosine of the middle latitude so that the country keeps its shape.
 */
final class MapSvg {
  static final String SUPPRESSED = "#8c96a0";
  static final String OUTSIDE = "#e6e9ec";
  static final List<String> DIVERGING =
      List.of("#b2182b", "#ef8a62", "#f7f7f7", "#67a9cf", "#2166ac");
  private static final double WIDTH = 900;
  private static final double HEIGHT = 620;
  private static final double LEGEND = 250;

  private MapSvg() {}

  /**
   * @param features GeoJSON features with properties.code (Boundaries)
   * @param values per municipality of the study its figure; null = suppressed
   */
  static String draw(
      JsonNode features,
      Map<String, Double> values,
      DoubleFunction<String> format,
      String title,
      String suppressedLabel,
      String outsideLabel) {
    double[] box = {180, 90, -180, -90};
    for (JsonNode feature : features) {
      if (values.containsKey(feature.path("properties").path("code").asText())) {
        points(feature.path("geometry"), p -> extend(box, p));
      }
    }
    if (box[0] > box[2]) {
      return "";
    }
    double margin = 0.08;
    double[] frame = {box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin};
    double shrink = Math.cos(Math.toRadians((frame[1] + frame[3]) / 2));
    double spanX = (frame[2] - frame[0]) * shrink;
    double spanY = frame[3] - frame[1];
    double scale = Math.min((WIDTH - LEGEND - 20) / spanX, (HEIGHT - 50) / spanY);
    double m =
        values.values().stream().filter(v -> v != null).mapToDouble(Math::abs).max().orElse(0.01);
    m = Math.max(m, 0.01);
    double step = 2 * m / 5;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"DejaVu Sans, Arial, sans-serif\">%n",
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT));
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>%n",
            WIDTH,
            HEIGHT));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"10\" y=\"24\" font-size=\"16\" font-weight=\"bold\" fill=\"#1d2633\">%s</text>%n",
            HtmlReport.escape(title)));
    for (JsonNode feature : features) {
      String code = feature.path("properties").path("code").asText();
      StringBuilder path = new StringBuilder();
      boolean[] inside = {false};
      rings(
          feature.path("geometry"),
          ring -> {
            for (int i = 0; i < ring.size(); i++) {
              double x = 10 + (ring.get(i)[0] - frame[0]) * shrink * scale;
              double y = 40 + (frame[3] - ring.get(i)[1]) * scale;
              if (x >= 0 && x <= WIDTH - LEGEND && y >= 30 && y <= HEIGHT) {
                inside[0] = true;
              }
              path.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            }
            path.append('Z');
          });
      if (!inside[0]) {
        continue;
      }
      String fill;
      if (!values.containsKey(code)) {
        fill = OUTSIDE;
      } else if (values.get(code) == null) {
        fill = SUPPRESSED;
      } else {
        int piece = (int) Math.floor((values.get(code) + m) / step);
        fill = DIVERGING.get(Math.max(0, Math.min(4, piece)));
      }
      boolean study = values.containsKey(code);
      svg.append(
          String.format(
              Locale.ROOT,
              "<path d=\"%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\" fill-rule=\"evenodd\"/>%n",
              path,
              fill,
              study ? "#6b7480" : "#ffffff",
              study ? "0.5" : "0.8"));
    }
    // clip what lies outside the frame under the legend's white panel
    double lx = WIDTH - LEGEND + 10;
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%.0f\" y=\"30\" width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>%n",
            WIDTH - LEGEND,
            LEGEND,
            HEIGHT - 30));
    double y = 60;
    for (int i = 4; i >= 0; i--) {
      double low = -m + i * step;
      legendItem(
          svg, lx, y, DIVERGING.get(i), format.apply(low) + " – " + format.apply(low + step));
      y += 24;
    }
    legendItem(svg, lx, y, SUPPRESSED, suppressedLabel);
    legendItem(svg, lx, y + 38, OUTSIDE, outsideLabel);
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static void legendItem(StringBuilder svg, double x, double y, String color, String text) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%.0f\" y=\"%.0f\" width=\"16\" height=\"14\" fill=\"%s\" stroke=\"#777777\" stroke-width=\"0.5\"/>%n",
            x,
            y - 12,
            color));
    // two lines at most, broken at a space, so that a long label stays inside the legend
    String first = text;
    String second = "";
    if (text.length() > 30 && text.lastIndexOf(' ', 30) > 0) {
      first = text.substring(0, text.lastIndexOf(' ', 30));
      second = text.substring(first.length() + 1);
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.0f\" y=\"%.0f\" font-size=\"12\" fill=\"#333333\">%s</text>%n",
            x + 22,
            y,
            HtmlReport.escape(first)));
    if (!second.isEmpty()) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.0f\" y=\"%.0f\" font-size=\"12\" fill=\"#333333\">%s</text>%n",
              x + 22,
              y + 14,
              HtmlReport.escape(second)));
    }
  }

  private static void extend(double[] box, double[] p) {
    box[0] = Math.min(box[0], p[0]);
    box[1] = Math.min(box[1], p[1]);
    box[2] = Math.max(box[2], p[0]);
    box[3] = Math.max(box[3], p[1]);
  }

  private static void points(JsonNode geometry, java.util.function.Consumer<double[]> each) {
    rings(geometry, ring -> ring.forEach(each));
  }

  /** Every ring of a Polygon or MultiPolygon as lon/lat pairs. */
  private static void rings(JsonNode geometry, java.util.function.Consumer<List<double[]>> each) {
    JsonNode coordinates = geometry.path("coordinates");
    List<JsonNode> polygons = new ArrayList<>();
    if ("MultiPolygon".equals(geometry.path("type").asText())) {
      coordinates.forEach(polygons::add);
    } else {
      polygons.add(coordinates);
    }
    for (JsonNode polygon : polygons) {
      for (JsonNode ring : polygon) {
        List<double[]> points = new ArrayList<>();
        ring.forEach(p -> points.add(new double[] {p.path(0).asDouble(), p.path(1).asDouble()}));
        if (!points.isEmpty()) {
          each.accept(points);
        }
      }
    }
  }
}
