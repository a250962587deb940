package nl.saldo.synth.life;

import java.time.LocalDate;

/** Dates as epoch days (days since 1970-01-01), the generator's unit of time. */
public final class Days {
  public static final int OPEN = Integer.MAX_VALUE;
  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2030;
  private static final int[] YEAR_START = new int[LAST_YEAR - FIRST_YEAR + 2];

  static {
    for (int y = FIRST_YEAR; y <= LAST_YEAR + 1; y++) {
      YEAR_START[y - FIRST_YEAR] = (int) LocalDate.of(y, 1, 1).toEpochDay();
    }
  }

  private Days() {}

  public static int jan1(int year) {
    return YEAR_START[year - FIRST_YEAR];
  }

  public static int year(int day) {
    int lo = 0;
    int hi = YEAR_START.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (YEAR_START[mid] <= day) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return FIRST_YEAR + lo;
  }

  /** A uniformly random day in [from, to). */
  public static int between(int from, int to, java.util.SplittableRandom random) {
    return to <= from ? from : from + random.nextInt(to - from);
  }

  /** The day a person born on birth reaches the given age in whole years (approximately). */
  public static int ageDay(int birth, double years) {
    return birth + (int) Math.round(years * 365.25);
  }
}
