package nl.saldo.sav;

import java.util.List;

/**
 * The user-missing values declared for one variable: up to three discrete values, or a range
 * (optionally plus one discrete value) for numeric variables. Strings compare without trailing
 * spaces.
 */
public record SavMissing(List<Double> numbers, Double low, Double high, List<String> strings) {

  public static final SavMissing NONE = new SavMissing(List.of(), null, null, List.of());

  public boolean isEmpty() {
    return numbers.isEmpty() && low == null && strings.isEmpty();
  }

  public boolean isMissing(double value) {
    if (low != null && value >= low && value <= high) {
      return true;
    }
    for (double missing : numbers) {
      if (missing == value) {
        return true;
      }
    }
    return false;
  }

  public boolean isMissing(String value) {
    return strings.contains(value);
  }

  /** Human-readable, e.g. {@code 9999, 1 THRU 3} or {@code '-', '--'}. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    if (low != null) {
      text.append(SavValueText.number(low)).append(" THRU ").append(SavValueText.number(high));
    }
    for (double missing : numbers) {
      text.append(text.length() > 0 ? ", " : "").append(SavValueText.number(missing));
    }
    for (String missing : strings) {
      text.append(text.length() > 0 ? ", " : "").append('\'').append(missing).append('\'');
    }
    return text.toString();
  }
}
