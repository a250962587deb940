package nl.saldo.sav;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Values as the text that goes into a raw table: numbers in plain notation (integers without {@code
 * .0}), SPSS dates as ISO {@code YYYY-MM-DD}, date-times as {@code YYYY-MM-DD HH:MM:SS}.
 */
final class SavValueText {

  /** Day 0 of SPSS's calendar: values count seconds since midnight, 14 October 1582. */
  static final LocalDateTime SPSS_EPOCH = LocalDateTime.of(1582, 10, 14, 0, 0);

  private static final double LARGEST_EXACT_INTEGER = 9_007_199_254_740_992d;
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private SavValueText() {}

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) <= LARGEST_EXACT_INTEGER) {
      return Long.toString((long) value);
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  static String date(double seconds) {
    long days = Math.floorDiv((long) Math.floor(seconds), 86_400L);
    return SPSS_EPOCH.toLocalDate().plusDays(days).toString();
  }

  static String dateTime(double seconds) {
    return SPSS_EPOCH.plusSeconds((long) Math.floor(seconds)).format(DATE_TIME);
  }

  /**
   * The SPSS date value (seconds since the epoch) of a calendar day; the inverse of {@link #date}.
   */
  static double spssDate(LocalDate day) {
    return (double) (day.toEpochDay() - SPSS_EPOCH.toLocalDate().toEpochDay()) * 86_400d;
  }

  static String of(SavVariable variable, double value) {
    if (variable.format().isDate()) {
      return date(value);
    }
    if (variable.format().isDateTime()) {
      return dateTime(value);
    }
    return number(value);
  }
}
