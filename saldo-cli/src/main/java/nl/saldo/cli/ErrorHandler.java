package nl.saldo.cli;

import nl.saldo.core.SaldoException;
import nl.saldo.report.ReportException;
import nl.saldo.sav.SavFormatException;
import picocli.CommandLine;

/** Prints {@code saldo: error: …} to stderr; a stack trace only with --verbose. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception thrown, CommandLine commandLine, CommandLine.ParseResult parsed) {
    Exception exception =
        thrown instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : thrown;
    boolean verbose =
        parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose");
    if (exception instanceof SaldoException saldo) {
      commandLine.getErr().println("saldo: error: " + saldo.getMessage());
      if (verbose) {
        saldo.printStackTrace(commandLine.getErr());
      }
      return saldo.exitCode();
    }
    if (exception instanceof ReportException || exception instanceof SavFormatException) {
      commandLine.getErr().println("saldo: error: " + exception.getMessage());
      return SaldoException.INVALID_INPUT;
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
}
