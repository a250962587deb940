package nl.saldo.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import nl.saldo.synth.area.Geography;
import nl.saldo.synth.area.Study;
import nl.saldo.synth.facts.AreaFacts;
import nl.saldo.synth.facts.BuiltInFacts;
import nl.saldo.synth.facts.Municipality;
import nl.saldo.synth.facts.SharedDataReader;
import nl.saldo.synth.flow.MovePlan;
import nl.saldo.synth.life.Generation;
import nl.saldo.synth.life.LifeContext;
import nl.saldo.synth.life.PopulationPlan;
import nl.saldo.synth.life.Tally;
import nl.saldo.synth.out.AreaFilesWriter;
import nl.saldo.synth.out.ParquetConverter;
import nl.saldo.synth.out.PopulationWriter;

/**
 * Generates a synthetic population: builds the areas and the planned moves, runs four counting
 * passes that fit the plan to the study's targets (see CALIBRATION.md), then a fifth pass that
 * streams the tables to disk. Municipalities outside the study (populated at national scale) are
 * fitted in the first pass only, as nothing in the later fits depends on them.
 */
public final class Synthesizer {
  private static final double BASE_EMIGRATION = 0.015;

  /** Three passes fit the demography, one the income shifts, the last writes. */
  private static final int PASSES = 5;

  private Synthesizer() {}

  public static SynthSummary generate(SynthOptions options, Consumer<String> progress) {
    long started = System.nanoTime();
    try {
      AreaFacts facts =
          options.areasFrom() == null
              ? BuiltInFacts.load()
              : new SharedDataReader(options.areasFrom()).read();
      Study study = Study.load(options.study());
      List<Municipality> all = facts.municipalities();
      int[] nodeOf = new int[all.size()];
      boolean[] populated = new boolean[all.size()];
      boolean[] inStudy = new boolean[all.size()];
      for (int m = 0; m < all.size(); m++) {
        nodeOf[m] = study.nodeOf(all.get(m).gemeenteCode());
        populated[m] = nodeOf[m] >= 0 || options.scale() == SynthOptions.Scale.NATIONAL;
        inStudy[m] = nodeOf[m] >= 0;
      }
      progress.accept("areas: " + all.size() + " municipalities, study " + study.name());
      boolean national = options.scale() == SynthOptions.Scale.NATIONAL;
      Geography geography =
          Geography.build(facts, study, national, options.fraction(), options.seed());
      MovePlan moves = MovePlan.build(facts, study, nodeOf, options.fraction(), options.seed());
      progress.accept(
          "planned moves: "
              + moves.units().size()
              + " households, "
              + geography.buurten().size()
              + " buurten");
      PopulationTargets targets =
          new PopulationTargets(facts, study, nodeOf, options.fraction(), national);
      int[] stayerBase = new int[all.size()];
      for (int m = 0; m < all.size(); m++) {
        stayerBase[m] = populated[m] ? Math.max(0, targets.pop2011(m) - moves.outPersons(m)) : 0;
      }
      double[][] shares2011 = new double[study.nodes().size()][];
      for (int n = 0; n < shares2011.length; n++) {
        shares2011[n] = study.nodes().get(n).share2011();
      }
      PopulationPlan plan = PopulationPlan.initial(all.size(), shares2011, BASE_EMIGRATION);
      for (int pass = 1; pass < PASSES; pass++) {
        boolean[] generated = pass == 1 ? populated : inStudy;
        int number = pass;
        Tally tally =
            pass(
                geography,
                study,
                nodeOf,
                plan,
                moves,
                stayerBase,
                generated,
                options,
                message -> progress.accept("pass " + number + " of " + PASSES + ":" + message));
        plan =
            pass < PASSES - 1
                ? targets.fitDemography(plan, tally, generated)
                : targets.fitShifts(plan, tally);
        progress.accept(
            "pass " + pass + " of " + PASSES + " fitted (" + tally.persons + " persons)");
      }
      PopulationWriter writer =
          new PopulationWriter(
              options.out().resolve("data"), geography.buurten().size(), options.seed());
      Tally tally = new Tally(geography, nodeOf, study.nodes().size());
      LifeContext context = new LifeContext(geography, study, nodeOf, plan);
      try (writer) {
        new Generation(context, moves, stayerBase, populated, options.fraction(), options.seed())
            .run(
                person -> {
                  tally.accept(person);
                  writer.accept(person);
                },
                message ->
                    progress.accept("pass " + PASSES + " of " + PASSES + " (writing):" + message));
      }
      AreaFilesWriter.write(options.out(), geography, study, writer.usedAddresses());
      // a marker a run copies beside its tables, so that every report says the data are made up
      java.nio.file.Files.writeString(
          options.out().resolve("data").resolve("SYNTHETIC.txt"),
          String.format(
              java.util.Locale.ROOT,
              "synthetic=true%nscale=%s%nfraction=%s%nseed=%d%n",
              options.scale().name().toLowerCase(java.util.Locale.ROOT),
              options.fraction(),
              options.seed()));
      if (options.format() == SynthOptions.Format.PARQUET) {
        progress.accept("converting to Parquet");
        ParquetConverter.convert(options.out().resolve("data"));
      }
      progress.accept(targets.describe(tally));
      double seconds = (System.nanoTime() - started) / 1e9;
      return new SynthSummary(tally.persons, tally.residences, tally.incomeRows, seconds);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  private static Tally pass(
      Geography geography,
      Study study,
      int[] nodeOf,
      PopulationPlan plan,
      MovePlan moves,
      int[] stayerBase,
      boolean[] populated,
      SynthOptions options,
      Consumer<String> progress) {
    Tally tally = new Tally(geography, nodeOf, study.nodes().size());
    LifeContext context = new LifeContext(geography, study, nodeOf, plan);
    new Generation(context, moves, stayerBase, populated, options.fraction(), options.seed())
        .run(tally, progress);
    return tally;
  }
}
