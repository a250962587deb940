package nl.saldo.sav;

/**
 * A print format of a variable ({@code F8.2}, {@code A20}, {@code DATE11}), decoded from the int32
 * of the variable record: format type, field width and decimals.
 */
public record SavFormat(int type, int width, int decimals) {

  private static final String[] NAMES = {
    "",
    "A",
    "AHEX",
    "COMMA",
    "DOLLAR",
    "F",
    "IB",
    "PIBHEX",
    "P",
    "PIB",
    "PK",
    "RB",
    "RBHEX",
    "",
    "",
    "Z",
    "N",
    "E",
    "",
    "",
    "DATE",
    "TIME",
    "DATETIME",
    "ADATE",
    "JDATE",
    "DTIME",
    "WKDAY",
    "MONTH",
    "MOYR",
    "QYR",
    "WKYR",
    "PCT",
    "DOT",
    "CCA",
    "CCB",
    "CCC",
    "CCD",
    "CCE",
    "EDATE",
    "SDATE",
    "MTIME",
    "YMDHMS"
  };

  static SavFormat decode(int packed) {
    return new SavFormat((packed >> 16) & 0xff, (packed >> 8) & 0xff, packed & 0xff);
  }

  /** The format's name as SPSS writes it, e.g. {@code F8.2} or {@code DATE11}. */
  public String name() {
    String code = type < NAMES.length && !NAMES[type].isEmpty() ? NAMES[type] : "?" + type;
    boolean showsDecimals =
        type != 1
            && type != 2
            && !isDate()
            && !isDateTime()
            && !(type >= 21 && type <= 27)
            && type != 40;
    return showsDecimals ? code + width + "." + decimals : code + width;
  }

  /** A calendar date without time of day: the value counts seconds since 14 October 1582. */
  public boolean isDate() {
    return switch (type) {
      case 20, 23, 24, 28, 29, 30, 38, 39 -> true;
      default -> false;
    };
  }

  /** A date with time of day (DATETIME, YMDHMS). */
  public boolean isDateTime() {
    return type == 22 || type == 41;
  }
}
