package nl.saldo.core.monitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.saldo.core.SaldoException;

/**
 * One move window of saldo monitor: whole calendar years, first day of {@code firstYear} to the
 * last day of {@code lastYear}, both inclusive (METHOD.md §5). Its stock years are the first year
 * and the last year + 1.
 */
public record MoveWindow(int firstYear, int lastYear) {

  public MoveWindow {
    if (lastYear < firstYear) {
      throw SaldoException.invalidInput(
          "window " + firstYear + "-" + lastYear + ": the last year is before the first year");
    }
  }

  public LocalDate start() {
    return LocalDate.of(firstYear, 1, 1);
  }

  public LocalDate end() {
    return LocalDate.of(lastYear, 12, 31);
  }

  /** The window as written on the command line and as its subdirectory: {@code 2011-2016}. */
  public String label() {
    return firstYear + "-" + lastYear;
  }

  /** Parses {@code 2011-2016,2012-2017}; each window as FIRST-LAST years. */
  public static List<MoveWindow> parseList(String text) {
    List<MoveWindow> windows = new ArrayList<>();
    for (String part : text.split(",")) {
      String trimmed = part.trim();
      String[] years = trimmed.split("-");
      if (years.length != 2) {
        throw SaldoException.invalidInput(
            "--windows: \"" + trimmed + "\" is not a window; expected FIRST-LAST, e.g. 2011-2016");
      }
      try {
        windows.add(
            new MoveWindow(Integer.parseInt(years[0].trim()), Integer.parseInt(years[1].trim())));
      } catch (NumberFormatException e) {
        throw SaldoException.invalidInput(
            "--windows: \"" + trimmed + "\" is not a window; expected years, e.g. 2011-2016");
      }
    }
    return checked(windows);
  }

  /**
   * Every window of {@code length} calendar years that lies inside the years {@code from} … {@code
   * to} (both inclusive), one year apart: length 6, 2011 … 2018 gives 2011-2016, 2012-2017 and
   * 2013-2018.
   */
  public static List<MoveWindow> sliding(int length, int from, int to) {
    if (length < 1) {
      throw SaldoException.invalidInput("--window-length must be at least 1, not " + length);
    }
    if (to - from + 1 < length) {
      throw SaldoException.invalidInput(
          "--from "
              + from
              + " --to "
              + to
              + " holds no window of "
              + length
              + " years; widen the range or shorten the window");
    }
    List<MoveWindow> windows = new ArrayList<>();
    for (int first = from; first + length - 1 <= to; first++) {
      windows.add(new MoveWindow(first, first + length - 1));
    }
    return checked(windows);
  }

  private static List<MoveWindow> checked(List<MoveWindow> windows) {
    if (windows.isEmpty()) {
      throw SaldoException.invalidInput("saldo monitor needs at least one window");
    }
    if (windows.stream().distinct().count() != windows.size()) {
      throw SaldoException.invalidInput("--windows names a window twice: " + windows);
    }
    return List.copyOf(windows);
  }
}
