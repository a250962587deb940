package nl.saldo.synth.out;

import java.time.LocalDate;
import nl.saldo.synth.life.Days;

/** ISO texts of epoch days, cached for the years the generator uses. */
final class DateText {
  private static final int FIRST = Days.jan1(Days.FIRST_YEAR);
  private static final String[] TEXT = new String[Days.jan1(Days.LAST_YEAR + 1) - FIRST];

  static {
    for (int i = 0; i < TEXT.length; i++) {
      TEXT[i] = LocalDate.ofEpochDay(FIRST + i).toString();
    }
  }

  private DateText() {}

  static String of(int day) {
    if (day == Days.OPEN) {
      return "";
    }
    int i = day - FIRST;
    return i >= 0 && i < TEXT.length ? TEXT[i] : LocalDate.ofEpochDay(day).toString();
  }
}
