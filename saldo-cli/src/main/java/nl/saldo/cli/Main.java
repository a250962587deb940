package nl.saldo.cli;

import java.nio.file.Path;
import nl.saldo.core.SaldoException;
import nl.saldo.core.UserPath;
import nl.saldo.core.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** saldo's entry point: subcommands, one error handler, exit codes of {@link SaldoException}. */
@Command(
    name = "saldo",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = {
      "Do domestic moves make the income composition of areas drift apart?%n",
      "saldo links every resident's household income position to their domestic moves and counts, "
          + "per area, who moved in, who moved out and the net result per income group, with stocks at "
          + "two dates, origin-destination flows and disclosure control (METHOD.md).%n"
    },
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      MonitorCommand.class,
      ExportCommand.class,
      ReportCommand.class,
      SynthCommand.class,
      CompareReportCommand.class,
      InspectCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {"", "Exit codes: 0 ok, 1 failed, 2 invalid input, 3 data quality, 4 internal error."})
public final class Main {
  @Option(
      names = {"-x", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Show stack traces of errors.")
  boolean verbose;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  public static int execute(String... args) {
    CommandLine commandLine = commandLine();
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine.execute(args);
  }

  /**
   * The command line with every subcommand; every {@link Path} option parsed by {@link UserPath}.
   */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.registerConverter(Path.class, new PathConverter());
    commandLine.setExecutionStrategy(
        parseResult -> {
          try {
            TempDirectory.apply(parseResult);
          } catch (SaldoException e) {
            throw new CommandLine.ExecutionException(commandLine, e.getMessage(), e);
          }
          return new CommandLine.RunLast().execute(parseResult);
        });
    return commandLine;
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return Version.describe();
    }
  }
}
