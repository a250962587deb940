package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.input.InvalidInputException;
import nl.saldo.core.pipeline.Pipeline;
import nl.saldo.core.pipeline.ProgressListener;
import nl.saldo.core.pipeline.RunResult;
import nl.saldo.core.study.StudyFile;
import nl.saldo.core.study.StudySettings;
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
    RunResult result = run();
    assertThat(result.inputs().stream().filter(r -> r.table().equals("incomes")).findFirst())
        .hasValueSatisfying(report -> assertThat(report.rowsRead()).isEqualTo(5));
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
    assertThatThrownBy(this::run)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input:\n  " + message)
        .extracting(e -> ((SaldoException) e).exitCode())
        .isEqualTo(2);
  }

  private RunResult run() throws IOException {
    Map<String, String> files =
        Map.of(
            "persons.csv",
            """
            person_id,birth_date,origin,register_entry_date
            P1,1980-01-01,nl,1980-01-01
            P2,1990-05-05,non_western,1995-05-05
            """,
            "residences.csv",
            """
            person_id,address_id,start_date,end_date
            P1,A1,2000-01-01,
            P2,A2,2005-01-01,
            """,
            "addresses.csv",
            """
            address_id,buurt_code
            A1,BU00010001
            A2,BU00020001
            """,
            "incomes.csv",
            incomes,
            "areas/buurten.csv",
            """
            buurt_code,gemeente_code,oad
            BU00010001,GM0001,800
            BU00020001,GM0002,1600
            """,
            "areas/gemeenten.csv",
            """
            gemeente_code,gemeente_name,province,region,area_type
            GM0001,Een,Groningen,Noord,krimp
            GM0002,Twee,Drenthe,Zuid,overig
            """);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
    StudySettings settings = StudyFile.defaults();
    InputSet inputs = InputSet.find(dir, dir.resolve("areas"), settings);
    try (var engine = new DuckDbEngineFactory().create(null, "1GB", 1)) {
      return new Pipeline(engine, ProgressListener.SILENT).run(inputs, settings);
    }
  }
}
