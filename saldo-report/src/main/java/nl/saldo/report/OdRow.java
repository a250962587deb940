package nl.saldo.report;

import java.util.List;
import nl.saldo.core.pipeline.Mart;

/** One row of od.csv: moves of a group from one unit to another of the same layer. */
public record OdRow(String layer, String origin, String destination, String group, Long moves) {

  static final List<String> COLUMNS = Mart.OD.columns();

  static OdRow of(CsvTable.Row row) {
    return new OdRow(
        row.text("layer"),
        row.text("origin"),
        row.text("destination"),
        Groups.check(row, Groups.MIGRATION),
        row.count("moves"));
  }
}
