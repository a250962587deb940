package nl.saldo.synth.life;

import java.util.List;
import java.util.SplittableRandom;
import nl.saldo.synth.area.AzcPlace;

/**
 * An asylum seeker who arrives from abroad at an asylum seekers' centre (AZC), stays months to two
 * years without an income row, and then either moves to regular housing (a move whose origin is an
 * AZC address, so the method excludes it) or leaves the country.
 */
final class AzcStory {
  static final int FIRST_DAY = Days.jan1(1995);
  static final int LAST_DAY = Days.jan1(2019);

  private AzcStory() {}

  static List<PersonLife> generate(
      LifeContext context, int[] destinations, double[] weights, SplittableRandom random) {
    List<AzcPlace> places = context.geography().azcAddresses();
    AzcPlace place = places.get(random.nextInt(places.size()));
    int arrival = Days.between(FIRST_DAY, LAST_DAY, random);
    double age = 1.2 + 45 * random.nextDouble();
    int birth = Days.ageDay(arrival, -age);
    PersonLife person = new PersonLife(birth, Origin.NON_WESTERN, arrival);
    int leave = arrival + 90 + random.nextInt(640);
    person.addSpell(place.addressId(), arrival, leave);
    int year = Days.year(leave);
    if (random.nextDouble() < 0.7) {
      int destination = pick(destinations, weights, random);
      person.addSpell(context.geography().pickAddress(destination, 0.5, random), leave, Days.OPEN);
      person.setGroup(
          year + 1,
          PersonLife.LAST_INCOME_YEAR,
          random.nextDouble() < 0.75 ? Group.LT101 : Group.B101_150);
    }
    person.correctable = person.spellCount() > 1;
    person.lastWindowMoveYear = year;
    return List.of(person);
  }

  private static int pick(int[] destinations, double[] cumulative, SplittableRandom random) {
    double u = random.nextDouble() * cumulative[cumulative.length - 1];
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return destinations[i];
      }
    }
    return destinations[destinations.length - 1];
  }
}
