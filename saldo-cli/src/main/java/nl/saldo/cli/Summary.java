package nl.saldo.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;
import nl.saldo.core.study.StudySettings;

/**
 * The terminal summary after a run, in the words of the report: per unit of the area-type layer the
 * in-movers, out-movers and net per group, the net in % per year of lower and of higher incomes
 * incl. students, and which way domestic moves push the share of lower incomes. Only
 * disclosure-controlled numbers.
 */
final class Summary {
  private static final Map<String, String> GROUP_LABELS = new LinkedHashMap<>();

  static {
    GROUP_LABELS.put("lt101", "below 101% of social minimum");
    GROUP_LABELS.put("101_150", "101-150% of social minimum");
    GROUP_LABELS.put("ge150", "150% and up");
    GROUP_LABELS.put("student", "students");
    GROUP_LABELS.put("total", "total");
  }

  private final RunJob.Outcome outcome;

  Summary(RunJob.Outcome outcome) {
    this.outcome = outcome;
  }

  void print(PrintStream out) {
    StudySettings settings = outcome.settings();
    Table migration = outcome.result().tables().table(Mart.MIGRATION);
    out.printf(
        Locale.ROOT,
        "%nsaldo: %s — domestic moves %s … %s, stocks 1 January %d and %d%n",
        settings.name(),
        settings.windowStart(),
        settings.windowEnd(),
        settings.stockStartYear(),
        settings.stockEndYear());
    out.println(
        outcome.result().tables().unsafeUnrounded()
            ? "!! UNSAFE: counts are NOT rounded — not for publication"
            : outcome.result().tables().exactPercentages()
                ? "!! UNSAFE: percentages from UNROUNDED counts — not for publication"
                : "Counts rounded to multiples of "
                    + settings.disclosure().roundingBase()
                    + " (disclosure control on).\n"
                    + "Percentages come from the rounded counts. Each count is rounded on its own,"
                    + " so in − out = net and\nthe groups adding up to the total hold before"
                    + " rounding only: published figures may differ by a few "
                    + settings.disclosure().roundingBase()
                    + "s.");
    Map<String, Map<String, List<Object>>> byUnit = rowsByUnit(migration, "area_type");
    if (byUnit.isEmpty()) {
      out.println("(no area_type layer in this run)");
    }
    byUnit.forEach((unit, groups) -> printUnit(out, migration, unit, groups));
    ComponentsSummary.print(out, outcome.result().tables().table(Mart.COMPONENTS));
    out.printf(Locale.ROOT, "%nOutputs in %s%n", outcome.out());
    out.print("Stage times:");
    outcome
        .timings()
        .forEach((stage, millis) -> out.printf(Locale.ROOT, " %s %.1fs", stage, millis / 1000.0));
    out.println();
  }

  private void printUnit(
      PrintStream out, Table migration, String unit, Map<String, List<Object>> groups) {
    out.printf(Locale.ROOT, "%n%s%n", unit);
    out.printf(Locale.ROOT, "  %-30s %10s %10s %10s %10s%n", "", "in", "out", "net", "net %/yr");
    GROUP_LABELS.forEach(
        (group, label) -> {
          List<Object> row = groups.get(group);
          if (row != null) {
            out.printf(
                Locale.ROOT,
                "  %-30s %10s %10s %10s %10s%n",
                label,
                number(row.get(migration.index("in_movers"))),
                number(row.get(migration.index("out_movers"))),
                number(row.get(migration.index("net"))),
                percent(row.get(migration.index("net_pct_per_year"))));
          }
        });
    Object lower = groups.get("lower").get(migration.index("net_pct_per_year"));
    Object higher = groups.get("higher_incl_students").get(migration.index("net_pct_per_year"));
    out.printf(
        Locale.ROOT,
        "  Net per year: lower incomes %s, higher incomes incl. students %s.%n",
        percent(lower),
        percent(higher));
    out.println("  " + direction(unit, (BigDecimal) lower, (BigDecimal) higher));
  }

  /** Moves raise the share of lower incomes when they grow (or shrink less) than higher incomes. */
  static String direction(String unit, BigDecimal lower, BigDecimal higher) {
    if (lower == null || higher == null) {
      return "Too few persons to say which way domestic moves push the share of lower incomes.";
    }
    int comparison = lower.compareTo(higher);
    if (comparison > 0) {
      return "Domestic moves raise the share of lower incomes in " + unit + ".";
    }
    if (comparison < 0) {
      return "Domestic moves lower the share of lower incomes in " + unit + ".";
    }
    return "Domestic moves leave the share of lower incomes in " + unit + " as it was.";
  }

  private static Map<String, Map<String, List<Object>>> rowsByUnit(Table table, String layer) {
    Map<String, Map<String, List<Object>>> units = new LinkedHashMap<>();
    for (List<Object> row : table.rows()) {
      if (layer.equals(row.get(table.index("layer")))) {
        units
            .computeIfAbsent((String) row.get(table.index("unit")), key -> new LinkedHashMap<>())
            .put((String) row.get(table.index("group")), row);
      }
    }
    return units;
  }

  private static String number(Object value) {
    return value == null ? "" : String.format(Locale.US, "%,d", ((Number) value).longValue());
  }

  private static String percent(Object value) {
    return value == null ? "n/a" : ((BigDecimal) value).toPlainString() + "%";
  }
}
