package nl.saldo.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Lays out a ChartSpec on a Canvas: title, legend, axes with nice ticks, bars or dots. */
final class ChartPainter {
  static final int WIDTH = 900;
  static final int HEIGHT = 560;
  private static final double LEFT = 80;
  private static final double RIGHT = 30;
  private static final double TOP = 80;
  private static final double BOTTOM = 130;
  private final Texts texts;

  ChartPainter(Texts texts) {
    this.texts = texts;
  }

  void paint(ChartSpec spec, Canvas canvas) {
    canvas.text(WIDTH / 2.0, 28, spec.title(), 17, Canvas.Anchor.MIDDLE, true, "#1d2633");
    if (spec instanceof ChartSpec.Bars bars) {
      bars(bars, canvas);
    } else if (spec instanceof ChartSpec.Scatter scatter) {
      scatter(scatter, canvas);
    }
  }

  private void bars(ChartSpec.Bars spec, Canvas canvas) {
    legend(spec.series(), canvas);
    double[] range =
        spec.stacked()
            ? stackedRange(spec)
            : range(spec.series().stream().flatMap(s -> s.values().stream()).toList());
    Axis axis = new Axis(range[0], range[1], HEIGHT - BOTTOM, TOP);
    java.util.function.DoubleFunction<String> format =
        value ->
            spec.percent()
                ? texts.percent(value, 2)
                : spec.points() ? texts.decimal(value, 2) : texts.count(Math.round(value));
    axis.drawHorizontalGrid(canvas, LEFT, WIDTH - RIGHT, format::apply);
    // value labels when there is room for them: few bars, side by side
    boolean labels = !spec.stacked() && spec.categories().size() * spec.series().size() <= 16;
    double band = (WIDTH - LEFT - RIGHT) / Math.max(1, spec.categories().size());
    int bars = spec.stacked() ? 1 : spec.series().size();
    double barWidth = Math.min(40, band * 0.8 / bars);
    for (int c = 0; c < spec.categories().size(); c++) {
      double x0 = LEFT + c * band + (band - barWidth * bars) / 2;
      double positive = 0;
      double negative = 0;
      for (int s = 0; s < spec.series().size(); s++) {
        Double value = spec.series().get(s).values().get(c);
        if (value == null) {
          continue;
        }
        double base = spec.stacked() ? (value >= 0 ? positive : negative) : 0;
        double x = spec.stacked() ? x0 : x0 + s * barWidth;
        double top = axis.y(Math.max(base, base + value));
        double bottom = axis.y(Math.min(base, base + value));
        canvas.rect(
            x, top, barWidth - 1, Math.max(0.5, bottom - top), spec.series().get(s).color());
        if (labels) {
          canvas.text(
              x + (barWidth - 1) / 2,
              value >= 0 ? top - 4 : bottom + 12,
              (value > 0 ? "+" : "") + format.apply(value),
              10,
              Canvas.Anchor.MIDDLE,
              false,
              "#333333");
        }
        if (spec.stacked()) {
          positive += Math.max(0, value);
          negative += Math.min(0, value);
        }
      }
      categoryLabel(canvas, LEFT + c * band + band / 2, spec.categories().get(c), band);
    }
    canvas.line(LEFT, axis.y(0), WIDTH - RIGHT, axis.y(0), "#333333", 1, false);
  }

  private void categoryLabel(Canvas canvas, double x, String label, double band) {
    int longest =
        java.util.Arrays.stream(label.split("\n")).mapToInt(String::length).max().orElse(0);
    if (band < 7 * longest) {
      // too narrow for the label lying down: write it slanted, ending under its bar
      String text = label.replace("\n", " ");
      List<String> lines = new ArrayList<>(List.of(text));
      if (text.length() > 22 && text.indexOf(' ') > 0) {
        // two slanted lines, broken at the space nearest the middle, rather than a cut label
        int middle = text.length() / 2;
        int left = text.lastIndexOf(' ', middle);
        int right = text.indexOf(' ', middle);
        int at =
            left < 0 ? right : right < 0 ? left : middle - left <= right - middle ? left : right;
        lines = List.of(text.substring(0, at), text.substring(at + 1));
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        // the next line one line height further along the slant's normal (sin 40°, cos 40°)
        canvas.rotatedText(
            x + 4 + i * 7.7,
            HEIGHT - BOTTOM + 14 + i * 9.2,
            line.length() > 30 ? line.substring(0, 29) + "…" : line,
            10.5,
            -40,
            Canvas.Anchor.END);
      }
      return;
    }
    String[] lines = label.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String text = lines[i];
      int fit = (int) Math.max(4, band / 6.5);
      canvas.text(
          x,
          HEIGHT - BOTTOM + 18 + i * 14,
          text.length() > fit ? text.substring(0, fit - 1) + "…" : text,
          11,
          Canvas.Anchor.MIDDLE,
          false,
          "#333333");
    }
  }

  private void legend(List<ChartSpec.Series> series, Canvas canvas) {
    double x = LEFT;
    double y = 52;
    for (ChartSpec.Series s : series) {
      double width = 26 + s.name().length() * 6.6;
      if (x + width > WIDTH - RIGHT) {
        x = LEFT;
        y += 18;
      }
      canvas.rect(x, y - 10, 12, 12, s.color());
      canvas.text(x + 16, y, s.name(), 12, Canvas.Anchor.START, false, "#333333");
      x += width;
    }
  }

  private void scatter(ChartSpec.Scatter spec, Canvas canvas) {
    List<Double> all = new ArrayList<>();
    spec.points()
        .forEach(
            p -> {
              all.add(Math.abs(p.x()));
              all.add(Math.abs(p.y()));
            });
    double max =
        Math.max(0.1, all.stream().mapToDouble(Double::doubleValue).max().orElse(0.1)) * 1.15;
    Axis vertical = new Axis(-max, max, HEIGHT - BOTTOM, TOP);
    Axis horizontal = new Axis(-max, max, LEFT, WIDTH - RIGHT);
    vertical.drawHorizontalGrid(canvas, LEFT, WIDTH - RIGHT, value -> texts.percent(value, 2));
    canvas.line(horizontal.y(0), TOP, horizontal.y(0), HEIGHT - BOTTOM, "#333333", 1, false);
    canvas.line(
        horizontal.y(vertical.low()),
        vertical.y(vertical.low()),
        horizontal.y(vertical.high()),
        vertical.y(vertical.high()),
        "#999999",
        1,
        true);
    for (double tick : horizontal.ticks()) {
      canvas.text(
          horizontal.y(tick),
          HEIGHT - BOTTOM + 16,
          texts.percent(tick, 2),
          11,
          Canvas.Anchor.MIDDLE,
          false,
          "#555555");
    }
    List<String> q = spec.quadrants();
    canvas.text(LEFT + 8, TOP + 14, q.get(0), 11, Canvas.Anchor.START, false, "#5b6675");
    canvas.text(WIDTH - RIGHT - 8, TOP + 14, q.get(1), 11, Canvas.Anchor.END, false, "#5b6675");
    canvas.text(LEFT + 8, HEIGHT - BOTTOM - 8, q.get(2), 11, Canvas.Anchor.START, false, "#5b6675");
    canvas.text(
        WIDTH - RIGHT - 8, HEIGHT - BOTTOM - 8, q.get(3), 11, Canvas.Anchor.END, false, "#5b6675");
    for (ChartSpec.Point p : spec.points()) {
      canvas.circle(horizontal.y(p.x()), vertical.y(p.y()), 5, p.color());
      canvas.text(
          horizontal.y(p.x()) + 8,
          vertical.y(p.y()) + 4,
          p.label(),
          10,
          Canvas.Anchor.START,
          false,
          "#333333");
    }
    canvas.text(
        WIDTH / 2.0,
        HEIGHT - BOTTOM + 40,
        spec.xTitle(),
        12,
        Canvas.Anchor.MIDDLE,
        false,
        "#333333");
    canvas.rotatedText(
        22, (TOP + HEIGHT - BOTTOM) / 2, spec.yTitle(), 12, -90, Canvas.Anchor.MIDDLE);
  }

  private static double[] stackedRange(ChartSpec.Bars spec) {
    List<Double> sums = new ArrayList<>();
    for (int c = 0; c < spec.categories().size(); c++) {
      double positive = 0;
      double negative = 0;
      for (ChartSpec.Series s : spec.series()) {
        Double v = s.values().get(c);
        positive += v == null ? 0 : Math.max(0, v);
        negative += v == null ? 0 : Math.min(0, v);
      }
      sums.add(positive);
      sums.add(negative);
    }
    return range(sums);
  }

  private static double[] range(List<Double> values) {
    double low =
        values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).min().orElse(0);
    double high =
        values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(1);
    return new double[] {Math.min(0, low), Math.max(high, low == high ? low + 1 : 0)};
  }
}
