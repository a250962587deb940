package nl.saldo.report;

/**
 * A run directory the report cannot be built from; the message names the file, row and what was
 * expected.
 */
public final class ReportException extends RuntimeException {
  public ReportException(String message) {
    super(message);
  }

  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
