package nl.saldo.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.saldo.synth.SynthOptions;
import nl.saldo.synth.SynthSummary;
import nl.saldo.synth.Synthesizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code saldo synth}: writes a synthetic population in METHOD.md format v1. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic North-Netherlands population (persons, residences, addresses, incomes)"
          + " to DIR/data and matching area files (buurten, gemeenten, overlays/veenkolonien) to"
          + " DIR/areas, calibrated to the 2019 report's figures (see saldo-synth/CALIBRATION.md).",
      "Same seed and options give the same bytes."
    })
public final class SynthCommand implements Callable<Integer> {
  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output directory; data/ and areas/ are created in it.")
  Path out;

  @Option(
      names = "--study",
      defaultValue = "noord-nederland-2018",
      description =
          "Bundled study whose municipalities and targets to use (default: ${DEFAULT-VALUE}).")
  String study;

  @Option(
      names = "--scale",
      defaultValue = "north",
      paramLabel = "north|national",
      description =
          "north: the study area in full, the rest of the country only as origin and"
              + " destination of moves; national: every municipality populated (about 17 million"
              + " persons at fraction 1). Default: ${DEFAULT-VALUE}.")
  String scale;

  @Option(
      names = "--fraction",
      defaultValue = "0.1",
      description =
          "Share of the real population to generate, in (0, 1]; 1 gives about 1.7"
              + " million persons in the north. Default: ${DEFAULT-VALUE}.")
  double fraction;

  @Option(
      names = "--seed",
      defaultValue = "2018",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--format",
      defaultValue = "csv",
      paramLabel = "csv|parquet",
      description = "Table format of DIR/data (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--areas-from",
      paramLabel = "DIR",
      description =
          "Directory with real public CBS data (shared/data layout, see PROVENANCE.md)"
              + " to shape the population; default: the built-in summary of the same data.")
  Path areasFrom;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    SynthOptions options;
    try {
      options =
          new SynthOptions(
              out,
              study,
              choice(SynthOptions.Scale.class, "--scale", scale),
              fraction,
              seed,
              choice(SynthOptions.Format.class, "--format", format),
              areasFrom);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    SynthSummary summary = Synthesizer.generate(options, message -> System.err.println(message));
    System.out.printf(
        Locale.ROOT,
        "synth: %d persons, %d residences, %d income rows in %.1f s -> %s%n",
        summary.persons(),
        summary.residences(),
        summary.incomeRows(),
        summary.seconds(),
        out);
    return 0;
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.trim())) {
        return constant;
      }
    }
    StringBuilder expected = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      expected
          .append(expected.length() == 0 ? "" : " or ")
          .append(constant.name().toLowerCase(Locale.ROOT));
    }
    throw new IllegalArgumentException(option + " '" + value + "': expected " + expected);
  }
}
