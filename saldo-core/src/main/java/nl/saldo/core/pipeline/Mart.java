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
  /** Issue #14: stepwise sorting; a sequence is listed only when its published count is not 0. */
  SEQUENCES("sequences", List.of("layer", "sequence", "group", "persons"), Set.of("persons"), true),
  /** Issue #14: the study's municipalities with their region, area type and province; no counts. */
  MUNICIPALITIES(
      "municipalities",
      List.of("gemeente_code", "gemeente_name", "region", "area_type", "province"),
      Set.of()),
  /**
   * Issue #14, who moves: in-movers, out-movers and stayers of every unit and group by age class,
   * origin, household kind and the study's extra attributes; a row is listed only when its
   * published count is not 0, share_pct from the published counts.
   */
  PROFILES(
      "profiles",
      List.of(
          "layer",
          "unit",
          "unit_name",
          "flow",
          "attribute",
          "value",
          "group",
          "persons",
          "share_pct"),
      Set.of("persons"),
      true),
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
  private final boolean listedWhenNotZero;

  Mart(String tableName, List<String> columns, Set<String> countColumns) {
    this(tableName, columns, countColumns, false);
  }

  Mart(
      String tableName, List<String> columns, Set<String> countColumns, boolean listedWhenNotZero) {
    this.tableName = tableName;
    this.columns = columns;
    this.countColumns = countColumns;
    this.listedWhenNotZero = listedWhenNotZero;
  }

  /**
   * True when a row is published only if at least one of its published counts is not zero: the rows
   * of such a table are open-ended (one per sequence found), so a row of zeros would still say that
   * a few persons exist.
   */
  public boolean listedWhenNotZero() {
    return listedWhenNotZero;
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
