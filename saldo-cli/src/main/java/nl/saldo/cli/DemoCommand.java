package nl.saldo.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.saldo.synth.CompareReport;
import nl.saldo.synth.SynthOptions;
import nl.saldo.synth.SynthSummary;
import nl.saldo.synth.Synthesizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code saldo demo}: a synthetic North-Netherlands population through the whole method to tables
 * and reports, then the comparison with the report's published figures.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Generate a synthetic North-Netherlands population (saldo synth), run the method on it "
            + "(saldo run), write the reports, and compare the figures with the 2019 report's (saldo "
            + "compare-report). Replaces OUT/synth and OUT/run of an earlier demo.%n")
final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--out",
      defaultValue = "saldo-demo",
      paramLabel = "DIR",
      description = "Where the demo writes synth/ and run/ (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--fraction",
      defaultValue = "0.2",
      description =
          "Fraction of the real 1.7 million inhabitants to simulate (default: ${DEFAULT-VALUE}).")
  double fraction;

  @Option(
      names = "--seed",
      defaultValue = "2018",
      description = "Seed of the population (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin ReportLanguage language;

  /** The root's inherited --verbose also prints the calibration and the whole comparison. */
  @Spec CommandSpec spec;

  @Mixin EngineOptions engine;

  @Override
  public Integer call() throws Exception {
    boolean verbose = ErrorHandler.verbose(spec.root().commandLine().getParseResult());
    Path synth = out.resolve("synth");
    Preflight.lang(language.lang);
    Preflight.engine(engine);
    DemoGuard.check(out);
    System.err.printf(
        Locale.ROOT,
        "saldo demo: generating a synthetic population (fraction %.2f) in %s …%n",
        fraction,
        synth);
    SynthSummary population =
        Synthesizer.generate(
            new SynthOptions(
                synth,
                "noord-nederland-2018",
                SynthOptions.Scale.NORTH,
                fraction,
                seed,
                SynthOptions.Format.CSV,
                null),
            line -> {
              if (verbose) {
                System.err.println("saldo demo: " + line);
              }
            });
    System.err.printf(
        Locale.ROOT,
        "saldo demo: %,d persons, %,d address spells in %.1f s%n",
        population.persons(),
        population.residences(),
        population.seconds());
    Path run = out.resolve("run");
    RunJob.Outcome outcome =
        new RunJob(
                RunJob.Inputs.bundledStudy(synth.resolve("data"), synth.resolve("areas")),
                RunJob.Output.replacing(run),
                language.lang,
                engine)
            .execute(System.err);
    Summary summary = new Summary(outcome, language.lang);
    boolean dutch = "nl".equals(language.lang);
    summary.printFindings(System.out);
    if (verbose) {
      summary.printTimes(System.out);
    }
    System.out.printf(
        Locale.ROOT,
        dutch
            ? "%nDe synthetische run naast de cijfers van het rapport (aantallen geschaald met %s):%n"
            : "%nThe synthetic run beside the report's figures (counts scaled by %s):%n",
        nl.saldo.report.Texts.of(language.lang).decimal(fraction, 2));
    if (verbose) {
      CompareReport.compare(outcome.out(), fraction, System.out);
    } else {
      ComparisonDigest.print(outcome.out(), fraction, System.out, language.lang);
    }
    // the last lines: where the reports are
    summary.printOutputs(System.out);
    return 0;
  }
}
