package nl.saldo.synth.area;

/**
 * A generated buurt: its CBS-style code, municipality, mean address density (oad), share of the
 * municipality's inhabitants, and how many regular addresses it offers.
 */
public record Buurt(
    int index, String buurtCode, int municipality, double oad, double weight, int addresses) {

  /** Address ids are the buurt index times this, plus a house number. */
  public static final long ADDRESS_BASE = 100_000L;

  static final int CARE_HOME_NUMBER = 90_000;

  /** House numbers from here on are places of an asylum seekers' centre. */
  public static final int AZC_NUMBER = 99_000;

  public long address(int houseNumber) {
    return index * ADDRESS_BASE + houseNumber;
  }
}
