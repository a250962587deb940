package nl.saldo.report;

import java.util.List;

/**
 * A chart for a file, independent of how it is drawn. Values are published numbers; null =
 * suppressed.
 */
sealed interface ChartSpec permits ChartSpec.Bars, ChartSpec.Scatter {
  String file();

  String title();

  record Series(String name, String color, List<Double> values) {}

  /**
   * Grouped (or stacked) bars: one bar per series within each category; values are counts, or
   * percentages ({@code percent}), or percentage points ({@code points}, two decimals without %).
   */
  record Bars(
      String file,
      String title,
      List<String> categories,
      List<Series> series,
      boolean stacked,
      boolean percent,
      boolean points)
      implements ChartSpec {
    Bars(
        String file,
        String title,
        List<String> categories,
        List<Series> series,
        boolean stacked,
        boolean percent) {
      this(file, title, categories, series, stacked, percent, false);
    }
  }

  record Point(String label, String color, double x, double y) {}

  /** Units as dots: x = net % per year of higher incomes incl. students, y = of lower incomes. */
  record Scatter(
      String file,
      String title,
      List<Point> points,
      String xTitle,
      String yTitle,
      List<String> quadrants)
      implements ChartSpec {}
}
