package nl.saldo.core.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** AZC addresses (METHOD.md §5, §9). */
public record Azc(
    StudySections.AzcPeriod period, Integer moreThanPersons, Integer minAgeYears, String origin) {
  public Azc {
    period = period == null ? new StudySections.AzcPeriod(null, null) : period;
    moreThanPersons = moreThanPersons == null ? 25 : moreThanPersons;
    minAgeYears = minAgeYears == null ? 1 : minAgeYears;
    origin =
        origin == null || origin.isBlank() ? "non_western" : origin.trim().toLowerCase(Locale.ROOT);
  }

  public LocalDate periodStart() {
    return period.start();
  }

  public LocalDate periodEnd() {
    return period.end();
  }

  void validate() {
    period.validate();
    StudyFault.nonNegative("azc.more_than_persons", moreThanPersons);
    StudyFault.nonNegative("azc.min_age_years", minAgeYears);
    if (!List.of("nl", "western", "non_western", "unknown").contains(origin)) {
      throw new StudyFault("azc.origin", "expected one of nl, western, non_western, unknown");
    }
  }
}
