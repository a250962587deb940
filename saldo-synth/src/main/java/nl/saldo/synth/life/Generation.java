package nl.saldo.synth.life;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import nl.saldo.synth.area.Geography;
import nl.saldo.synth.facts.Municipality;
import nl.saldo.synth.flow.MovePlan;

/**
 * One pass over the whole population, in a fixed order (stayers and immigrants per municipality,
 * then the planned movers, then asylum seekers), handing every person to a sink. Each story has its
 * own random stream, so a later pass regenerates exactly the same persons.
 */
public final class Generation {
  private static final int KIND_STAYER = 1;
  private static final int KIND_IMMIGRANT = 2;
  private static final int KIND_MOVER = 3;
  private static final int KIND_AZC = 4;
  private static final int KIND_SHIFT = 5;
  private static final int JAN_2011 = Days.jan1(2011);
  private static final double AZC_ARRIVALS_PER_YEAR = 2_500;

  private final LifeContext context;
  private final MovePlan moves;
  private final int[] stayerBase;
  private final boolean[] populated;
  private final double fraction;
  private final long seed;
  private final int[] azcDestinations;
  private final double[] azcWeights;

  public Generation(
      LifeContext context,
      MovePlan moves,
      int[] stayerBase,
      boolean[] populated,
      double fraction,
      long seed) {
    this.context = context;
    this.moves = moves;
    this.stayerBase = stayerBase;
    this.populated = populated;
    this.fraction = fraction;
    this.seed = seed;
    List<Municipality> all = context.geography().facts().municipalities();
    azcDestinations = new int[all.size()];
    azcWeights = new double[all.size()];
    double sum = 0;
    for (int m = 0; m < all.size(); m++) {
      azcDestinations[m] = m;
      sum += all.get(m).inhabitants2018() * (context.nodeOf()[m] >= 0 ? 3.0 : 1.0);
      azcWeights[m] = sum;
    }
  }

  public void run(Consumer<PersonLife> sink, Consumer<String> progress) {
    int count = populated.length;
    for (int m = 0; m < count; m++) {
      if (populated[m]) {
        stayers(m, sink);
        immigrants(m, sink);
      }
      if (m % 50 == 49) {
        progress.accept("  stayers and immigrants: " + (m + 1) + "/" + count + " municipalities");
      }
    }
    List<nl.saldo.synth.flow.MoverUnit> units = moves.units();
    for (int j = 0; j < units.size(); j++) {
      emit(
          MoverStory.generate(context, units.get(j), Seeds.stream(seed, KIND_MOVER, j, 0)),
          KIND_MOVER,
          j,
          sink);
    }
    long azc = Math.round(AZC_ARRIVALS_PER_YEAR * fraction * 24);
    for (int k = 0; k < azc; k++) {
      SplittableRandom random = Seeds.stream(seed, KIND_AZC, k, 0);
      emit(AzcStory.generate(context, azcDestinations, azcWeights, random), KIND_AZC, k, sink);
    }
  }

  private void stayers(int m, Consumer<PersonLife> sink) {
    int target = stayerBase[m] + context.plan().extraStayers(m);
    int persons = 0;
    for (int k = 0; persons < target; k++) {
      List<PersonLife> lives =
          StayerStory.generate(context, m, Seeds.stream(seed, KIND_STAYER, m, k));
      for (PersonLife person : lives) {
        if (person.birth <= JAN_2011) {
          persons++;
        }
      }
      emit(lives, KIND_STAYER, ((long) m << 32) | k, sink);
    }
  }

  private void immigrants(int m, Consumer<PersonLife> sink) {
    int persons = 0;
    for (int k = 0; persons < context.plan().immigrants(m); k++) {
      List<PersonLife> lives =
          ImmigrantStory.generate(context, m, Seeds.stream(seed, KIND_IMMIGRANT, m, k));
      persons += lives.size();
      emit(lives, KIND_IMMIGRANT, ((long) m << 32) | k, sink);
    }
  }

  private void emit(List<PersonLife> lives, int kind, long index, Consumer<PersonLife> sink) {
    SplittableRandom random = Seeds.stream(seed, KIND_SHIFT, kind, index);
    Geography geography = context.geography();
    for (PersonLife person : lives) {
      long address = person.addressOn(Days.jan1(2017));
      if (address >= 0) {
        int municipality = geography.buurt(Geography.buurtOfAddress(address)).municipality();
        context.plan().applyShift(person, context.nodeOf()[municipality], random);
      }
      sink.accept(person);
    }
  }
}
