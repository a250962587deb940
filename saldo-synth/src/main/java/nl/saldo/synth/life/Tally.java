package nl.saldo.synth.life;

import java.util.function.Consumer;
import nl.saldo.synth.area.Buurt;
import nl.saldo.synth.area.Geography;

/**
 * Counts what a pass generated, the way the method will count it: population per municipality and
 * per node and group on 1 January 2011 and 2017, persons whose position may still shift, and the
 * counted moves between nodes per group.
 */
public final class Tally implements Consumer<PersonLife> {
  public static final int Y2011 = 0;
  public static final int Y2017 = 1;
  private static final int[] STOCK_DAYS = {Days.jan1(2011), Days.jan1(2017)};
  private static final int WINDOW_START = Days.jan1(2011);
  private static final int WINDOW_END = Days.jan1(2017);

  private final Geography geography;
  private final int[] nodeOf;
  public final long[][] population;

  /** Persons on 1 January 2011 per municipality to whom the emigration probability applies. */
  public final long[] mayEmigrate2011;

  public final long[][][] stock;
  public final long[][] shiftable;

  /**
   * Persons and households on 1 January 2011 per node by the group drawn from the stayer shares.
   */
  public final long[][] stayerPersons2011;

  public final long[][] stayerHouseholds2011;
  public final long[][] inMovers;
  public final long[][] outMovers;
  public long persons;
  public long residences;
  public long incomeRows;

  public Tally(Geography geography, int[] nodeOf, int nodes) {
    this.geography = geography;
    this.nodeOf = nodeOf;
    population = new long[2][nodeOf.length];
    mayEmigrate2011 = new long[nodeOf.length];
    int groups = Group.values().length;
    stock = new long[2][nodes][groups];
    shiftable = new long[nodes][groups];
    stayerPersons2011 = new long[nodes][groups];
    stayerHouseholds2011 = new long[nodes][groups];
    inMovers = new long[nodes][groups];
    outMovers = new long[nodes][groups];
  }

  @Override
  public void accept(PersonLife person) {
    persons++;
    residences += person.spellCount();
    for (int year = PersonLife.FIRST_INCOME_YEAR; year <= PersonLife.LAST_INCOME_YEAR; year++) {
      if (person.group(year) != null && person.livesIn(year)) {
        incomeRows++;
      }
    }
    for (int s = 0; s < 2; s++) {
      long address = person.addressOn(STOCK_DAYS[s]);
      if (address < 0) {
        continue;
      }
      int municipality = municipalityOf(address);
      population[s][municipality]++;
      if (s == Y2011 && person.mayEmigrate()) {
        mayEmigrate2011[municipality]++;
      }
      int node = nodeOf[municipality];
      if (node >= 0) {
        Group group = person.group(s == 0 ? 2011 : 2017);
        stock[s][node][(group == null ? Group.OTHER : group).ordinal()]++;
        if (s == Y2011 && person.drawnGroup() != null) {
          stayerPersons2011[node][person.drawnGroup().ordinal()]++;
          stayerHouseholds2011[node][person.drawnGroup().ordinal()] += person.head() ? 1 : 0;
        }
        if (s == Y2017 && person.shiftable()) {
          shiftable[node][group.ordinal()]++;
        }
      }
    }
    countMoves(person);
  }

  private void countMoves(PersonLife person) {
    for (int i = 1; i < person.spellCount(); i++) {
      int start = person.start(i);
      if (start < WINDOW_START
          || start >= WINDOW_END
          || start - person.end(i - 1) > 1
          || person.address(i) == person.address(i - 1)
          || isAzc(person.address(i - 1))) {
        continue;
      }
      Group group = person.group(Days.year(start) + 1);
      if (group == null || group == Group.OTHER || person.institutional(Days.year(start) + 1)) {
        continue;
      }
      int from = nodeOf[municipalityOf(person.address(i - 1))];
      int to = nodeOf[municipalityOf(person.address(i))];
      if (from != to) {
        if (from >= 0) {
          outMovers[from][group.ordinal()]++;
        }
        if (to >= 0) {
          inMovers[to][group.ordinal()]++;
        }
      }
    }
  }

  private int municipalityOf(long address) {
    return geography.buurt(Geography.buurtOfAddress(address)).municipality();
  }

  static boolean isAzc(long address) {
    return address % Buurt.ADDRESS_BASE >= Buurt.AZC_NUMBER;
  }
}
