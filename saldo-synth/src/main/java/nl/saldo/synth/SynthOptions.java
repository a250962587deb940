package nl.saldo.synth;

import java.nio.file.Path;

/**
 * What to generate: output directory, bundled study, scale, fraction of the real population, random
 * seed, table format, and optionally a directory of real public CBS data (shared/data) to shape the
 * population instead of the built-in summary.
 */
public record SynthOptions(
    Path out,
    String study,
    Scale scale,
    double fraction,
    long seed,
    Format format,
    Path areasFrom) {

  public enum Scale {
    NORTH,
    NATIONAL
  }

  public enum Format {
    CSV,
    PARQUET
  }

  public SynthOptions {
    if (fraction <= 0 || fraction > 1) {
      throw new IllegalArgumentException(
          "--fraction " + fraction + ": expected a number in (0, 1]");
    }
  }

  public static SynthOptions defaults(Path out) {
    return new SynthOptions(out, "noord-nederland-2018", Scale.NORTH, 0.1, 2018, Format.CSV, null);
  }
}
