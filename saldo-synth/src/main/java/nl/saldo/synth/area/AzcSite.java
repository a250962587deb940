package nl.saldo.synth.area;

/**
 * Asylum seekers' centres of the north, with a weight for their share of arrivals. Ter Apel
 * (Westerwolde) is the national application centre and takes the largest share.
 */
public enum AzcSite {
  TER_APEL("GM1950", 10.0),
  MUSSELKANAAL("GM0037", 1.0),
  ASSEN("GM0106", 1.5),
  EMMEN("GM0114", 1.0),
  LEEUWARDEN("GM0080", 1.0),
  GRONINGEN("GM0014", 1.0),
  BURGUM("GM0737", 1.0);

  private final String gemeenteCode;
  private final double weight;

  AzcSite(String gemeenteCode, double weight) {
    this.gemeenteCode = gemeenteCode;
    this.weight = weight;
  }

  public String gemeenteCode() {
    return gemeenteCode;
  }

  public double weight() {
    return weight;
  }
}
