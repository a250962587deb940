package nl.saldo.synth.life;

import java.util.SplittableRandom;

/** Deaths and births: annual probabilities by age. */
final class Demography {
  private static final double BIRTHS_PER_COUPLE_YEAR = 0.075;

  private Demography() {}

  /** Gompertz mortality, about 0.1% a year at 40, 0.7% at 60, 4% at 80. */
  static double deathProbability(double age) {
    return Math.min(0.5, 0.00002 * Math.exp(0.095 * age));
  }

  /** Day of death in [fromYear, toYear], or {@link Days#OPEN} when the person survives. */
  static int deathDay(int birth, int fromYear, int toYear, SplittableRandom random) {
    for (int year = fromYear; year <= toYear; year++) {
      double age = (Days.jan1(year) - birth) / 365.25;
      if (random.nextDouble() < deathProbability(age)) {
        return Days.between(Days.jan1(year), Days.jan1(year + 1), random);
      }
    }
    return Days.OPEN;
  }

  static boolean birthInYear(double motherAge, SplittableRandom random) {
    return motherAge >= 22 && motherAge < 42 && random.nextDouble() < BIRTHS_PER_COUPLE_YEAR;
  }
}
