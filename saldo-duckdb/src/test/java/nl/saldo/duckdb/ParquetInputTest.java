package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.input.InvalidInputException;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Pipeline;
import nl.saldo.core.pipeline.ProgressListener;
import nl.saldo.core.pipeline.RunResult;
import nl.saldo.core.study.StudyFile;
import nl.saldo.core.study.StudySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Parquet file's typed columns (DATE, TIMESTAMP, BIGINT, BOOLEAN, DOUBLE) are used as they are
 * (TypedColumns), not turned into text and parsed back, and give what the same data as CSV give.
 * Story: P1 (nl, born 1980) lives at A1 in GM0001 from 2000 and moves to A2 in GM0002 on 1 March
 * 2012; P2 (non_western) lives at A2 from 2005. Incomes: P1 2011 and 2013 at 120 % (group 101_150),
 * P2 2011 with no income_pct (group other). One move, from GM0001 to GM0002. A value the typed
 * column holds but whose text is no valid input (a NaN income, a date in the year 10000) is still
 * found, with the message naming the value as its text reads.
 */
class ParquetInputTest {
  @TempDir Path dir;

  private String incomes =
      """
      person_id,year,household_kind,student,income_pct
      P1,2011,private,false,120
      P1,2013,private,false,120
      P2,2011,private,,
      """;

  private String residences =
      """
      person_id,address_id,start_date,end_date
      P1,A1,2000-01-01,2012-03-01
      P1,A2,2012-03-01,
      P2,A2,2005-01-01,
      """;

  @Test
  void typedParquetColumnsGiveWhatTheCsvGives() throws Exception {
    RunResult csv = run(write(dir.resolve("csv"), false));
    RunResult parquet = run(write(dir.resolve("parquet"), true));
    assertThat(parquet.facts()).isEqualTo(csv.facts()).containsEntry("moves_counted", 1L);
    for (Mart mart : new Mart[] {Mart.STOCKS, Mart.MIGRATION, Mart.OD}) {
      assertThat(parquet.tables().table(mart).rows())
          .as(mart.tableName())
          .isEqualTo(csv.tables().table(mart).rows());
    }
    assertThat(parquet.inputs())
        .extracting(report -> report.rowsRead() + " " + report.rowsUsed())
        .isEqualTo(
            csv.inputs().stream()
                .map(report -> report.rowsRead() + " " + report.rowsUsed())
                .toList());
  }

  @Test
  void aNanIncomeInATypedColumnIsNotANumber() {
    incomes = incomes.replace("P1,2013,private,false,120", "P1,2013,private,false,nan");
    assertThatThrownBy(() -> run(write(dir, true)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input:\n  incomes.parquet row 2, column income_pct: \"nan\" is not a number; "
                + "expected a number such as 123.4; 1 row has this fault: row 2 \"nan\"")
        .extracting(e -> ((SaldoException) e).exitCode())
        .isEqualTo(2);
  }

  @Test
  void aDateBeyondTheYear9999InATypedColumnIsNotADate() {
    residences = residences.replace("P2,A2,2005-01-01,", "P2,A2,2005-01-01,10000-01-01");
    assertThatThrownBy(() -> run(write(dir, true)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input:\n  residences.parquet row 3, column end_date: \"10000-01-01\" is not a "
                + "date; expected YYYY-MM-DD; 1 row has this fault: row 3 \"10000-01-01\"")
        .extracting(e -> ((SaldoException) e).exitCode())
        .isEqualTo(2);
  }

  /** The dataset in DATA (microdata) and DATA/areas; as Parquet with typed columns if asked. */
  private Path write(Path data, boolean parquet) throws IOException, SQLException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "persons.csv",
        """
        person_id,birth_date,origin,register_entry_date
        P1,1980-01-01,nl,1980-01-01
        P2,1990-05-05,non_western,1995-05-05
        """);
    files.put("residences.csv", residences);
    files.put(
        "addresses.csv",
        """
        address_id,buurt_code
        A1,BU00010001
        A2,BU00020001
        """);
    files.put("incomes.csv", incomes);
    files.put(
        "areas/buurten.csv",
        """
        buurt_code,gemeente_code,oad
        BU00010001,GM0001,800
        BU00020001,GM0002,1600
        """);
    files.put(
        "areas/gemeenten.csv",
        """
        gemeente_code,gemeente_name,province,region,area_type
        GM0001,Een,Groningen,Noord,krimp
        GM0002,Twee,Drenthe,Zuid,overig
        """);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = data.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
    if (parquet) {
      Map<String, String> types =
          Map.of(
              "persons",
              "{'person_id': 'VARCHAR', 'birth_date': 'DATE', 'origin': 'VARCHAR',"
                  + " 'register_entry_date': 'DATE'}",
              "residences",
              "{'person_id': 'VARCHAR', 'address_id': 'VARCHAR', 'start_date': 'DATE',"
                  + " 'end_date': 'VARCHAR'}",
              "addresses",
              "{'address_id': 'VARCHAR', 'buurt_code': 'VARCHAR'}",
              "incomes",
              "{'person_id': 'VARCHAR', 'year': 'BIGINT', 'household_kind': 'VARCHAR',"
                  + " 'student': 'BOOLEAN', 'income_pct': 'DOUBLE'}");
      try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
          Statement statement = connection.createStatement()) {
        for (Map.Entry<String, String> table : types.entrySet()) {
          Path csv = data.resolve(table.getKey() + ".csv");
          String select =
              table.getKey().equals("residences")
                  ? "select person_id, address_id, start_date,"
                      + " cast(cast(end_date as date) as timestamp) as end_date from "
                  : "select * from ";
          statement.execute(
              "copy ("
                  + select
                  + "read_csv('"
                  + csv
                  + "', header = true, auto_detect = false, columns = "
                  + table.getValue()
                  + ")) to '"
                  + data.resolve(table.getKey() + ".parquet")
                  + "' (format parquet)");
          Files.delete(csv);
        }
      }
    }
    return data;
  }

  private static RunResult run(Path data) throws IOException {
    StudySettings settings = StudyFile.defaults();
    InputSet inputs = InputSet.find(data, data.resolve("areas"), settings);
    try (var engine = new DuckDbEngineFactory().create(null, "1GB", 1)) {
      return new Pipeline(engine, ProgressListener.SILENT).run(inputs, settings);
    }
  }
}
