package nl.saldo.cli;

import java.nio.file.Path;
import java.util.List;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputSet;
import picocli.CommandLine.Option;

/** What a run reads and where it writes: shared by {@code saldo run} and {@code saldo monitor}. */
final class RunOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Directory with persons, residences, addresses and incomes (.csv or .parquet); or"
              + " --data-url.")
  Path data;

  @Option(
      names = "--data-url",
      paramLabel = "URL",
      description =
          "Instead of --data: the four tables under a Hadoop file system URL (hdfs://, s3a://,"
              + " abfss://, file://), read by --engine spark; needs --areas.")
  String dataUrl;

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

  @Option(
      names = "--study",
      paramLabel = "FILE|NAME",
      defaultValue = "noord-nederland-2018",
      description =
          "Study file (YAML, METHOD.md §10) or the name of a bundled study (default:"
              + " ${DEFAULT-VALUE}).")
  String study;

  @Option(
      names = "--repair",
      paramLabel = "FAULT=ACTION",
      description =
          "Repair a class of invalid input instead of stopping; repeatable. One of:"
              + " overlapping_spells=drop_person, end_before_start=drop_row,"
              + " unknown_person=drop_row, unknown_address=drop_row. Every dropped row is counted"
              + " in the manifest.")
  List<String> repairs = List.of();

  @Option(names = "--overwrite", description = "Replace the contents of a non-empty --out.")
  boolean overwrite;

  @Option(
      names = "--unsafe-unrounded",
      description =
          "DANGER: write counts unrounded (no disclosure control). Never take such output out of "
              + "the secure environment. The run is marked unsafe in every file it writes.")
  boolean unsafeUnrounded;

  RunJob.Inputs inputs() {
    if ((data == null) == (dataUrl == null)) {
      throw SaldoException.invalidInput("give the microdata as --data DIR or as --data-url URL");
    }
    if (dataUrl != null && !InputSet.isUrl(dataUrl)) {
      throw SaldoException.invalidInput(
          "--data-url "
              + dataUrl
              + ": expected a URL such as hdfs://namenode/study/data or file:///data/study (a local"
              + " directory is --data DIR)");
    }
    return new RunJob.Inputs(data, areas, study, repairs, dataUrl);
  }

  RunJob.Output output() {
    return new RunJob.Output(out, overwrite, unsafeUnrounded);
  }
}
