package nl.saldo.core.input;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.saldo.core.study.RepairPolicy;

/**
 * One class of invalid input in one file and column: how many rows (and persons) share it and the
 * first few examples, in file order.
 *
 * @param expected what a valid value looks like, when it depends on the column; else null
 */
public record Fault(
    String file,
    FaultKind kind,
    String column,
    String expected,
    long rows,
    long persons,
    List<Example> examples) {

  /** A row of the file with this fault: its 1-based data row number, the value, and any detail. */
  public record Example(long row, String value, String detail) {}

  /**
   * The message: file, row, column, value and what was expected, then how many rows share the fault
   * and up to five examples.
   */
  public String message() {
    Example first = examples.get(0);
    StringBuilder text = new StringBuilder();
    text.append(file)
        .append(" row ")
        .append(number(first.row()))
        .append(", column ")
        .append(column)
        .append(": ");
    if (kind != FaultKind.MISSING_VALUE) {
      text.append(quote(first.value())).append(' ');
    }
    text.append(kind.phrase());
    if (first.detail() != null) {
      text.append(" (").append(first.detail()).append(')');
    }
    text.append("; expected ").append(expected != null ? expected : kind.expected());
    text.append("; ")
        .append(number(rows))
        .append(rows == 1 ? " row has" : " rows have")
        .append(" this fault");
    if (persons > 0) {
      text.append(" (").append(number(persons)).append(persons == 1 ? " person)" : " persons)");
    }
    text.append(": ");
    text.append(
        examples.stream()
            .map(
                example ->
                    "row "
                        + number(example.row())
                        + (kind == FaultKind.MISSING_VALUE ? "" : " " + quote(example.value())))
            .collect(Collectors.joining(", ")));
    if (rows > examples.size()) {
      text.append(", …");
    }
    RepairPolicy repair = kind.repair();
    if (repair != null) {
      text.append("; fix the extract or choose --repair ").append(repair.spelling());
    }
    return text.toString();
  }

  private static String quote(String value) {
    return value == null ? "(empty)" : "\"" + value + "\"";
  }

  static String number(long value) {
    return String.format(Locale.US, "%,d", value);
  }
}
