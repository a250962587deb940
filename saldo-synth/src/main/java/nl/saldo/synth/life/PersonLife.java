package nl.saldo.synth.life;

import java.util.Arrays;

/**
 * One generated person: birth, migration background, register entry, address spells (start
 * inclusive, end exclusive, {@link Days#OPEN} for still there) and income position per year
 * 2009-2018.
 */
public final class PersonLife {
  public static final int FIRST_INCOME_YEAR = 2009;
  public static final int LAST_INCOME_YEAR = 2018;
  static final int YEARS = LAST_INCOME_YEAR - FIRST_INCOME_YEAR + 1;

  public final int birth;
  public final Origin origin;
  public final int entry;
  long[] addresses = new long[2];
  int[] starts = new int[2];
  int[] ends = new int[2];
  int spellCount;
  final byte[] groups = new byte[YEARS];
  final boolean[] institutional = new boolean[YEARS];

  /** Whether the income position of this person may be shifted to calibrate stocks. */
  boolean correctable;

  int lastWindowMoveYear;

  /**
   * The position the person's household drew from the node's stayer shares (null: did not draw).
   */
  Group drawnGroup;

  /** Whether the plan's emigration probability applies to this person. */
  boolean mayEmigrate;

  /** Whether the person heads the household (one per household). */
  boolean head;

  public PersonLife(int birth, Origin origin, int entry) {
    this.birth = birth;
    this.origin = origin;
    this.entry = entry;
    Arrays.fill(groups, (byte) -1);
  }

  void addSpell(long address, int start, int end) {
    if (end <= start) {
      return;
    }
    if (spellCount == addresses.length) {
      addresses = Arrays.copyOf(addresses, spellCount * 2);
      starts = Arrays.copyOf(starts, spellCount * 2);
      ends = Arrays.copyOf(ends, spellCount * 2);
    }
    addresses[spellCount] = address;
    starts[spellCount] = start;
    ends[spellCount] = end;
    spellCount++;
  }

  /** Ends the person's residence in the Netherlands on day (death or emigration). */
  void leaveOn(int day) {
    int kept = 0;
    for (int i = 0; i < spellCount; i++) {
      if (starts[i] < day) {
        ends[i] = Math.min(ends[i], day);
        kept = i + 1;
      }
    }
    spellCount = kept;
  }

  public int spellCount() {
    return spellCount;
  }

  public long address(int spell) {
    return addresses[spell];
  }

  public int start(int spell) {
    return starts[spell];
  }

  public int end(int spell) {
    return ends[spell];
  }

  /** The address on day, or -1 when not living in the Netherlands. */
  public long addressOn(int day) {
    for (int i = 0; i < spellCount; i++) {
      if (starts[i] <= day && day < ends[i]) {
        return addresses[i];
      }
    }
    return -1;
  }

  /** Group in an income year, or null when the person has no income row for it. */
  public Group group(int year) {
    if (year < FIRST_INCOME_YEAR || year > LAST_INCOME_YEAR) {
      return null;
    }
    byte g = groups[year - FIRST_INCOME_YEAR];
    return g < 0 ? null : Group.values()[g];
  }

  public boolean institutional(int year) {
    return institutional[year - FIRST_INCOME_YEAR];
  }

  void setGroup(int fromYear, int toYear, Group group) {
    for (int y = Math.max(fromYear, FIRST_INCOME_YEAR);
        y <= Math.min(toYear, LAST_INCOME_YEAR);
        y++) {
      groups[y - FIRST_INCOME_YEAR] = group == null ? -1 : (byte) group.ordinal();
    }
  }

  void setInstitutional(int fromYear, int toYear) {
    for (int y = Math.max(fromYear, FIRST_INCOME_YEAR);
        y <= Math.min(toYear, LAST_INCOME_YEAR);
        y++) {
      institutional[y - FIRST_INCOME_YEAR] = true;
    }
  }

  /** Whether a spell overlaps the year (the person lived in the Netherlands then). */
  public boolean livesIn(int year) {
    int from = Days.jan1(year);
    int to = Days.jan1(year + 1);
    for (int i = 0; i < spellCount; i++) {
      if (starts[i] < to && ends[i] > from) {
        return true;
      }
    }
    return false;
  }

  public Group drawnGroup() {
    return drawnGroup;
  }

  public boolean mayEmigrate() {
    return mayEmigrate;
  }

  public boolean head() {
    return head;
  }

  public boolean correctable() {
    return correctable;
  }

  /** Whether the plan may shift this person's position (the same test in tally and shift). */
  public boolean shiftable() {
    return correctable
        && firstShiftableYear() <= 2017
        && group(2017) != null
        && addressOn(Days.jan1(2017)) >= 0;
  }

  /** First income year whose group may be shifted without changing any counted move. */
  public int firstShiftableYear() {
    return Math.max(2012, lastWindowMoveYear + 2);
  }
}
