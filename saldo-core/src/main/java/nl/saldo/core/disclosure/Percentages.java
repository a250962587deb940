package nl.saldo.core.disclosure;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The derived figures of METHOD.md §6 in exact integer arithmetic, the same as the engine's {@code
 * percentage} macro: 100 × numerator / denominator rounded half away from zero to two decimals,
 * {@code -0.00} as {@code 0.00}, empty below the threshold on the published denominator (§7, §9).
 * Every engine's tables go through these, so a figure is always a function of the counts it is
 * computed from.
 */
public final class Percentages {
  private static final BigInteger TWENTY_THOUSAND = BigInteger.valueOf(20_000);
  private static final BigInteger TWO = BigInteger.TWO;

  private Percentages() {}

  /** 100 × numerator / denominator to two decimals, halves away from zero; null when 0 / 0. */
  public static BigDecimal percentage(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      return null;
    }
    BigInteger magnitude =
        TWENTY_THOUSAND
            .multiply(numerator.abs())
            .add(denominator.abs())
            .divide(TWO.multiply(denominator.abs()));
    int sign = numerator.signum() * denominator.signum();
    BigInteger hundredths = sign < 0 ? magnitude.negate() : magnitude;
    return new BigDecimal(hundredths, 2);
  }

  public static BigDecimal percentage(long numerator, long denominator) {
    return percentage(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /** True when a percentage over this denominator may be published (§7: |d| ≥ threshold, d ≠ 0). */
  public static boolean publishable(long denominator, long threshold) {
    return denominator != 0 && Math.abs(denominator) >= threshold;
  }

  /** numerator / (denominator × years) × 100, empty when the denominator is below the threshold. */
  public static BigDecimal perYear(long numerator, long denominator, long years, long threshold) {
    if (!publishable(denominator, threshold) || years == 0) {
      return null;
    }
    return percentage(
        BigInteger.valueOf(numerator),
        BigInteger.valueOf(denominator).multiply(BigInteger.valueOf(years)));
  }

  /** part / whole × 100, empty when the whole is below the threshold. */
  public static BigDecimal share(long part, long whole, long threshold) {
    return publishable(whole, threshold) ? percentage(part, whole) : null;
  }

  /**
   * share_end − share_start in percentage points from the shares before their rounding (§9): (e ×
   * T0 − s × T1) / (T0 × T1) × 100; empty when either total is below the threshold or 0.
   */
  public static BigDecimal shareChange(
      long partStart, long totalStart, long partEnd, long totalEnd, long threshold) {
    if (!publishable(totalStart, threshold) || !publishable(totalEnd, threshold)) {
      return null;
    }
    BigInteger t0 = BigInteger.valueOf(totalStart);
    BigInteger t1 = BigInteger.valueOf(totalEnd);
    return percentage(
        BigInteger.valueOf(partEnd)
            .multiply(t0)
            .subtract(BigInteger.valueOf(partStart).multiply(t1)),
        t0.multiply(t1));
  }

  /** versterkend when net and change have the same sign, dempend when opposite, else empty. */
  public static String effect(long net, long change) {
    if (net == 0 || change == 0) {
      return null;
    }
    return Long.signum(net) == Long.signum(change) ? "versterkend" : "dempend";
  }
}
