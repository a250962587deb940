package nl.saldo.synth.facts;

/**
 * Public figures of one municipality (1 January 2018 division): inhabitants, mean address density
 * (oad) and age structure in percent (0-14, 15-24, 25-44, 45-64, 65+).
 */
public record Municipality(
    String gemeenteCode,
    String gemeenteName,
    String province,
    int inhabitants2011,
    int inhabitants2017,
    int inhabitants2018,
    double oad,
    double[] agePct) {

  /** Four-digit number of the CBS code, e.g. 14 for GM0014. */
  public int number() {
    return Integer.parseInt(gemeenteCode.substring(2));
  }
}
