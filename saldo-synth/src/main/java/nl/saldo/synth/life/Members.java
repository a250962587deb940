package nl.saldo.synth.life;

import java.util.SplittableRandom;

/** Building blocks shared by the stories: persons, families, births, incomes, care homes. */
final class Members {
  private Members() {}

  static Origin origin(SplittableRandom random) {
    double u = random.nextDouble();
    return u < 0.06 ? Origin.NON_WESTERN : u < 0.11 ? Origin.WESTERN : Origin.NL;
  }

  /** A person; migrants entered the register at 18-35, before they settled at the first address. */
  static PersonLife person(int birth, Origin origin, int settled, SplittableRandom random) {
    int entry = birth;
    if (origin != Origin.NL) {
      entry = Math.min(settled, Days.ageDay(birth, 18 + 17 * random.nextDouble()));
      entry = Math.max(entry, birth);
    }
    return new PersonLife(birth, origin, entry);
  }

  /** A partner and children for a head aged 25-60, as couples and families are common then. */
  static void addFamily(
      Household household,
      PersonLife head,
      double headAge,
      Origin origin,
      int since,
      SplittableRandom random) {
    if (headAge < 23 || random.nextDouble() < 0.35) {
      return;
    }
    int partnerBirth = head.birth + random.nextInt(6 * 365) - 3 * 365;
    household.add(person(partnerBirth, origin, since, random), since);
    if (headAge > 55 || random.nextDouble() < 0.4) {
      return;
    }
    int children = 1 + random.nextInt(3);
    int jan2011 = Days.jan1(2011);
    for (int c = 0; c < children; c++) {
      double age = random.nextDouble() * Math.min(17, headAge - 22);
      int birth = Days.ageDay(jan2011, -age) - random.nextInt(365);
      household.add(new PersonLife(birth, Origin.NL, birth), Math.max(since, birth));
    }
  }

  /** Children born into the household 2009-2018 while the head is 22-42. */
  static void births(
      Household household, PersonLife head, double partnerShare, SplittableRandom random) {
    if (household.members().size() < 2 && random.nextDouble() >= partnerShare * 0.2) {
      return;
    }
    for (int year = 2009; year <= 2018; year++) {
      double age = (Days.jan1(year) - head.birth) / 365.25;
      if (Demography.birthInYear(age, random)) {
        int birth = Days.between(Days.jan1(year), Days.jan1(year + 1), random);
        if (birth > household.firstDay()) {
          household.add(new PersonLife(birth, Origin.NL, birth), birth);
        }
      }
    }
  }

  /** The income rows of a household member: one group for all years, with some mobility. */
  static void incomes(PersonLife person, Group group, boolean careHome, SplittableRandom random) {
    if (careHome) {
      person.setGroup(PersonLife.FIRST_INCOME_YEAR, PersonLife.LAST_INCOME_YEAR, Group.OTHER);
      person.setInstitutional(PersonLife.FIRST_INCOME_YEAR, PersonLife.LAST_INCOME_YEAR);
      return;
    }
    person.setGroup(PersonLife.FIRST_INCOME_YEAR, PersonLife.LAST_INCOME_YEAR, group);
    if (group == Group.STUDENT) {
      int graduation = 2009 + random.nextInt(8);
      person.setGroup(graduation, PersonLife.LAST_INCOME_YEAR, Incomes.graduate(random));
    } else if (group != Group.OTHER && random.nextDouble() < 0.12) {
      int change = 2010 + random.nextInt(9);
      person.setGroup(change, PersonLife.LAST_INCOME_YEAR, Incomes.neighbour(group, random));
    }
    if (group == Group.OTHER) {
      person.setGroup(
          PersonLife.FIRST_INCOME_YEAR,
          PersonLife.LAST_INCOME_YEAR,
          random.nextBoolean() ? Group.OTHER : null);
    }
  }

  /** An elderly single moves into a care home in the municipality (an excluded move). */
  static void intoCareHome(
      LifeContext context,
      Household household,
      PersonLife head,
      int municipality,
      SplittableRandom random) {
    int last = head.spellCount - 1;
    int from = Math.max(head.starts[last] + 1, Days.jan1(2009));
    int to = Days.jan1(2019);
    if (household.members().size() != 1 || from >= to || head.ends[last] != Days.OPEN) {
      return;
    }
    int day = Days.between(from, to, random);
    head.ends[last] = day;
    head.addSpell(context.geography().careHomeAddress(municipality, random), day, Days.OPEN);
    int year = Days.year(day);
    head.setGroup(year + 1, PersonLife.LAST_INCOME_YEAR, Group.OTHER);
    head.setInstitutional(year + 1, PersonLife.LAST_INCOME_YEAR);
  }
}
