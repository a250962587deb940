package nl.saldo.synth.life;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A household living in one municipality on 1 January 2011 that does not move to another
 * municipality in the window: it may move within the municipality, have children, age into a care
 * home, change income position, die or emigrate.
 */
final class StayerStory {
  private static final int JAN_2011 = Days.jan1(2011);
  private static final int JAN_2017 = Days.jan1(2017);
  private static final int END = Days.jan1(2019);

  private StayerStory() {}

  static List<PersonLife> generate(LifeContext context, int municipality, SplittableRandom random) {
    Group group = Incomes.draw(context.shares(municipality), random);
    boolean careHome = group == Group.OTHER && random.nextDouble() < 0.5;
    double headAge = headAge(group, careHome, random);
    int headBirth = Days.ageDay(JAN_2011, -headAge) - random.nextInt(365);
    int since =
        Math.max(headBirth + 18 * 365, JAN_2011 - (int) (365.25 * 25 * random.nextDouble()));
    since = Math.max(since, Days.jan1(1990));
    Household household = new Household();
    long address =
        careHome
            ? context.geography().careHomeAddress(municipality, random)
            : context.geography().pickAddress(municipality, Incomes.settledTilt(group), random);
    household.moveTo(address, since);
    Origin origin = Members.origin(random);
    PersonLife head = Members.person(headBirth, origin, since, random);
    household.add(head, since);
    head.head = true;
    if (!careHome && group != Group.STUDENT) {
      Members.addFamily(household, head, headAge, origin, since, random);
    }
    if (!careHome) {
      localMoves(context, household, municipality, group, since, random);
    }
    Members.births(household, head, group == Group.STUDENT ? 0 : 0.6, random);
    household.materialize();
    for (PersonLife person : household.members()) {
      Members.incomes(person, group, careHome, random);
    }
    if (!careHome && headAge >= 78 && random.nextDouble() < 0.2) {
      Members.intoCareHome(context, household, head, municipality, random);
    }
    int lastMove = household.lastMoveYearIn(JAN_2011, JAN_2017);
    double emigration = context.plan().emigration(municipality);
    for (PersonLife person : household.members()) {
      int death = Demography.deathDay(person.birth, 2011, 2018, random);
      if (death != Days.OPEN) {
        person.leaveOn(death);
      } else if (!careHome && random.nextDouble() < emigration) {
        person.leaveOn(Days.between(JAN_2011, JAN_2017, random));
      }
      person.correctable = !careHome && !person.institutional(2017);
      person.drawnGroup = group;
      person.mayEmigrate = !careHome;
      person.lastWindowMoveYear = lastMove;
    }
    return household.members();
  }

  static double headAge(Group group, boolean careHome, SplittableRandom random) {
    if (careHome) {
      return 80 + 18 * random.nextDouble();
    }
    return switch (group) {
      case STUDENT -> 18 + 7 * random.nextDouble();
      case LT101 -> 20 + 65 * random.nextDouble();
      case B101_150 -> 25 + 70 * random.nextDouble();
      case GE150 -> 25 + 55 * random.nextDouble();
      case OTHER -> 20 + 60 * random.nextDouble();
    };
  }

  private static void localMoves(
      LifeContext context,
      Household household,
      int municipality,
      Group group,
      int since,
      SplittableRandom random) {
    double rate = Incomes.localMoveRate(group);
    int day = since;
    while (true) {
      day += (int) (-Math.log(1 - random.nextDouble()) / rate * 365.25) + 1;
      if (day >= END) {
        return;
      }
      long current = household.addressOn(day);
      household.moveTo(
          context.geography().pickNearbyAddress(current, Incomes.urbanityTilt(group), random), day);
    }
  }
}
