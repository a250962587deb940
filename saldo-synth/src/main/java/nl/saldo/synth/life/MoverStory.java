package nl.saldo.synth.life;

import java.util.List;
import java.util.SplittableRandom;
import nl.saldo.synth.flow.MoverUnit;

/**
 * A household that makes one planned move between municipalities in the window. Students leave the
 * parental home at 17-21; graduates leave the city where they studied at 22-28, up to three years
 * after they graduated; others move with the same income position before and after.
 */
final class MoverStory {
  private MoverStory() {}

  static List<PersonLife> generate(LifeContext context, MoverUnit unit, SplittableRandom random) {
    Group group = unit.group();
    Group before = group;
    double ageAtMove;
    switch (unit.kind()) {
      case LEAVING_HOME_TO_STUDY -> {
        ageAtMove = 17 + 4 * random.nextDouble();
        before = Incomes.parents(random);
      }
      case GRADUATE_LEAVING -> {
        ageAtMove = 22 + 6 * random.nextDouble();
        before = Group.STUDENT;
      }
      default -> ageAtMove = StayerStory.headAge(group, false, random) + 3 * random.nextDouble();
    }
    int headBirth = Days.ageDay(unit.moveDay(), -ageAtMove);
    int since =
        Math.max(headBirth, unit.moveDay() - (int) (365.25 * (1 + 20 * random.nextDouble())));
    since =
        Math.max(
            headBirth,
            Math.max(Days.jan1(1990), Math.min(since, Days.jan1(2011) - random.nextInt(3650))));
    if (unit.kind() == MoverUnit.Kind.LEAVING_HOME_TO_STUDY) {
      since = Math.max(headBirth, Days.jan1(1995));
    }
    Household household = new Household();
    household.moveTo(
        context.geography().pickAddress(unit.origin(), Incomes.settledTilt(before), random), since);
    household.moveTo(
        context.geography().pickAddress(unit.destination(), Incomes.urbanityTilt(group), random),
        unit.moveDay());
    Origin origin = Members.origin(random);
    PersonLife head = Members.person(headBirth, origin, since, random);
    household.add(head, since);
    double headAge2011 = (Days.jan1(2011) - headBirth) / 365.25;
    for (int k = 1; k < unit.size(); k++) {
      int birth =
          k == 1
              ? headBirth + random.nextInt(6 * 365) - 3 * 365
              : Days.ageDay(
                  unit.moveDay(), -random.nextDouble() * Math.min(17, Math.max(0, ageAtMove - 22)));
      PersonLife member =
          k == 1
              ? Members.person(birth, origin, since, random)
              : new PersonLife(birth, Origin.NL, birth);
      household.add(member, Math.max(since, birth));
    }
    household.materialize();
    int moveYear = Days.year(unit.moveDay());
    for (PersonLife person : household.members()) {
      person.setGroup(PersonLife.FIRST_INCOME_YEAR, moveYear, before);
      person.setGroup(moveYear + 1, PersonLife.LAST_INCOME_YEAR, group);
      person.correctable = true;
      person.lastWindowMoveYear = moveYear;
    }
    if (unit.kind() == MoverUnit.Kind.GRADUATE_LEAVING) {
      int graduation = moveYear - random.nextInt(4);
      head.setGroup(graduation, moveYear, group);
    }
    if (unit.kind() == MoverUnit.Kind.LEAVING_HOME_TO_STUDY) {
      int graduation = moveYear + 4 + random.nextInt(4);
      head.setGroup(graduation, PersonLife.LAST_INCOME_YEAR, Incomes.graduate(random));
    } else if (group == Group.STUDENT) {
      int graduation = moveYear + 2 + random.nextInt(3);
      head.setGroup(graduation, PersonLife.LAST_INCOME_YEAR, Incomes.graduate(random));
    }
    return household.members();
  }
}
