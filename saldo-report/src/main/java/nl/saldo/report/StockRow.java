package nl.saldo.report;

import java.util.List;
import nl.saldo.core.pipeline.Mart;

/** One row of stocks.csv: a group's population at the start and end stock date in one unit. */
public record StockRow(
    String layer,
    String unit,
    String unitName,
    String group,
    Long popStart,
    Long popEnd,
    Long change,
    Double changePctPerYear,
    Double shareStartPct,
    Double shareEndPct,
    Double shareChangePp) {

  static final List<String> COLUMNS = Mart.STOCKS.columns();

  /** A row of the file, with the unit's name in the report's language when the run names it. */
  static StockRow of(CsvTable.Row row, UnitNames names) {
    return new StockRow(
        row.text("layer"),
        row.text("unit"),
        names.name(row.text("layer"), row.text("unit"), row.text("unit_name")),
        Groups.check(row, Groups.STOCK),
        row.count("pop_start"),
        row.count("pop_end"),
        row.count("change"),
        row.percent("change_pct_per_year"),
        row.percent("share_start_pct"),
        row.percent("share_end_pct"),
        row.percent("share_change_pp"));
  }
}
