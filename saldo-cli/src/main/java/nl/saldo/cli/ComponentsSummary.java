package nl.saldo.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import nl.saldo.core.pipeline.Table;

/**
 * One line per area type for the terminal summary: the change of lower incomes and its largest
 * component (METHOD.md §12), from the disclosure-controlled components.csv. Nothing when the
 * analysis is switched off.
 */
final class ComponentsSummary {
  private static final List<String> COMPONENTS =
      List.of(
          "moved_in",
          "moved_out",
          "born",
          "arrived",
          "left",
          "stayers_into_group",
          "stayers_out_of_group");
  private static final List<String> WORDS =
      List.of(
          "moves in",
          "moves out",
          "births",
          "arrivals from abroad",
          "departures (death, emigration)",
          "stayers whose income position changed into it",
          "stayers whose income position changed out of it");
  private static final List<Integer> SIGNS = List.of(1, -1, 1, 1, -1, 1, -1);

  private ComponentsSummary() {}

  static void print(PrintStream out, Table components) {
    print(out, components, unit -> unit);
  }

  /** The lines with each area type by its display name. */
  static void print(
      PrintStream out, Table components, java.util.function.UnaryOperator<String> name) {
    if (components == null || components.rows().isEmpty()) {
      return;
    }
    boolean header = false;
    for (List<Object> row : components.rows()) {
      if (!"area_type".equals(row.get(components.index("layer")))
          || !"lower".equals(row.get(components.index("group")))) {
        continue;
      }
      if (!header) {
        out.printf(Locale.ROOT, "%nComponents of the change of lower incomes (components.csv)%n");
        header = true;
      }
      out.println("  " + line(components, row, name));
    }
  }

  static String line(Table components, List<Object> row) {
    return line(components, row, unit -> unit);
  }

  static String line(
      Table components, List<Object> row, java.util.function.UnaryOperator<String> name) {
    int largest = 0;
    long largestValue = 0;
    if (row.stream().anyMatch(java.util.Objects::isNull)) {
      return row.get(components.index("unit")) + ": suppressed (min_cell).";
    }
    for (int i = 0; i < COMPONENTS.size(); i++) {
      long value = ((Number) row.get(components.index(COMPONENTS.get(i)))).longValue();
      if (value > largestValue) {
        largest = i;
        largestValue = value;
      }
    }
    long change = ((Number) row.get(components.index("change"))).longValue();
    String unit = name.apply((String) row.get(components.index("unit")));
    if (largestValue == 0) {
      return String.format(Locale.US, "%s: change %+,d; no component above zero.", unit, change);
    }
    return String.format(
        Locale.US,
        "%s: change %+,d; largest component %s (%+,d).",
        unit,
        change,
        WORDS.get(largest),
        SIGNS.get(largest) * largestValue);
  }
}
