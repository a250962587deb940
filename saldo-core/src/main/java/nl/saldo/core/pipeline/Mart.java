package nl.saldo.core.pipeline;

import java.util.List;
import java.util.Set;

/** The output tables of METHOD.md §8: file name, exact columns, and which columns hold counts. */
public enum Mart {
  STOCKS(
      "stocks",
      List.of(
          "layer",
          "unit",
          "unit_name",
          "group",
          "pop_start",
          "pop_end",
          "change",
          "change_pct_per_year",
          "share_start_pct",
          "share_end_pct",
          "share_change_pp"),
      Set.of("pop_start", "pop_end", "change")),
  MIGRATION(
      "migration",
      List.of(
          "layer",
          "unit",
          "unit_name",
          "group",
          "in_movers",
          "out_movers",
          "net",
          "net_pct_per_year",
          "net_share_of_change_pct",
          "effect"),
      Set.of("in_movers", "out_movers", "net")),
  OD("od", List.of("layer", "origin", "destination", "group", "moves"), Set.of("moves")),
  /** METHOD.md §12: the change of every unit and group split into its components. */
  COMPONENTS(
      "components",
      List.of(
          "layer",
          "unit",
          "unit_name",
          "group",
          "pop_start",
          "pop_end",
          "change",
          "moved_in",
          "moved_out",
          "born",
          "arrived",
          "left",
          "stayers_into_group",
          "stayers_out_of_group"),
      "pop_start"),
  /** METHOD.md §13: indices from unrounded counts, no count columns (§7's one exception). */
  SEGREGATION(
      "segregation", List.of("layer", "within", "split", "index", "moment", "value"), Set.of());

  private final String tableName;
  private final List<String> columns;
  private final Set<String> countColumns;

  Mart(String tableName, List<String> columns, Set<String> countColumns) {
    this.tableName = tableName;
    this.columns = columns;
    this.countColumns = countColumns;
  }

  /** A table whose columns from {@code firstCount} on are all counts. */
  Mart(String tableName, List<String> columns, String firstCount) {
    this(
        tableName,
        columns,
        Set.copyOf(columns.subList(columns.indexOf(firstCount), columns.size())));
  }

  public String tableName() {
    return tableName;
  }

  public String fileName() {
    return tableName + ".csv";
  }

  public List<String> columns() {
    return columns;
  }

  public boolean isCount(String column) {
    return countColumns.contains(column);
  }
}
