package nl.saldo.core.study;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
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
      checkBuiltIn("layers", name, "; overlays are always added");
    }
  }

  /** A layer named in {@code field} is a built-in one; {@code more} ends the list of them. */
  static void checkBuiltIn(String field, String layer, String more) {
    if (!StudySettings.BUILT_IN_LAYERS.contains(layer)) {
      throw new StudyFault(
          field,
          "unknown layer \""
              + layer
              + "\" (built-in layers: "
              + String.join(", ", StudySettings.BUILT_IN_LAYERS)
              + more
              + ")");
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

  /** A copy of the names: section that keeps the file's order, the reports' order. */
  static Map<String, Map<String, StudySettings.DisplayName>> copyOfNames(
      Map<String, Map<String, StudySettings.DisplayName>> names) {
    Map<String, Map<String, StudySettings.DisplayName>> copy = new LinkedHashMap<>();
    names.forEach(
        (layer, units) ->
            copy.put(
                layer,
                Collections.unmodifiableMap(
                    new LinkedHashMap<>(units == null ? Map.of() : units))));
    return Collections.unmodifiableMap(copy);
  }

  /** The names: section names layers of this study, and every unit a name in nl or en. */
  static void checkNames(
      Map<String, Map<String, StudySettings.DisplayName>> names, List<String> layers) {
    names.forEach(
        (layer, units) -> {
          if (!layers.contains(layer)) {
            throw new StudyFault(
                "names." + layer,
                "expected a layer of this study (" + String.join(", ", layers) + ")");
          }
          units.forEach(
              (unit, name) -> {
                if (name == null || name.name("nl") == null || name.name("nl").isBlank()) {
                  throw new StudyFault(
                      "names." + layer + "." + unit,
                      "expected a name in nl or en, e.g. {nl: Krimpgebieden, en: Shrinking"
                          + " regions}");
                }
              });
        });
  }
}
