package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import nl.saldo.core.pipeline.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overlap check of residences (checks/residences_keys.sql, METHOD.md §9) first looks for the
 * persons with a spell that starts before the end of the spell just before it, sorted by start and
 * end, and runs the exact window (the latest end among all earlier spells, and the row it comes
 * from) only over their spells. Story of the valid base: P1 lives at A1 from 2000, at A2 from 2010
 * and at A1 again from 2015, each spell ending the day the next starts, listed out of order (rows 1
 * to 3), so no two overlap; P2 moves into A2 on 2005-01-01 (row 4, open) after a spell at A1 that
 * starts and ends that same day (row 5): it covers no day and ends where the open one starts, so
 * the two do not overlap (a.start < b.end fails) although the check's sort puts it first. The cases
 * below add spells of P3 (rows 6 and on), who has one spell at A1 from 2000 to 2010 (row 6).
 */
class ResidenceKeysTest {
  @TempDir Path dir;

  private String residences =
      """
      person_id,address_id,start_date,end_date
      P1,A2,2010-01-01,2015-01-01
      P1,A1,2000-01-01,2010-01-01
      P1,A1,2015-01-01,
      P2,A2,2005-01-01,
      P2,A1,2005-01-01,2005-01-01
      P3,A1,2000-01-01,2010-01-01
      """;

  @Test
  void touchingSpellsAndASpellOfNoDayAtTheStartOfAnotherDoNotOverlap() throws IOException {
    RunResult result = data().run(dir);
    assertThat(TinyDataset.report(result, "residences").rowsRead()).isEqualTo(6);
  }

  /**
   * P3 also lives at A2 in 2001 (row 7) and at A2 from 2005 (row 8, open), both inside the spell of
   * row 6. Sorted by start: row 6 (2000–2010), row 7 (2001–2002), row 8 (from 2005). Row 7 starts
   * before row 6 ends, so P3 is a suspect. Row 8 starts after row 7, the spell just before it,
   * ends, yet before row 6 ends: the exact window finds it too, and names row 6, the earlier spell
   * with the latest end, not row 7.
   */
  @Test
  void aSpellInsideALongerOneDoesNotHideALaterOverlapWithTheLongerOne() {
    residences = residences + "P3,A2,2001-01-01,2002-01-01\nP3,A2,2005-01-01,\n";
    assertFault(
        "residences.csv row 7, column person_id: \"P3\" has spells that overlap (2000-01-01 … 2010-01-01 "
            + "in row 6 and 2001-01-01 … 2002-01-01 in row 7); expected spells of one person that do not "
            + "overlap; 2 rows have this fault (1 person): row 7 \"P3\", row 8 \"P3\"; fix the extract or "
            + "choose --repair overlapping_spells=drop_person");
  }

  /**
   * P3 also has a spell at A2 that starts and ends on 2005-05-05 (row 7): it covers no day, but it
   * lies inside row 6 (2000-01-01 < 2005-05-05 and 2005-05-05 < 2010-01-01), so the two overlap.
   */
  @Test
  void aSpellOfNoDayInsideALongerOneOverlapsIt() {
    residences = residences + "P3,A2,2005-05-05,2005-05-05\n";
    assertFault(
        "residences.csv row 7, column person_id: \"P3\" has spells that overlap (2000-01-01 … 2010-01-01 "
            + "in row 6 and 2005-05-05 … 2005-05-05 in row 7); expected spells of one person that do not "
            + "overlap; 1 row has this fault (1 person): row 7 \"P3\"; fix the extract or choose --repair "
            + "overlapping_spells=drop_person");
  }

  /**
   * Row 6 of P3 appears twice (rows 6 and 7): same start, same end. The search for suspects sorts
   * them in either order and finds the second starting before the first ends; the exact window
   * breaks the tie by row, so row 7 is the spell at fault and row 6 the one it overlaps.
   */
  @Test
  void aSpellListedTwiceOverlapsItself() {
    residences = residences + "P3,A1,2000-01-01,2010-01-01\n";
    assertFault(
        "residences.csv row 7, column person_id: \"P3\" has spells that overlap (2000-01-01 … 2010-01-01 "
            + "in row 6 and 2000-01-01 … 2010-01-01 in row 7); expected spells of one person that do not "
            + "overlap; 1 row has this fault (1 person): row 7 \"P3\"; fix the extract or choose --repair "
            + "overlapping_spells=drop_person");
  }

  private void assertFault(String message) {
    data().assertInvalid(dir, message);
  }

  /** TinyDataset's addresses, incomes and areas, with the persons and residences of the story. */
  private TinyDataset data() {
    TinyDataset data = TinyDataset.base();
    data.files.put(
        "persons.csv",
        """
        person_id,birth_date,origin,register_entry_date
        P1,1980-01-01,nl,1980-01-01
        P2,1990-05-05,non_western,1995-05-05
        P3,1970-03-03,nl,1970-03-03
        """);
    data.files.put("residences.csv", residences);
    return data;
  }
}
