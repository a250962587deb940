package nl.saldo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunTablesTest {
  @TempDir Path dir;

  @Test
  void readsTheTablesOfARun() {
    RunTables tables = RunTables.read(RunDirs.small());
    assertThat(tables.layers())
        .containsExactly(
            "gemeente", "region", "area_type", "province", "study", "urbanity", "veenkolonien");
    assertThat(tables.units("area_type"))
        .containsKeys("krimp", "anticipeer", "provinciehoofdstad", "overig");
    assertThat(tables.stock("gemeente", "GM0003", "lt101").orElseThrow().popStart()).isEqualTo(930);
    assertThat(tables.migration("gemeente", "GM0003", "lt101").orElseThrow().netShareOfChangePct())
        .isNull();
    assertThat(tables.unsafeUnrounded()).isFalse();
  }

  @Test
  void namesFileRowColumnAndValueOfABadCount() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    replaceInFile(
        run.resolve("migration.csv"),
        "gemeente,GM0003,Appingedam,101_150,840,",
        "gemeente,GM0003,Appingedam,101_150,84O,");
    assertThatThrownBy(() -> RunTables.read(run))
        .isInstanceOf(ReportException.class)
        .hasMessage("migration.csv row 3: column in_movers is '84O', expected a whole number");
  }

  @Test
  void namesTheExpectedHeader() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    replaceInFile(
        run.resolve("od.csv"), "layer,origin,destination,group,moves", "layer,from,to,group,moves");
    assertThatThrownBy(() -> RunTables.read(run))
        .hasMessage(
            "od.csv row 1: header is layer,from,to,group,moves, expected layer,origin,destination,group,moves");
  }

  @Test
  void rejectsAnUnknownGroup() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    replaceInFile(
        run.resolve("stocks.csv"),
        "gemeente,GM0003,Appingedam,lt101,",
        "gemeente,GM0003,Appingedam,poor,");
    assertThatThrownBy(() -> RunTables.read(run))
        .hasMessage(
            "stocks.csv row 2: column group is 'poor', expected one of lt101, 101_150, ge150, student, other, lower, higher_incl_students, total");
  }

  @Test
  void saysWhichTableIsMissing() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    Files.delete(run.resolve("od.csv"));
    assertThatThrownBy(() -> RunTables.read(run))
        .hasMessageStartingWith("od.csv is missing in " + run);
  }

  @Test
  void theUnsafeMarkerMakesTheRunUnsafe() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    Files.writeString(run.resolve(RunTables.UNSAFE_MARKER), "unrounded");
    assertThat(RunTables.read(run).unsafeUnrounded()).isTrue();
  }

  @Test
  void readsQuotedFields() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    replaceInFile(
        run.resolve("stocks.csv"),
        "gemeente,GM0003,Appingedam,lt101,",
        "gemeente,GM0003,\"Appingedam, \"\"de\"\"\nstad\",lt101,");
    CsvTable stocks = CsvTable.read(run.resolve("stocks.csv"), StockRow.COLUMNS);
    assertThat(stocks.rows().get(0).text("unit_name")).isEqualTo("Appingedam, \"de\"\nstad");
    assertThat(stocks.rows().get(1).text("unit_name")).isEqualTo("Appingedam");
  }

  @Test
  void aHeaderWithABomAndCrlfLineEndsIsRead() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    Path stocks = run.resolve("stocks.csv");
    Files.writeString(stocks, "\uFEFF" + Files.readString(stocks).replace("\n", "\r\n"));
    assertThat(CsvTable.read(stocks, StockRow.COLUMNS).rows()).isNotEmpty();
  }

  @Test
  void aByteThatIsNotUtf8IsNamedWithItsLine() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    Path stocks = run.resolve("stocks.csv");
    byte[] bytes = Files.readAllBytes(stocks);
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    int third = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
    bytes[third + "gemeente,GM0003,".length()] = (byte) 0xE9;
    Files.write(stocks, bytes);
    assertThatThrownBy(() -> CsvTable.read(stocks, StockRow.COLUMNS))
        .isInstanceOf(ReportException.class)
        .hasMessage("stocks.csv line 3: byte 0xE9 is not UTF-8 text (save the file as UTF-8)");
  }

  static void replaceInFile(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }
}
