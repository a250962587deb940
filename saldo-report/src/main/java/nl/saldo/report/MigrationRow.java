package nl.saldo.report;

import java.util.List;
import nl.saldo.core.pipeline.Mart;

/** One row of migration.csv: a group's domestic in-movers, out-movers and net of one unit. */
public record MigrationRow(
    String layer,
    String unit,
    String unitName,
    String group,
    Long inMovers,
    Long outMovers,
    Long net,
    Double netPctPerYear,
    Double netShareOfChangePct,
    String effect) {

  static final List<String> COLUMNS = Mart.MIGRATION.columns();

  /** A row of the file, with the unit's name in the report's language when the run names it. */
  static MigrationRow of(CsvTable.Row row, UnitNames names) {
    String effect = row.text("effect").trim();
    if (!List.of("", "versterkend", "dempend").contains(effect)) {
      throw row.fault("effect", effect, "versterkend, dempend or empty");
    }
    return new MigrationRow(
        row.text("layer"),
        row.text("unit"),
        names.name(row.text("layer"), row.text("unit"), row.text("unit_name")),
        Groups.check(row, Groups.MIGRATION),
        row.count("in_movers"),
        row.count("out_movers"),
        row.count("net"),
        row.percent("net_pct_per_year"),
        row.percent("net_share_of_change_pct"),
        effect);
  }
}
