package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import nl.saldo.core.SaldoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input is read to its declared shape only (issue 12): a year is a whole number, income_pct a plain
 * decimal. The engine's own casts are more forgiving (2010.5 → 2011, 2_011 → 2011, 1_50 → 150,
 * 1e400 → infinity → ge150) and used to take such values silently. A table with a header only is
 * refused by name.
 */
class InputShapeTest {
  @TempDir Path dir;

  @Test
  void aYearWithDecimalsIsNotAYear() {
    assertFault(
        TinyDataset.base().replace("incomes.csv", "P1,2013,", "P1,2010.5,"),
        "incomes.csv row 1, column year: \"2010.5\" is not a year; expected a whole number such as"
            + " 2011; 1 row has this fault: row 1 \"2010.5\"");
  }

  @Test
  void aYearWithADigitSeparatorIsNotAYear() {
    assertFault(
        TinyDataset.base().replace("incomes.csv", "P1,2013,", "P1,2_011,"),
        "incomes.csv row 1, column year: \"2_011\" is not a year; expected a whole number such as"
            + " 2011; 1 row has this fault: row 1 \"2_011\"");
  }

  @Test
  void aYearWrittenAsAWholeDoubleOrWithSpacesIsAYear() throws IOException {
    var result =
        TinyDataset.base()
            .replace("incomes.csv", "P1,2013,", "P1,2013.0,")
            .replace("incomes.csv", "P2,2011,", "P2, 2011 ,")
            .run(dir);
    assertThat(result.facts().get("moves_counted")).isEqualTo(1);
  }

  @Test
  void aNumberWithADigitSeparatorIsNotANumber() {
    assertFault(
        TinyDataset.base().replace("incomes.csv", "false,120", "false,1_50"),
        "incomes.csv row 1, column income_pct: \"1_50\" is not a number; expected a number such as"
            + " 123.4; 1 row has this fault: row 1 \"1_50\"");
  }

  @Test
  void aNumberTooLargeForADoubleIsNotANumber() {
    assertFault(
        TinyDataset.base().replace("incomes.csv", "false,120", "false,1e400"),
        "incomes.csv row 1, column income_pct: \"1e400\" is not a number; expected a number such as"
            + " 123.4; 1 row has this fault: row 1 \"1e400\"");
  }

  @Test
  void plainDecimalsStillRead() throws IOException {
    var result =
        TinyDataset.base()
            .replace("incomes.csv", "false,120", "false, 1.2e2 ")
            .replace("areas/buurten.csv", "GM0001,800", "GM0001,+800.0")
            .run(dir);
    assertThat(result.facts().get("moves_counted")).isEqualTo(1);
  }

  @Test
  void aTableWithAHeaderOnlyIsNamed() {
    TinyDataset data = TinyDataset.base();
    data.files.put("incomes.csv", "person_id,year,household_kind,student,income_pct\n");
    data.files.put("residences.csv", "person_id,address_id,start_date,end_date\n");
    assertThatThrownBy(() -> data.run(dir))
        .isInstanceOf(SaldoException.class)
        .hasMessage(
            "residences.csv, incomes.csv have no rows (a header only): every table needs at least"
                + " one row; an empty table would give all-zero or all-other results")
        .extracting(e -> ((SaldoException) e).exitCode())
        .isEqualTo(2);
  }

  private void assertFault(TinyDataset data, String message) {
    data.assertInvalid(dir, message);
  }
}
