package nl.saldo.synth.area;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.saldo.synth.facts.AreaFacts;
import nl.saldo.synth.facts.Municipality;

/**
 * The generated buurten of every municipality, with a spread of urbanity around the municipality's
 * real mean oad, and their addresses: regular ones, care homes (institutional households) and
 * asylum centres (AZC).
 */
public final class Geography {
  private static final double OAD_SPREAD = 0.65;
  private static final int PERSONS_PER_BUURT = 1_500;
  private static final double NEARBY_SHARE = 0.8;

  private final AreaFacts facts;
  private final List<Buurt> buurten = new ArrayList<>();
  private final int[][] buurtenOf;
  private final int[] careHomes;
  private final List<AzcPlace> azcAddresses = new ArrayList<>();

  private Geography(AreaFacts facts) {
    this.facts = facts;
    this.buurtenOf = new int[facts.municipalities().size()][];
    this.careHomes = new int[facts.municipalities().size()];
  }

  /**
   * Builds the buurten. Study municipalities (and, at national scale, all) get one buurt per about
   * 1,500 inhabitants; elsewhere three buurten stand in as origin and destination of moves.
   */
  public static Geography build(
      AreaFacts facts, Study study, boolean national, double fraction, long seed) {
    Geography geography = new Geography(facts);
    SplittableRandom random = new SplittableRandom(seed ^ 0x6e0_b0_07L);
    List<Municipality> all = facts.municipalities();
    for (int m = 0; m < all.size(); m++) {
      Municipality municipality = all.get(m);
      boolean full = national || study.municipalities().containsKey(municipality.gemeenteCode());
      int count =
          full
              ? Math.max(3, Math.round(municipality.inhabitants2018() / (float) PERSONS_PER_BUURT))
              : 3;
      geography.addBuurten(m, municipality, Math.min(count, 9_999), fraction, random);
      geography.careHomes[m] =
          Math.max(1, (int) Math.round(municipality.inhabitants2018() * fraction / 2_500));
    }
    for (AzcSite site : AzcSite.values()) {
      int m = facts.indexOf(site.gemeenteCode());
      int[] own = geography.buurtenOf[m];
      Buurt buurt = geography.buurten.get(own[Math.floorMod(site.ordinal() * 7, own.length)]);
      int places = Math.max(1, (int) Math.round(site.weight()));
      for (int k = 0; k < places; k++) {
        geography.azcAddresses.add(new AzcPlace(buurt.address(Buurt.AZC_NUMBER + k), m));
      }
    }
    return geography;
  }

  private void addBuurten(
      int m, Municipality municipality, int count, double fraction, SplittableRandom random) {
    double[] weight = new double[count];
    double[] density = new double[count];
    double weightSum = 0;
    double densitySum = 0;
    for (int i = 0; i < count; i++) {
      weight[i] = Math.exp(0.5 * random.nextGaussian());
      density[i] = Math.exp(OAD_SPREAD * random.nextGaussian());
      weightSum += weight[i];
      densitySum += weight[i] * density[i];
    }
    double norm = municipality.oad() / (densitySum / weightSum);
    buurtenOf[m] = new int[count];
    for (int i = 0; i < count; i++) {
      double share = weight[i] / weightSum;
      int addresses =
          (int) Math.max(4, Math.ceil(municipality.inhabitants2018() * share * fraction / 1.5));
      String code = String.format("BU%04d%04d", municipality.number(), i);
      int index = buurten.size();
      buurten.add(
          new Buurt(index, code, m, Math.max(20, Math.round(density[i] * norm)), share, addresses));
      buurtenOf[m][i] = index;
    }
  }

  public List<Buurt> buurten() {
    return buurten;
  }

  public Buurt buurt(int index) {
    return buurten.get(index);
  }

  public int[] buurtenOf(int municipality) {
    return buurtenOf[municipality];
  }

  public AreaFacts facts() {
    return facts;
  }

  public int careHomesOf(int municipality) {
    return careHomes[municipality];
  }

  /** One address per AZC place; Ter Apel has ten, weighting arrivals by site. */
  public List<AzcPlace> azcAddresses() {
    return azcAddresses;
  }

  public static int buurtOfAddress(long addressId) {
    return (int) (addressId / Buurt.ADDRESS_BASE);
  }

  /**
   * Picks a buurt of a municipality by inhabitants, tilted towards dense buurten when urbanityTilt
   * &gt; 0 and towards sparse ones when it is &lt; 0.
   */
  public int pickBuurt(int municipality, double urbanityTilt, SplittableRandom random) {
    int[] own = buurtenOf[municipality];
    return pickAmong(own, 0, own.length, urbanityTilt, random);
  }

  /**
   * A regular address for a move within the municipality: most such moves stay in the part of the
   * municipality around the current buurt (neighbouring buurt numbers stand for neighbouring
   * places), the others go anywhere in it.
   */
  public long pickNearbyAddress(long currentAddress, double urbanityTilt, SplittableRandom random) {
    Buurt current = buurten.get(buurtOfAddress(currentAddress));
    int[] own = buurtenOf[current.municipality()];
    int position = current.index() - own[0];
    int window = Math.max(2, own.length / 10);
    boolean nearby = random.nextDouble() < NEARBY_SHARE;
    int from = nearby ? Math.max(0, position - window) : 0;
    int to = nearby ? Math.min(own.length, position + window + 1) : own.length;
    Buurt buurt = buurten.get(pickAmong(own, from, to, urbanityTilt, random));
    return buurt.address(1 + random.nextInt(buurt.addresses()));
  }

  private int pickAmong(int[] own, int from, int to, double urbanityTilt, SplittableRandom random) {
    double total = 0;
    for (int i = from; i < to; i++) {
      total += tilted(buurten.get(own[i]), urbanityTilt);
    }
    double u = random.nextDouble() * total;
    for (int i = from; i < to; i++) {
      u -= tilted(buurten.get(own[i]), urbanityTilt);
      if (u <= 0) {
        return own[i];
      }
    }
    return own[to - 1];
  }

  private static double tilted(Buurt buurt, double tilt) {
    return tilt == 0 ? buurt.weight() : buurt.weight() * Math.pow(buurt.oad() / 1000.0, tilt);
  }

  /** A regular address in a buurt of the municipality. */
  public long pickAddress(int municipality, double urbanityTilt, SplittableRandom random) {
    Buurt buurt = buurten.get(pickBuurt(municipality, urbanityTilt, random));
    return buurt.address(1 + random.nextInt(buurt.addresses()));
  }

  public long careHomeAddress(int municipality, SplittableRandom random) {
    int[] own = buurtenOf[municipality];
    int k = random.nextInt(careHomes[municipality]);
    return buurten.get(own[k % own.length]).address(Buurt.CARE_HOME_NUMBER + k / own.length);
  }
}
