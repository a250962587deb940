package nl.saldo.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot parse: one line naming the fault (an unknown option with the
 * options it resembles), one line pointing to --help, exit 2; not the whole help text.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException fault, String[] args) {
    CommandLine command = fault.getCommandLine();
    CommandLine.ParseResult parsed = command.getParseResult();
    if (!(fault instanceof UnmatchedArgumentException)
        && parsed != null
        && !parsed.unmatched().isEmpty()) {
      // an unknown option explains a missing required one better than the other way round
      fault = new UnmatchedArgumentException(command, parsed.unmatched());
    }
    PrintWriter err = command.getErr();
    String message = fault.getMessage();
    if (fault instanceof UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()) {
      List<String> suggestions = similar(command, unmatched.getUnmatched().get(0));
      if (!suggestions.isEmpty()) {
        message += " (did you mean " + String.join(" or ", suggestions) + "?)";
      }
    }
    err.println("saldo: error: " + message);
    err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** The command's option names within two edits of {@code typed}, e.g. --data for --dta. */
  static List<String> similar(CommandLine command, String typed) {
    String word = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
    List<String> names = new java.util.ArrayList<>();
    for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
      for (String name : option.names()) {
        if (name.startsWith("--") && word.startsWith("-") && distance(word, name) <= 2) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
        } else {
          int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
          d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
