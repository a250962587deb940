package nl.saldo.core.factors;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.saldo.core.disclosure.ProtectedTables;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;
import nl.saldo.core.study.FactorFit;

/**
 * factors.csv (issue #14, area factors): for lower and higher_incl_students, the weighted least
 * squares fit of the published net_pct_per_year of the gemeente rows of migration.csv on the
 * factors of areas/factors.csv, weighted by the group's published pop_start (or not at all,
 * factors.weight). Computed from published figures only (the disclosure-controlled tables), so it
 * shows nothing they do not; a municipality whose rate is empty (below the threshold, suppressed),
 * which has no factors row, a missing factor or no weight is left out and counted in {@code
 * left_out}. Descriptive: it says which factors go with the flows, not why people move.
 */
public final class FactorsTable {
  public static final String FILE = "factors.csv";
  public static final List<String> COLUMNS =
      List.of("group", "term", "estimate", "std_error", "t", "n", "left_out", "r2");
  public static final List<String> GROUPS = List.of("lower", "higher_incl_students");

  private FactorsTable() {}

  public static Table of(ProtectedTables tables, AreaFactors factors, FactorFit fit) {
    return of(tables.table(Mart.MIGRATION), tables.table(Mart.STOCKS), factors, fit);
  }

  /** From the published migration and stocks tables. */
  static Table of(Table migration, Table stocks, AreaFactors factors, FactorFit fit) {
    Map<List<Object>, Object> popStart = new HashMap<>();
    for (List<Object> row : stocks.rows()) {
      popStart.put(stocks.key(row, "layer", "unit", "group"), row.get(stocks.index("pop_start")));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (String group : GROUPS) {
      List<double[]> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      List<Double> w = new ArrayList<>();
      long leftOut = 0;
      for (List<Object> row : migration.rows()) {
        if (!"gemeente".equals(row.get(migration.index("layer")))
            || !group.equals(row.get(migration.index("group")))) {
          continue;
        }
        Object unit = row.get(migration.index("unit"));
        Object rate = row.get(migration.index("net_pct_per_year"));
        Object weight = popStart.get(List.of("gemeente", unit, group));
        Double[] values = factors.values().get(String.valueOf(unit));
        boolean usable =
            rate != null
                && values != null
                && Arrays.stream(values).allMatch(v -> v != null)
                && (!fit.weighted() || (weight != null && ((Number) weight).doubleValue() > 0));
        if (!usable) {
          leftOut++;
          continue;
        }
        x.add(Arrays.stream(values).mapToDouble(Double::doubleValue).toArray());
        y.add(((Number) rate).doubleValue());
        w.add(fit.weighted() ? ((Number) weight).doubleValue() : 1.0);
      }
      WeightedOls.Fit result =
          WeightedOls.fit(
              x.toArray(new double[0][]),
              y.stream().mapToDouble(Double::doubleValue).toArray(),
              w.stream().mapToDouble(Double::doubleValue).toArray());
      List<String> terms = new ArrayList<>();
      terms.add("intercept");
      terms.addAll(factors.names());
      for (int term = 0; term < terms.size(); term++) {
        rows.add(
            Arrays.asList(
                group,
                terms.get(term),
                result == null ? null : decimal(result.estimates()[term], 6),
                result == null ? null : decimal(result.standardErrors()[term], 6),
                result == null ? null : decimal(result.t()[term], 2),
                (long) y.size(),
                leftOut,
                result == null ? null : decimal(result.r2(), 4)));
      }
    }
    return new Table("factors", COLUMNS, rows);
  }

  private static BigDecimal decimal(double value, int scale) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return null;
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? rounded.abs() : rounded;
  }
}
