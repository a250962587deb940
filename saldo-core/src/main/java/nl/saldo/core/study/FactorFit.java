package nl.saldo.core.study;

/**
 * factors.csv (issue #14, area factors): how the municipalities are weighted in the fit of
 * net_pct_per_year on the factors of areas/factors.csv: {@code pop_start} (the group's published
 * start stock, the default) or {@code none} (every municipality counts the same).
 */
public record FactorFit(String weight) {
  public FactorFit {
    weight = weight == null || weight.isBlank() ? "pop_start" : weight.trim();
  }

  /** True when the municipalities are weighted by their group's start stock. */
  public boolean weighted() {
    return weight.equals("pop_start");
  }

  void validate() {
    if (!weight.equals("pop_start") && !weight.equals("none")) {
      throw new StudyFault("factors.weight", "expected pop_start or none, got \"" + weight + "\"");
    }
  }
}
