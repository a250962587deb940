package nl.saldo.duckdb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.study.StudySettings;

/**
 * The study settings as the values of the one-row {@code settings} table, by column name (public:
 * the Spark engine fills its settings table from the same row).
 */
public final class SettingsRow {
  private SettingsRow() {}

  public static Map<String, Object> of(StudySettings settings) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("study_name", settings.name());
    row.put("stock_start_year", settings.stockStartYear());
    row.put("stock_end_year", settings.stockEndYear());
    row.put("window_start", settings.windowStart().toString());
    row.put("window_end", settings.windowEnd().toString());
    row.put("max_gap_days", settings.maxGapDays());
    row.put("lower_threshold", settings.income().lowerThreshold());
    row.put("upper_threshold", settings.income().upperThreshold());
    row.put("stock_year_offset", settings.income().stockYearOffset());
    row.put("move_year_offset", settings.income().moveYearOffset());
    row.put("azc_period_start", settings.azc().periodStart().toString());
    row.put("azc_period_end", settings.azc().periodEnd().toString());
    row.put("azc_more_than_persons", settings.azc().moreThanPersons());
    row.put("azc_min_age_years", settings.azc().minAgeYears());
    row.put("azc_origin", settings.azc().origin());
    for (int i = 0; i < 4; i++) {
      row.put("urbanity_bound_" + (i + 1), settings.urbanityBounds().get(i));
    }
    row.put("min_denominator", settings.disclosure().minDenominator());
    row.put("years_stock", settings.yearsStock());
    row.put("years_moves", settings.yearsMoves());
    row.put("sequence_layer", settings.sequences().layer());
    row.put("sequence_max_length", settings.sequences().maxLength());
    // profiles.csv: "0,18,25,35,50,65" and "persons.education,incomes.benefit" (SQL splits them)
    row.put(
        "age_class_bounds",
        String.join(",", settings.profiles().ageClasses().stream().map(String::valueOf).toList()));
    List<String> attributes = new java.util.ArrayList<>();
    for (String table : List.of("persons", "incomes")) {
      for (String attribute : settings.profiles().attributesOf(table)) {
        attributes.add(table + "." + attribute);
      }
    }
    row.put("profile_attributes", String.join(",", attributes));
    return row;
  }

  /** Fails (internal) when the engine's settings table has other columns than the row. */
  public static void checkColumns(List<?> columns, Map<String, Object> row) {
    if (!columns.equals(List.copyOf(row.keySet()))) {
      throw SaldoException.internal(
          "settings table columns " + columns + " differ from " + row.keySet(), null);
    }
  }
}
