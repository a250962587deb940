package nl.saldo.synth.life;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A household that arrives from abroad in the window and settles in a municipality: without an
 * income row in the year of arrival, then mostly in the lower income positions.
 */
final class ImmigrantStory {
  private ImmigrantStory() {}

  static List<PersonLife> generate(LifeContext context, int municipality, SplittableRandom random) {
    int arrival = Days.between(Days.jan1(2011), Days.jan1(2017), random);
    Origin origin = random.nextDouble() < 0.55 ? Origin.NON_WESTERN : Origin.WESTERN;
    Group group = draw(random);
    Household household = new Household();
    household.moveTo(
        context.geography().pickAddress(municipality, Incomes.urbanityTilt(group), random),
        arrival);
    double headAge =
        group == Group.STUDENT ? 19 + 6 * random.nextDouble() : 20 + 40 * random.nextDouble();
    int headBirth = Days.ageDay(arrival, -headAge);
    household.add(new PersonLife(headBirth, origin, arrival), arrival);
    int size = group == Group.STUDENT ? 1 : 1 + random.nextInt(3);
    for (int k = 1; k < size; k++) {
      int birth = Days.ageDay(arrival, -(k == 1 ? headAge : 17 * random.nextDouble()));
      household.add(new PersonLife(birth, origin, arrival), arrival);
    }
    household.materialize();
    int year = Days.year(arrival);
    for (PersonLife person : household.members()) {
      person.setGroup(year + 1, PersonLife.LAST_INCOME_YEAR, group);
      person.correctable = true;
      person.lastWindowMoveYear = 0;
    }
    return household.members();
  }

  private static Group draw(SplittableRandom random) {
    double u = random.nextDouble();
    return u < 0.35
        ? Group.LT101
        : u < 0.55 ? Group.B101_150 : u < 0.85 ? Group.GE150 : Group.STUDENT;
  }
}
