package nl.saldo.sav;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Pipeline;
import nl.saldo.core.pipeline.ProgressListener;
import nl.saldo.core.pipeline.RunResult;
import nl.saldo.core.study.StudyFile;
import nl.saldo.core.study.StudySettings;
import nl.saldo.duckdb.DuckDbEngineFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A format-v1 table given as an SPSS file (persons.sav, residences.zsav-style compressed) gives the
 * tables the CSVs give.
 */
class SavInputTest {
  @TempDir Path dir;

  @Test
  void formatV1TablesMayBeSpssFiles() throws IOException {
    Path csv = Files.createDirectories(dir.resolve("csv"));
    Path sav = Files.createDirectories(dir.resolve("sav"));
    Path areas = Files.createDirectories(dir.resolve("areas"));
    Files.writeString(
        areas.resolve("buurten.csv"),
        "buurt_code,gemeente_code,oad\nBU00140000,GM0014,2600\n"
            + "BU00800000,GM0080,1200\nBU03630000,GM0363,3000\n");
    String addresses = "address_id,buurt_code\nA1,BU00140000\nA2,BU00800000\nA3,BU03630000\n";
    String incomes =
        "person_id,year,household_kind,student,income_pct\nP1,2013,private,false,90\n"
            + "P2,2015,private,true,\nP3,2012,private,false,180\n";
    for (Path data : List.of(csv, sav)) {
      Files.writeString(data.resolve("addresses.csv"), addresses);
      Files.writeString(data.resolve("incomes.csv"), incomes);
    }
    Files.writeString(
        csv.resolve("persons.csv"),
        "person_id,birth_date,origin,register_entry_date\n"
            + "P1,1980-01-01,nl,1980-01-01\nP2,1995-03-04,western,1999-01-01\nP3,1970-07-07,non_western,\n");
    Files.writeString(
        csv.resolve("residences.csv"),
        "person_id,address_id,start_date,end_date\n"
            + "P1,A1,2000-01-01,2012-06-01\nP1,A2,2012-06-01,\nP2,A3,2001-01-01,2014-09-01\nP2,A1,2014-09-02,\n"
            + "P3,A2,1990-01-01,2011-03-03\nP3,A3,2011-03-03,\n");
    try (SavWriter persons =
        new SavWriter(
            sav.resolve("persons.sav"),
            List.of(
                SavWriter.Variable.string("person_id", 4),
                    SavWriter.Variable.string("birth_date", 10),
                SavWriter.Variable.string("origin", 12),
                    SavWriter.Variable.string("register_entry_date", 10)),
            false)) {
      persons.row("P1", "1980-01-01", "nl", "1980-01-01");
      persons.row("P2", "1995-03-04", "western", "1999-01-01");
      persons.row("P3", "1970-07-07", "non_western", "");
    }
    try (SavWriter residences =
        new SavWriter(
            sav.resolve("residences.sav"),
            List.of(
                SavWriter.Variable.string("person_id", 4),
                    SavWriter.Variable.string("address_id", 4),
                SavWriter.Variable.numeric("start_date"), SavWriter.Variable.numeric("end_date")),
            true)) {
      residences.row("P1", "A1", 20000101.0, 20120601.0);
      residences.row("P1", "A2", 20120601.0, null);
      residences.row("P2", "A3", 20010101.0, 20140901.0);
      residences.row("P2", "A1", 20140902.0, null);
      residences.row("P3", "A2", 19900101.0, 20110303.0);
      residences.row("P3", "A3", 20110303.0, null);
    }
    StudySettings settings = StudyFile.defaults().withUnsafeUnrounded(true);
    RunResult fromSav = run(settings, InputSet.find(sav, areas, settings));
    RunResult fromCsv = run(settings, InputSet.find(csv, areas, settings));
    assertThat(fromSav.facts().get("moves_found")).isEqualTo(3);
    for (Mart mart : Mart.values()) {
      assertThat(fromSav.tables().table(mart).rows())
          .as(mart.tableName())
          .isEqualTo(fromCsv.tables().table(mart).rows());
    }
    assertThat(fromSav.inputs())
        .extracting(report -> report.file())
        .contains("persons.sav", "residences.sav");
  }

  private static RunResult run(StudySettings settings, InputSet inputs) {
    try (var engine = new DuckDbEngineFactory().create(null, "1GB", 1)) {
      return new Pipeline(engine, ProgressListener.SILENT).run(inputs, settings);
    }
  }
}
