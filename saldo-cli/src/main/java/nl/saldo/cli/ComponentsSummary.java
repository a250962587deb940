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
  private static final List<String> WORDS_NL =
      List.of(
          "vestiging",
          "vertrek",
          "geboorte",
          "komst uit het buitenland",
          "vertrek door sterfte of emigratie",
          "blijvers van wie de inkomenspositie de groep in veranderde",
          "blijvers van wie de inkomenspositie de groep uit veranderde");
  private static final List<Integer> SIGNS = List.of(1, -1, 1, 1, -1, 1, -1);

  private ComponentsSummary() {}

  static void print(PrintStream out, Table components) {
    print(out, components, unit -> unit);
  }

  /** The lines with each area type by its display name. */
  static void print(
      PrintStream out, Table components, java.util.function.UnaryOperator<String> name) {
    print(out, components, name, "en");
  }

  /** The lines in the summary's language (nl or en), each area type by its display name. */
  static void print(
      PrintStream out,
      Table components,
      java.util.function.UnaryOperator<String> name,
      String lang) {
    boolean dutch = "nl".equals(lang);
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
        out.printf(
            Locale.ROOT,
            dutch
                ? "%nComponenten van de verandering van lagere inkomens (components.csv)%n"
                : "%nComponents of the change of lower incomes (components.csv)%n");
        header = true;
      }
      out.println("  " + (dutch ? dutchLine(components, row, name) : line(components, row, name)));
    }
  }

  /** The line in Dutch words and numbers: "Krimpgebieden: verandering -820; grootste …". */
  static String dutchLine(
      Table components, List<Object> row, java.util.function.UnaryOperator<String> name) {
    nl.saldo.report.Texts texts = nl.saldo.report.Texts.of("nl");
    String unit = name.apply((String) row.get(components.index("unit")));
    if (row.stream().anyMatch(java.util.Objects::isNull)) {
      return unit + ": onderdrukt (min_cell).";
    }
    int largest = 0;
    long largestValue = 0;
    for (int i = 0; i < COMPONENTS.size(); i++) {
      long value = ((Number) row.get(components.index(COMPONENTS.get(i)))).longValue();
      if (value > largestValue) {
        largest = i;
        largestValue = value;
      }
    }
    long change = ((Number) row.get(components.index("change"))).longValue();
    String changed = unit + ": verandering " + signed(texts, change);
    if (largestValue == 0) {
      return changed + "; geen component boven nul.";
    }
    return changed
        + "; grootste component "
        + WORDS_NL.get(largest)
        + " ("
        + signed(texts, SIGNS.get(largest) * largestValue)
        + ").";
  }

  private static String signed(nl.saldo.report.Texts texts, long value) {
    return (value >= 0 ? "+" : "") + texts.count(value);
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
