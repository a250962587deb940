package nl.saldo.core;

/**
 * The one exception type of saldo: a message a user can act on and the exit code the CLI returns.
 * Codes: 0 ok, 1 failed, 2 invalid input, 3 data quality, 4 internal.
 */
public class SaldoException extends RuntimeException {
  public static final int FAILED = 1;
  public static final int INVALID_INPUT = 2;
  public static final int DATA_QUALITY = 3;
  public static final int INTERNAL = 4;

  private final int exitCode;

  public SaldoException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public SaldoException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public static SaldoException invalidInput(String message) {
    return new SaldoException(INVALID_INPUT, message);
  }

  public static SaldoException internal(String message, Throwable cause) {
    return new SaldoException(INTERNAL, message, cause);
  }

  public int exitCode() {
    return exitCode;
  }
}
