package nl.saldo.core.pipeline;

/**
 * The method as a pipeline, in order (STYLE.md §2): read inputs → validate → classify areas →
 * classify persons → find AZC addresses → derive moves → count stocks and flows → rates →
 * disclosure control → write. {@code sql} names the engine's resource file for the stage and its
 * data contracts; stages without one run in Java.
 */
public enum Stage {
  LOAD("reading inputs", null),
  VALIDATE("checking inputs", null),
  SELECT_SPELLS("selecting the spells that cover a day", "spells_effective"),
  CLASSIFY_AREAS("classifying buurten into layers and units", "areas_classified"),
  CLASSIFY_PERSONS("grouping persons by income position", "incomes_grouped"),
  FIND_AZC("finding AZC addresses", "azc_addresses"),
  DERIVE_MOVES("deriving domestic moves", "moves_derived"),
  COUNT_STOCKS("counting stocks", "stocks_counted"),
  COUNT_FLOWS("counting flows", "flows_counted"),
  COMPUTE_RATES("computing rates and percentages", "rates_computed"),
  COUNT_COMPONENTS("counting components of change", "components_counted"),
  MEASURE_SEGREGATION("measuring segregation", "segregation_measured"),
  DISCLOSURE("applying disclosure control", null),
  WRITE("writing outputs", null);

  private final String description;
  private final String sql;

  Stage(String description, String sql) {
    this.description = description;
    this.sql = sql;
  }

  public String description() {
    return description;
  }

  /** The stage's SQL name, or null when the stage is not engine SQL. */
  public String sql() {
    return sql;
  }

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
