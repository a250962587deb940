package nl.saldo.cli;

import java.nio.file.Path;
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
  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "Directory with persons, residences, addresses and incomes (.csv or .parquet).")
  Path data;

  @Option(
      names = "--areas",
      paramLabel = "DIR",
      description =
          "Directory with buurten.csv, gemeenten.csv and overlays/NAME.csv (default: DATA/areas).")
  Path areas;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output directory; must be new or empty unless --overwrite.")
  Path out;

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

  @Option(
      names = "--study",
      paramLabel = "FILE|NAME",
      defaultValue = "noord-nederland-2018",
      description =
          "Study file (YAML, METHOD.md §10) or the name of a bundled study (default: ${DEFAULT-VALUE}).")
  String study;

  @Option(
      names = "--repair",
      paramLabel = "FAULT=ACTION",
      description = "Repair a class of invalid input instead of stopping; as for saldo run.")
  List<String> repairs = List.of();

  @Option(names = "--overwrite", description = "Replace the contents of a non-empty --out.")
  boolean overwrite;

  @Option(
      names = "--unsafe-unrounded",
      description =
          "DANGER: write counts unrounded (no disclosure control); as for saldo run. Every "
              + "window's directory and the top directory are marked unsafe.")
  boolean unsafeUnrounded;

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
        new MonitorJob(
            data,
            areas,
            out,
            study,
            repairs,
            overwrite,
            unsafeUnrounded,
            language.lang,
            engine,
            chosen);
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
