package nl.saldo.duckdb;

import java.util.LinkedHashMap;
import java.util.Map;
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
    return row;
  }
}
