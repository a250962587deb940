package nl.saldo.synth.life;

import java.util.ArrayList;
import java.util.List;

/**
 * Persons who share a residence history: the household's addresses over time, and the day each
 * member joined (birth or the start of the history).
 */
final class Household {
  private final List<Long> addresses = new ArrayList<>();
  private final List<Integer> days = new ArrayList<>();
  private final List<PersonLife> members = new ArrayList<>();
  private final List<Integer> joined = new ArrayList<>();

  void moveTo(long address, int day) {
    if (!days.isEmpty() && day <= days.get(days.size() - 1)) {
      return;
    }
    addresses.add(address);
    days.add(day);
  }

  void add(PersonLife person, int joinDay) {
    members.add(person);
    joined.add(joinDay);
  }

  List<PersonLife> members() {
    return members;
  }

  int firstDay() {
    return days.get(0);
  }

  /** Address on a day, or the first address before the history starts. */
  long addressOn(int day) {
    long address = addresses.get(0);
    for (int i = 0; i < days.size() && days.get(i) <= day; i++) {
      address = addresses.get(i);
    }
    return address;
  }

  /** Years (in the move window) of the household's moves. */
  int lastMoveYearIn(int fromDay, int toDay) {
    int last = 0;
    for (int i = 1; i < days.size(); i++) {
      if (days.get(i) >= fromDay && days.get(i) < toDay) {
        last = Days.year(days.get(i));
      }
    }
    return last;
  }

  /** Gives every member the household's spells from the day they joined. */
  void materialize() {
    for (int k = 0; k < members.size(); k++) {
      PersonLife person = members.get(k);
      int from = joined.get(k);
      for (int i = 0; i < days.size(); i++) {
        int start = Math.max(from, days.get(i));
        int end = i + 1 < days.size() ? days.get(i + 1) : Days.OPEN;
        person.addSpell(addresses.get(i), start, end);
      }
    }
  }
}
