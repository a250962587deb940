package nl.saldo.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the sheets of report.xlsx with shared styles: bold header, #,##0 counts, 0.00 percentages.
 */
final class SheetWriter {
  private final SXSSFWorkbook workbook;
  private final Texts texts;
  private final CellStyle plain;
  private final CellStyle header;
  private final CellStyle count;
  private final CellStyle percent;
  private final CellStyle index;

  SheetWriter(SXSSFWorkbook workbook, Texts texts) {
    this.workbook = workbook;
    this.texts = texts;
    // the default style, given to every cell without one so that POI need not look for a column
    // style per cell when it writes the row (the same file, the s attribute of style 0 is left out)
    plain = workbook.getCellStyleAt(0);
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setWrapText(true);
    count = workbook.createCellStyle();
    count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
    percent = workbook.createCellStyle();
    percent.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    index = workbook.createCellStyle();
    index.setDataFormat(workbook.createDataFormat().getFormat("0.0000"));
  }

  /** One output table: translated header, frozen, with filters over all rows. */
  <T> void table(String name, List<String> columns, List<T> rows, Function<T, List<Object>> cells) {
    Sheet sheet =
        workbook.createSheet(
            texts.has("sheet.table." + name) ? texts.get("sheet.table." + name) : name);
    Row head = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      text(head, c, texts.get("col." + columns.get(c))).setCellStyle(header);
      sheet.setColumnWidth(c, c < 4 ? 18 * 256 : 14 * 256);
    }
    // before the rows: a streamed sheet keeps only the last rows in memory
    note(sheet, head, columns.size() + 1);
    int r = 1;
    for (T row : rows) {
      Row line = sheet.createRow(r++);
      List<Object> values = cells.apply(row);
      for (int c = 0; c < values.size(); c++) {
        value(line, c, values.get(c));
      }
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
  }

  private String source;
  private List<String> notes = List.of();

  /** The source line and the notes (rounding, synthetic data) every sheet carries. */
  void notes(String source, List<String> notes) {
    this.source = source;
    this.notes = notes;
  }

  /** Source and notes in the header row, right of the table, so the data rows stay as they are. */
  private void note(Sheet sheet, Row row, int column) {
    if (source == null) {
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add(source);
    lines.addAll(notes);
    text(row, column, String.join("\n", lines));
    sheet.setColumnWidth(column, 80 * 256);
  }

  /** The key findings, the workbook's first sheet: per area type and the study total. */
  void findings(String name, KeyFindings findings) {
    Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
    Row head = sheet.createRow(0);
    List<String> keys =
        List.of(
            "col.unit",
            "col.unit_name",
            "col.share_change_lower",
            "col.net_lower",
            "col.net_higher",
            "col.verdict");
    for (int c = 0; c < keys.size(); c++) {
      text(head, c, texts.get(keys.get(c))).setCellStyle(header);
      sheet.setColumnWidth(c, c == 5 ? 90 * 256 : c == 1 ? 26 * 256 : 18 * 256);
    }
    int r = 1;
    for (KeyFindings.Finding finding : findings.findings()) {
      Row line = sheet.createRow(r++);
      text(line, 0, finding.unit());
      text(line, 1, finding.name());
      value(line, 2, Workbook.Percent.of(finding.shareChangePp()));
      value(line, 3, Workbook.Percent.of(finding.netPctLower()));
      value(line, 4, Workbook.Percent.of(finding.netPctHigher()));
      text(line, 5, finding.verdict());
    }
    sheet.createFreezePane(0, 1);
    note(sheet, head, keys.size() + 1);
  }

  /** The run's settings and manifest as key/value rows, counts rounded as in the tables. */
  void settings(String name, RunTables tables) {
    Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
    Row head = sheet.createRow(0);
    text(head, 0, texts.get("col.key")).setCellStyle(header);
    text(head, 1, texts.get("col.value")).setCellStyle(header);
    sheet.setColumnWidth(0, 48 * 256);
    sheet.setColumnWidth(1, 70 * 256);
    ManifestRows manifest = ManifestRows.of(tables);
    List<String[]> rows = new ArrayList<>();
    // Where a reader of the sheets meets sums that do not add up: the identities hold before
    // rounding only, and the percentages come from the rounded counts (METHOD.md §7).
    rows.add(new String[] {texts.get("col.disclosure"), disclosureNote(tables)});
    manifest
        .settings(tables.manifest())
        .forEach(pair -> rows.add(new String[] {"study." + pair[0], pair[1]}));
    rows.addAll(manifest.rest(tables.manifest()));
    int r = 1;
    for (String[] pair : rows) {
      Row line = sheet.createRow(r++);
      text(line, 0, pair[0]);
      text(line, 1, pair[1]);
    }
    sheet.createFreezePane(0, 1);
    note(sheet, head, 3);
  }

  private String disclosureNote(RunTables tables) {
    if (tables.unsafeUnrounded()) {
      return texts.get("method.disclosure.off");
    }
    JsonNode disclosure = tables.manifest().path("study").path("disclosure");
    return texts.get(
        "method.disclosure",
        disclosure.path("rounding_base").asLong(10),
        disclosure.path("min_denominator").asLong(100));
  }

  /**
   * The report's headline table of one layer: a row per unit, per group in, out, net and net % per
   * year.
   */
  void headline(String name, RunTables tables, String layer) {
    SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
    StudyFacts study = StudyFacts.of(tables.manifest());
    List<String> measures = List.of("in_movers", "out_movers", "net", "net_pct_per_year");
    Row groups = sheet.createRow(0);
    Row head = sheet.createRow(1);
    text(head, 0, texts.get("col.unit")).setCellStyle(header);
    text(head, 1, texts.get("col.unit_name")).setCellStyle(header);
    sheet.setColumnWidth(1, 26 * 256);
    int c = 2;
    for (String group : Groups.MIGRATION) {
      text(groups, c, study.label(texts, group)).setCellStyle(header);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, c, c + measures.size() - 1));
      for (String measure : measures) {
        text(head, c, texts.get("col." + measure)).setCellStyle(header);
        sheet.setColumnWidth(c++, 12 * 256);
      }
    }
    int r = 2;
    for (Map.Entry<String, String> unit : tables.units(layer).entrySet()) {
      Row line = sheet.createRow(r++);
      text(line, 0, unit.getKey());
      text(line, 1, unit.getValue());
      c = 2;
      for (String group : Groups.MIGRATION) {
        var row = tables.migration(layer, unit.getKey(), group);
        if (row.isPresent()) {
          value(line, c, row.get().inMovers());
          value(line, c + 1, row.get().outMovers());
          value(line, c + 2, row.get().net());
          value(line, c + 3, Workbook.Percent.of(row.get().netPctPerYear()));
        }
        c += measures.size();
      }
    }
    sheet.createFreezePane(2, 2);
    note(sheet, groups, c + 1);
  }

  private void value(Row row, int column, Object value) {
    if (value instanceof Long number) {
      Cell cell = row.createCell(column);
      cell.setCellValue(number);
      cell.setCellStyle(count);
    } else if (value instanceof Workbook.Percent pct) {
      Cell cell = cell(row, column);
      if (pct.value() != null) {
        cell.setCellValue(pct.value());
        cell.setCellStyle(percent);
      }
    } else if (value instanceof Workbook.Index segregation) {
      Cell cell = cell(row, column);
      if (segregation.value() != null) {
        cell.setCellValue(segregation.value().doubleValue());
        cell.setCellStyle(index);
      }
    } else {
      text(row, column, value == null ? "" : value.toString());
    }
  }

  private Cell text(Row row, int column, String value) {
    Cell cell = cell(row, column);
    cell.setCellValue(value);
    return cell;
  }

  private Cell cell(Row row, int column) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(plain);
    return cell;
  }
}
