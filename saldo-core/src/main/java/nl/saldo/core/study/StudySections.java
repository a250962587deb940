package nl.saldo.core.study;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The smaller sections of the study file, with their defaults and checks. */
public final class StudySections {
  private StudySections() {}

  /** The window in which moves are counted (METHOD.md §5). */
  public record MoveWindow(LocalDate start, LocalDate end) {
    public MoveWindow {
      start = start == null ? LocalDate.of(2011, 1, 1) : start;
      end = end == null ? LocalDate.of(2016, 12, 31) : end;
    }

    void validate() {
      if (end.isBefore(start)) {
        throw new StudyFault("move_window", "end " + end + " lies before start " + start);
      }
    }
  }

  /** The period in which an address is an AZC when enough persons lived there (METHOD.md §5). */
  public record AzcPeriod(LocalDate start, LocalDate end) {
    public AzcPeriod {
      start = start == null ? LocalDate.of(1995, 1, 1) : start;
      end = end == null ? LocalDate.of(2017, 12, 31) : end;
    }

    void validate() {
      if (end.isBefore(start)) {
        throw new StudyFault("azc.period", "end " + end + " lies before start " + start);
      }
    }
  }

  static void checkUrbanityBounds(List<BigDecimal> bounds) {
    boolean increasing = bounds.size() == 4;
    for (int i = 1; increasing && i < bounds.size(); i++) {
      increasing = bounds.get(i - 1).compareTo(bounds.get(i)) < 0;
    }
    if (!increasing) {
      throw new StudyFault(
          "urbanity_bounds", "expected four increasing oad bounds, e.g. [500, 1000, 1500, 2500]");
    }
  }

  /**
   * The layers in METHOD.md §9 order, whatever order the study file lists them in; names that are
   * not built-in layers follow, for {@link #checkLayers} to name.
   */
  static List<String> inLayerOrder(List<String> layers) {
    List<String> named = layers.stream().map(layer -> layer == null ? "" : layer).toList();
    return java.util.stream.Stream.concat(
            StudySettings.BUILT_IN_LAYERS.stream().filter(named::contains),
            named.stream().filter(layer -> !StudySettings.BUILT_IN_LAYERS.contains(layer)))
        .distinct()
        .toList();
  }

  static void checkLayers(List<String> layers) {
    for (String name : layers) {
      if (!StudySettings.BUILT_IN_LAYERS.contains(name)) {
        throw new StudyFault(
            "layers",
            "unknown layer \""
                + name
                + "\" (built-in layers: "
                + String.join(", ", StudySettings.BUILT_IN_LAYERS)
                + "; overlays are always added)");
      }
    }
  }

  static void checkColumns(Map<String, Map<String, String>> columns) {
    for (String table : columns.keySet()) {
      if (!StudySettings.INPUT_TABLES.contains(table)) {
        throw new StudyFault(
            "columns." + table,
            "unknown input table (known: "
                + String.join(", ", StudySettings.INPUT_TABLES.stream().sorted().toList())
                + ")");
      }
    }
  }
}
