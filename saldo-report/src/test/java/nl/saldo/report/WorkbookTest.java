package nl.saldo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @BeforeAll
  static void write() throws IOException {
    run = RunDirs.copyOfSmall(dir.resolve("run"));
    Path file =
        Workbook.write(
            RunTables.read(run), new ReportOptions("nl", null, false), run.resolve("report.xlsx"));
    workbook = new XSSFWorkbook(Files.newInputStream(file));
  }

  @Test
  void everyOutputTableMatchesItsCsvCellByCell() throws IOException {
    for (String table : List.of("stocks", "migration", "od", "components", "segregation")) {
      List<String> lines = Files.readAllLines(run.resolve(table + ".csv"), StandardCharsets.UTF_8);
      Sheet sheet = workbook.getSheet(table);
      assertThat(sheet.getLastRowNum()).as(table + " rows").isEqualTo(lines.size() - 1);
      for (int r = 1; r < lines.size(); r++) {
        List<String> csv = CsvTable.split(lines.get(r));
        Row row = sheet.getRow(r);
        for (int c = 0; c < csv.size(); c++) {
          assertThat(cellText(row.getCell(c)))
              .as("%s row %d column %d", table, r + 1, c + 1)
              .isEqualTo(canonical(csv.get(c)));
        }
      }
    }
  }

  @Test
  void headersAreTranslatedFrozenAndFiltered() {
    Sheet migration = workbook.getSheet("migration");
    assertThat(migration.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Vestigers");
    assertThat(migration.getPaneInformation().isFreezePane()).isTrue();
    assertThat(migration.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    assertThat(workbook.getSheet("stocks").getCTWorksheet().getAutoFilter().getRef())
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
    assertThat(workbook.getNumberOfSheets()).as("5 tables, settings, 7 headlines").isEqualTo(6 + 7);
    Sheet headline = workbook.getSheet("Kerntabel area_type");
    assertThat(headline.getRow(0).getCell(2).getStringCellValue())
        .isEqualTo("<101% bijstandsniveau");
    Row anticipeer = headline.getRow(2);
    assertThat(anticipeer.getCell(0).getStringCellValue()).isEqualTo("anticipeer");
    // total group: columns 2 + 6 × 4 = 26 … 29 (in, out, net, net % per year), as in migration.csv
    assertThat(anticipeer.getCell(26).getNumericCellValue()).isEqualTo(2700);
    assertThat(anticipeer.getCell(27).getNumericCellValue()).isEqualTo(4240);
    assertThat(anticipeer.getCell(28).getNumericCellValue()).isEqualTo(-1530);
    assertThat(anticipeer.getCell(29).getNumericCellValue()).isEqualTo(-0.24);
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
