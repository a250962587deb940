package nl.saldo.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/** A linear value axis with "nice" ticks (1, 2, 5 × 10^n) mapped onto a pixel span. */
final class Axis {
  private final double low;
  private final double high;
  private final double step;
  private final double from;
  private final double to;

  Axis(double min, double max, double from, double to) {
    double span = max - min == 0 ? 1 : max - min;
    double raw = span / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double nice =
        raw / magnitude <= 1 ? 1 : raw / magnitude <= 2 ? 2 : raw / magnitude <= 5 ? 5 : 10;
    this.step = nice * magnitude;
    this.low = Math.floor(min / step) * step;
    this.high = Math.ceil(max / step) * step;
    this.from = from;
    this.to = to;
  }

  double low() {
    return low;
  }

  double high() {
    return high;
  }

  /** The pixel position of a value (named y, but also used for horizontal axes). */
  double y(double value) {
    return from + (value - low) / (high - low) * (to - from);
  }

  List<Double> ticks() {
    List<Double> ticks = new ArrayList<>();
    for (double tick = low; tick <= high + step / 2; tick += step) {
      ticks.add(Math.abs(tick) < step / 1e6 ? 0 : tick);
    }
    return ticks;
  }

  void drawHorizontalGrid(Canvas canvas, double left, double right, DoubleFunction<String> label) {
    for (double tick : ticks()) {
      canvas.line(left, y(tick), right, y(tick), "#e3e6ea", 1, false);
      canvas.text(
          left - 6, y(tick) + 4, label.apply(tick), 11, Canvas.Anchor.END, false, "#555555");
    }
  }
}
