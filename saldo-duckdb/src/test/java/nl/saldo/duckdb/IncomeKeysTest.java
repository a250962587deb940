package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import nl.saldo.core.pipeline.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key check of incomes (checks/incomes_keys.sql) looks at the years of each person as bits of a
 * mask over 1950–2076 and checks key by key only the persons it cannot clear. Story: P1 (nl, one
 * spell at A1 from 2000) has incomes in 1950 and 2076, the mask's first and last bit, and in 1949
 * and 2077 outside it; P2 (at A2 from 2005) has 2011. No two rows share a person and year, so the
 * run is valid. Doubling P1's 1949 row (outside the mask) or its 2076 row (inside) is a duplicate
 * key of those two rows; rows of P9, who is not in persons, are each an unknown person.
 */
class IncomeKeysTest {
  @TempDir Path dir;

  private String incomes =
      """
      person_id,year,household_kind,student,income_pct
      P1,1950,private,false,120
      P1,2076,private,false,120
      P1,1949,private,false,120
      P1,2077,private,false,120
      P2,2011,private,,
      """;

  @Test
  void yearsAtAndBeyondTheEdgesOfTheMaskAreNoDuplicates() throws IOException {
    RunResult result = data().run(dir);
    assertThat(TinyDataset.report(result, "incomes").rowsRead()).isEqualTo(5);
  }

  @Test
  void aDuplicateYearOutsideTheMaskIsFound() {
    incomes =
        incomes.replace(
            "P1,1949,private,false,120", "P1,1949,private,false,120\nP1,1949,private,,");
    assertFault(
        "incomes.csv row 3, column person_id, year: \"P1, 1949\" occurs more than once; expected each "
            + "key once; 2 rows have this fault: row 3 \"P1, 1949\", row 4 \"P1, 1949\"");
  }

  @Test
  void aDuplicateYearAtTheEdgeOfTheMaskIsFound() {
    incomes = incomes.replace("P2,2011,private,,", "P2,2011,private,,\nP1,2076,institutional,,");
    assertFault(
        "incomes.csv row 2, column person_id, year: \"P1, 2076\" occurs more than once; expected each "
            + "key once; 2 rows have this fault: row 2 \"P1, 2076\", row 6 \"P1, 2076\"");
  }

  @Test
  void everyRowOfAnUnknownPersonIsFound() {
    incomes = incomes + "P9,2011,private,,\nP9,2012,private,,\n";
    assertFault(
        "incomes.csv row 6, column person_id: \"P9\" is not in persons; expected a person_id of "
            + "persons; 2 rows have this fault: row 6 \"P9\", row 7 \"P9\"; fix the extract or choose "
            + "--repair unknown_person=drop_row");
  }

  private void assertFault(String message) {
    data().assertInvalid(dir, message);
  }

  /** TinyDataset's addresses and areas, with the persons, residences and incomes of the story. */
  private TinyDataset data() {
    TinyDataset data = TinyDataset.base();
    data.files.put(
        "persons.csv",
        """
        person_id,birth_date,origin,register_entry_date
        P1,1980-01-01,nl,1980-01-01
        P2,1990-05-05,non_western,1995-05-05
        """);
    data.files.put(
        "residences.csv",
        """
        person_id,address_id,start_date,end_date
        P1,A1,2000-01-01,
        P2,A2,2005-01-01,
        """);
    data.files.put("incomes.csv", incomes);
    return data;
  }
}
