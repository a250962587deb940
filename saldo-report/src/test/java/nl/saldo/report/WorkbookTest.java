package nl.saldo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.saldo.core.csv.CsvReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.xlsx read back with POI and compared cell by cell with the CSVs it was made from. */
class WorkbookTest {
  @TempDir static Path dir;
  static XSSFWorkbook workbook;
  static Path run;
  static RunTables NAMES;

  @BeforeAll
  static void write() throws IOException {
    run = RunDirs.copyOfSmall(dir.resolve("run"));
    Path file =
        Workbook.write(
            RunTables.read(run), new ReportOptions("nl", null, false), run.resolve("report.xlsx"));
    workbook = new XSSFWorkbook(Files.newInputStream(file));
    NAMES = RunTables.read(run, "nl");
  }

  @Test
  void everyOutputTableMatchesItsCsvCellByCell() throws IOException {
    Map<String, String> sheetNames =
        Map.of(
            "stocks", "Bevolking",
            "migration", "Verhuizingen",
            "od", "Herkomst en bestemming",
            "components", "Componenten",
            "segregation", "Segregatie");
    for (String table : List.of("stocks", "migration", "od", "components", "segregation")) {
      List<CsvReader.Row> lines = CsvReader.read(run.resolve(table + ".csv"), table).rows();
      Sheet sheet = workbook.getSheet(sheetNames.get(table));
      assertThat(sheet.getLastRowNum()).as(table + " rows").isEqualTo(lines.size());
      for (int r = 1; r <= lines.size(); r++) {
        List<String> csv = lines.get(r - 1).values();
        Row row = sheet.getRow(r);
        for (int c = 0; c < csv.size(); c++) {
          String expected = canonical(csv.get(c));
          if (c == 2 && List.of("stocks", "migration").contains(table)) {
            // unit_name: the study's display name beside the code (names.csv of the run)
            expected = NAMES.units(csv.get(0)).get(csv.get(1));
          }
          assertThat(cellText(row.getCell(c)))
              .as("%s row %d column %d", table, r + 1, c + 1)
              .isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void headersAreTranslatedFrozenAndFiltered() {
    Sheet migration = workbook.getSheet("Verhuizingen");
    assertThat(migration.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Vestigers");
    assertThat(migration.getPaneInformation().isFreezePane()).isTrue();
    assertThat(migration.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    assertThat(workbook.getSheet("Bevolking").getCTWorksheet().getAutoFilter().getRef())
        .isEqualTo("A1:K241");
    assertThat(migration.getRow(1).getCell(4).getCellStyle().getDataFormatString())
        .isEqualTo("#,##0");
    assertThat(migration.getRow(1).getCell(7).getCellStyle().getDataFormatString())
        .isEqualTo("0.00");
  }

  @Test
  void settingsSheetHoldsTheManifest() {
    Sheet settings = workbook.getSheet("Instellingen");
    boolean found = false;
    for (Row row : settings) {
      if (row.getCell(0).getStringCellValue().equals("study.disclosure.rounding_base")) {
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("10");
        found = true;
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void headlineSheetPerLayerHasUnitsTimesGroups() {
    assertThat(workbook.getNumberOfSheets())
        .as("key findings, 5 tables, settings, 7 headlines")
        .isEqualTo(1 + 6 + 7);
    Sheet headline = workbook.getSheet("Kerntabel Gebiedstypen");
    assertThat(headline.getRow(0).getCell(2).getStringCellValue())
        .isEqualTo("<101% bijstandsniveau");
    // the study's order (Krimpgebieden first) and its names beside the codes
    assertThat(headline.getRow(2).getCell(0).getStringCellValue()).isEqualTo("krimp");
    assertThat(headline.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Krimpgebieden");
    Row anticipeer = headline.getRow(3);
    assertThat(anticipeer.getCell(0).getStringCellValue()).isEqualTo("anticipeer");
    assertThat(anticipeer.getCell(1).getStringCellValue()).isEqualTo("Anticipeergebieden");
    // total group: columns 2 + 6 × 4 = 26 … 29 (in, out, net, net % per year), as in migration.csv
    assertThat(anticipeer.getCell(26).getNumericCellValue()).isEqualTo(2700);
    assertThat(anticipeer.getCell(27).getNumericCellValue()).isEqualTo(4240);
    assertThat(anticipeer.getCell(28).getNumericCellValue()).isEqualTo(-1530);
    assertThat(anticipeer.getCell(29).getNumericCellValue()).isEqualTo(-0.24);
  }

  @Test
  void theKeyFindingsAreTheFirstSheet() {
    Sheet findings = workbook.getSheetAt(0);
    assertThat(findings.getSheetName()).isEqualTo("Belangrijkste uitkomsten");
    assertThat(findings.getRow(0).getCell(2).getStringCellValue())
        .isEqualTo("Aandeel lagere inkomens, verandering (procentpunt)");
    assertThat(findings.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Krimpgebieden");
    // stocks.csv area_type krimp lower share_change_pp
    assertThat(findings.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(-0.74);
    assertThat(findings.getRow(1).getCell(5).getStringCellValue())
        .isEqualTo(
            "Door binnenlandse verhuizingen neemt het aandeel lagere inkomens in de krimpgebieden toe.");
    assertThat(findings.getRow(5).getCell(1).getStringCellValue())
        .isEqualTo("Totaal Noord-Nederland");
  }

  @Test
  void everySheetCarriesTheSourceAndTheRoundingNote() {
    for (Sheet sheet : workbook) {
      StringBuilder text = new StringBuilder();
      for (Row row : sheet) {
        if (row.getRowNum() > 1) {
          break;
        }
        row.forEach(cell -> text.append(cellText(cell)).append(' '));
      }
      assertThat(text.toString())
          .as(sheet.getSheetName())
          .contains("Bron: saldo", "Noord-Nederland", "apart afgerond op een veelvoud van 10");
    }
  }

  @Test
  void odCarriesTheNamesBesideTheCodes() {
    Sheet od = workbook.getSheet("Herkomst en bestemming");
    assertThat(od.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Herkomst (naam)");
    boolean named = false;
    for (Row row : od) {
      if (cellText(row.getCell(1)).equals("krimp")) {
        assertThat(cellText(row.getCell(5))).isEqualTo("Krimpgebieden");
        named = true;
      }
      if (cellText(row.getCell(2)).equals("rest")) {
        assertThat(cellText(row.getCell(6))).isEqualTo("Rest van Nederland");
      }
    }
    assertThat(named).isTrue();
  }

  @Test
  void theEnglishWorkbookIsEnglishThroughout(@TempDir Path other) throws IOException {
    Path en = RunDirs.copyOfSmall(other.resolve("en"));
    Path file =
        Workbook.write(
            RunTables.read(en, "en"),
            new ReportOptions("en", null, false),
            en.resolve("report.xlsx"));
    try (XSSFWorkbook english = new XSSFWorkbook(Files.newInputStream(file))) {
      assertThat(english.getSheetAt(0).getSheetName()).isEqualTo("Key findings");
      assertThat(english.getSheet("Moves")).isNotNull();
      assertThat(english.getSheet("Headline Area types")).isNotNull();
      StringBuilder all = new StringBuilder();
      for (Sheet sheet : english) {
        for (Row row : sheet) {
          row.forEach(cell -> all.append(cellText(cell)).append('|'));
        }
      }
      assertThat(all.toString())
          .contains("reinforcing", "Shrinking regions", "Source: saldo")
          .doesNotContain("versterkend", "dempend", "Krimpgebieden");
    }
  }

  private static String cellText(Cell cell) {
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      return canonical(Double.toString(cell.getNumericCellValue()));
    }
    return cell.getStringCellValue();
  }

  /** Numbers compared by value (1530 = 1530.0), text as it is. */
  private static String canonical(String value) {
    try {
      return new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return value;
    }
  }
}
