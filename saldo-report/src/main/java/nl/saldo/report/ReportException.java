package nl.saldo.report;

import nl.saldo.core.SaldoException;

/**
 * A run directory the report cannot be built from; the message names the file, row and what was
 * expected.
 */
public final class ReportException extends SaldoException {
  public ReportException(String message) {
    super(INVALID_INPUT, message);
  }

  public ReportException(String message, Throwable cause) {
    super(INVALID_INPUT, message, cause);
  }
}
