package nl.saldo.cli;

import nl.saldo.core.SaldoException;
import picocli.CommandLine;

/**
 * Prints {@code saldo: error: …} to stderr and returns the exit code of the {@link SaldoException}
 * every failure is; anything else is a bug (exit 4). A stack trace only with --verbose, which every
 * command accepts (inherited from the root command).
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception thrown, CommandLine commandLine, CommandLine.ParseResult parsed) {
    Exception exception =
        thrown instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : thrown;
    boolean verbose = verbose(parsed);
    if (exception instanceof SaldoException saldo) {
      commandLine.getErr().println("saldo: error: " + saldo.getMessage());
      if (verbose) {
        saldo.printStackTrace(commandLine.getErr());
      }
      return saldo.exitCode();
    }
    if (exception instanceof java.nio.file.NoSuchFileException missing) {
      commandLine.getErr().println("saldo: error: no such file: " + missing.getFile());
      return SaldoException.INVALID_INPUT;
    }
    if (exception instanceof java.io.IOException io) {
      commandLine.getErr().println("saldo: error: " + io.getMessage());
      return SaldoException.FAILED;
    }
    commandLine.getErr().println("saldo: internal error: " + exception);
    if (verbose) {
      exception.printStackTrace(commandLine.getErr());
    } else {
      commandLine.getErr().println("(run again with --verbose for the stack trace)");
    }
    return SaldoException.INTERNAL;
  }

  /** --verbose given anywhere on the command line: before or after the subcommand. */
  /** True when --verbose was given on the root command or any subcommand. */
  static boolean verbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult at = parsed; at != null; at = at.subcommand()) {
      if (at.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
