package nl.saldo.synth.life;

import java.util.SplittableRandom;

/** Income positions over the years: draws and typical transitions. */
final class Incomes {
  private Incomes() {}

  static Group draw(double[] shares, SplittableRandom random) {
    double u = random.nextDouble();
    for (Group group : Group.values()) {
      u -= shares[group.ordinal()];
      if (u < 0) {
        return group;
      }
    }
    return Group.GE150;
  }

  /** The household income position of a young person's parents. */
  static Group parents(SplittableRandom random) {
    double u = random.nextDouble();
    return u < 0.75 ? Group.GE150 : u < 0.92 ? Group.B101_150 : Group.LT101;
  }

  /** The income position of a graduate's first household. */
  static Group graduate(SplittableRandom random) {
    double u = random.nextDouble();
    return u < 0.7 ? Group.GE150 : u < 0.85 ? Group.B101_150 : Group.LT101;
  }

  /** A neighbouring position after a change of job, partner or benefit. */
  static Group neighbour(Group group, SplittableRandom random) {
    return switch (group) {
      case LT101 -> Group.B101_150;
      case B101_150 -> random.nextBoolean() ? Group.LT101 : Group.GE150;
      case GE150 -> Group.B101_150;
      default -> group;
    };
  }

  /**
   * Where a household lived before the history shows it move: half the group's preference, so that
   * moves sort lower incomes towards denser and higher incomes towards sparser buurten.
   */
  static double settledTilt(Group group) {
    return urbanityTilt(group) / 2;
  }

  /** How strongly a group prefers dense (positive) or sparse (negative) buurten when it moves. */
  static double urbanityTilt(Group group) {
    return switch (group) {
      case LT101 -> 0.6;
      case B101_150 -> 0.25;
      case GE150 -> -0.3;
      case STUDENT -> 1.0;
      case OTHER -> 0.0;
    };
  }

  /** Household moves per year by group (moves within the municipality). */
  static double localMoveRate(Group group) {
    return switch (group) {
      case LT101 -> 0.09;
      case B101_150 -> 0.06;
      case GE150 -> 0.05;
      case STUDENT -> 0.2;
      case OTHER -> 0.02;
    };
  }
}
