package nl.saldo.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What every sheet of report.xlsx says beside its table, so that a copied table keeps its source:
 * the run it comes from, that each count is rounded on its own, and whether the data are synthetic;
 * and the words the workbook uses instead of codes where a reader needs them.
 */
final class WorkbookNotes {
  private WorkbookNotes() {}

  static String source(RunTables tables, Texts texts) {
    return texts.get(
        "sheet.source",
        tables.studyText(),
        tables.manifest().path("tool").path("version").asText("?"),
        runDate(tables.manifest().path("run").path("started").asText("?")));
  }

  /** The day of the run ("2026-12-02"), not its raw timestamp. */
  static String runDate(String started) {
    return started.matches("\\d{4}-\\d{2}-\\d{2}T.*") ? started.substring(0, 10) : started;
  }

  static List<String> notes(RunTables tables, Texts texts) {
    List<String> notes = new ArrayList<>();
    notes.add(
        tables.unsafeUnrounded() ? texts.get("report.unsafe") : RoundingNote.line(texts, tables));
    tables.synthetic().ifPresent(scale -> notes.add(texts.get("synthetic.sheet", scale)));
    return notes;
  }

  /** The migration row with its effect (last cell) in the workbook's language. */
  static List<Object> translatedEffect(List<Object> cells, Texts texts) {
    List<Object> out = new ArrayList<>(cells);
    Object effect = out.get(out.size() - 1);
    if (effect instanceof String code && !code.isEmpty() && texts.has("effect." + code)) {
      out.set(out.size() - 1, texts.get("effect." + code));
    }
    return out;
  }

  /** The display name of an origin or destination of od.csv ("rest": the rest of the country). */
  static String odName(RunTables tables, Texts texts, String layer, String unit) {
    if (unit.equals("rest")) {
      return texts.get("unit.rest");
    }
    return tables.units(layer).getOrDefault(unit, unit);
  }
}
