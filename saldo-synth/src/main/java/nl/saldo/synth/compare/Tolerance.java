package nl.saldo.synth.compare;

/**
 * How close saldo's value must be to the report's (issue 3, "done when"): populations within 2%;
 * changes within 15% or 300 persons; in- and out-movers within 10%; nets within 5% of the area's
 * gross flow (in + out) and with the report's sign where its net exceeds 10% of that flow.
 * Percentages, which the report rounds coarsely, within 0.15 percentage points; shares of the
 * change explained by moves within 15 points.
 */
public final class Tolerance {
  private Tolerance() {}

  /**
   * The allowed absolute difference. grossFlow is the area's in + out (NaN when unknown); the
   * 300-person floor is scaled by the fraction of a synthetic population.
   */
  public static double of(ReportFigure figure, double grossFlow, double fraction) {
    double value = Math.abs(figure.value());
    return switch (figure.measure()) {
      case POPULATION_2011, POPULATION_2017 -> 0.02 * value;
      case CHANGE -> Math.max(0.15 * value, 300 * fraction);
      case IN_MOVERS, OUT_MOVERS -> 0.10 * value;
      case NET ->
          Double.isNaN(grossFlow) ? Math.max(0.15 * value, 300 * fraction) : 0.05 * grossFlow;
      case NET_SHARE_OF_CHANGE -> 15;
      default -> 0.15;
    };
  }

  /** Whether saldo's value holds: within the tolerance, and for nets with the report's sign. */
  public static boolean holds(
      ReportFigure figure, double saldo, double grossFlow, double fraction) {
    boolean close = Math.abs(saldo - figure.value()) <= of(figure, grossFlow, fraction);
    if (figure.measure() == Measure.NET
        && !Double.isNaN(grossFlow)
        && Math.abs(figure.value()) > 0.10 * grossFlow) {
      return close && Math.signum(saldo) == Math.signum(figure.value());
    }
    return close;
  }
}
