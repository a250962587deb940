package nl.saldo.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.saldo.core.SaldoException;
import nl.saldo.core.monitor.MoveWindow;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code saldo monitor}: the method for a series of move windows on one load of the inputs. */
@Command(
    name = "monitor",
    mixinStandardHelpOptions = true,
    description = {
      "Run the method of METHOD.md for every move window on ONE load and validation of the "
          + "inputs. Stock years follow each window (its first year and its last year + 1); every "
          + "other setting is the study's. Writes trend.csv (the flows of every window), "
          + "monitor.html (a trend chart per unit) and per window windows/FIRST-LAST/ with that "
          + "window's stocks.csv, migration.csv, od.csv, manifest.json and report, all "
          + "disclosure-controlled.%n"
    })
final class MonitorCommand implements Callable<Integer> {
  @Mixin RunOptions options;

  @ArgGroup(exclusive = true, multiplicity = "1")
  WindowChoice windows;

  static final class WindowChoice {
    @Option(
        names = "--windows",
        paramLabel = "FIRST-LAST,...",
        description = "Move windows as calendar years, e.g. 2011-2016,2012-2017,2013-2018.")
    String list;

    @ArgGroup(exclusive = false)
    Sliding sliding;
  }

  static final class Sliding {
    @Option(
        names = "--window-length",
        required = true,
        paramLabel = "YEARS",
        description = "Length of every window in calendar years (with --from and --to).")
    int length;

    @Option(
        names = "--from",
        required = true,
        paramLabel = "YEAR",
        description = "First year of the first window.")
    int from;

    @Option(
        names = "--to",
        required = true,
        paramLabel = "YEAR",
        description =
            "Last year of the last window: every window of --window-length years inside --from … "
                + "--to, one year apart.")
    int to;
  }

  @Mixin ReportLanguage language;

  @Mixin EngineOptions engine;

  List<MoveWindow> moveWindows() {
    if (windows.list != null) {
      return MoveWindow.parseList(windows.list);
    }
    if (windows.sliding == null) {
      throw SaldoException.invalidInput("give --windows or --window-length with --from and --to");
    }
    return MoveWindow.sliding(windows.sliding.length, windows.sliding.from, windows.sliding.to);
  }

  @Override
  public Integer call() throws Exception {
    List<MoveWindow> chosen = moveWindows();
    MonitorJob job =
        new MonitorJob(options.inputs(), options.output(), language.lang, engine, chosen);
    MonitorJob.Outcome outcome = job.execute(System.err);
    System.out.printf(
        Locale.ROOT,
        "%nsaldo monitor: %d windows (%s) on one load of the inputs%nOutputs in %s%n",
        chosen.size(),
        String.join(", ", chosen.stream().map(MoveWindow::label).toList()),
        outcome.out());
    return 0;
  }
}
