package nl.saldo.core.input;

import java.util.List;
import java.util.stream.Collectors;
import nl.saldo.core.SaldoException;

/** Invalid input (exit code 2): one line per class of fault, nothing written. */
public class InvalidInputException extends SaldoException {
  private final List<Fault> faults;

  public InvalidInputException(List<Fault> faults) {
    super(INVALID_INPUT, render(faults));
    this.faults = List.copyOf(faults);
  }

  public List<Fault> faults() {
    return faults;
  }

  private static String render(List<Fault> faults) {
    String head =
        faults.size() == 1 ? "invalid input:" : "invalid input, " + faults.size() + " faults:";
    return head
        + faults.stream().map(fault -> "\n  " + fault.message()).collect(Collectors.joining());
  }
}
