package nl.saldo.core.disclosure;

/** Rounding of counts to a base, halves away from zero (METHOD.md §7: 15 → 20, −25 → −30). */
public final class Rounding {
  private Rounding() {}

  public static long roundToBase(long value, long base) {
    if (base <= 0) {
      throw new IllegalArgumentException("rounding base must be positive: " + base);
    }
    long magnitude = Math.abs(value);
    long rounded = Math.addExact(Math.multiplyExact(magnitude, 2), base) / (2 * base) * base;
    return value < 0 ? -rounded : rounded;
  }
}
