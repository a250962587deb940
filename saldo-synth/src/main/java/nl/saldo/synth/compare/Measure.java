package nl.saldo.synth.compare;

/** A measure of the report, the run table and column that hold it, and its tolerance rule. */
public enum Measure {
  POPULATION_2011("population_2011", "stocks", "pop_start"),
  POPULATION_2017("population_2017", "stocks", "pop_end"),
  CHANGE("change_2011_2017", "stocks", "change"),
  CHANGE_PCT_PER_YEAR("change_pct_per_year", "stocks", "change_pct_per_year"),
  SHARE_2017_PCT("share_2017_pct", "stocks", "share_end_pct"),
  SHARE_CHANGE_PP("share_change_pp", "stocks", "share_change_pp"),
  IN_MOVERS("in_movers", "migration", "in_movers"),
  OUT_MOVERS("out_movers", "migration", "out_movers"),
  NET("net", "migration", "net"),
  NET_PCT_PER_YEAR("net_rel_pct_per_year", "migration", "net_pct_per_year"),
  NET_SHARE_OF_CHANGE(
      "share_of_population_change_explained_pct", "migration", "net_share_of_change_pct");

  private final String code;
  private final String table;
  private final String column;

  Measure(String code, String table, String column) {
    this.code = code;
    this.table = table;
    this.column = column;
  }

  public String code() {
    return code;
  }

  public String table() {
    return table;
  }

  public String column() {
    return column;
  }

  /** Whether the measure is a count of persons (as opposed to a percentage). */
  public boolean isCount() {
    return table.equals("stocks")
        ? column.startsWith("pop_") || column.equals("change")
        : !column.contains("pct");
  }

  public static Measure of(String code) {
    for (Measure measure : values()) {
      if (measure.code.equals(code)) {
        return measure;
      }
    }
    throw new IllegalArgumentException("unknown measure '" + code + "' in the report figures");
  }
}
