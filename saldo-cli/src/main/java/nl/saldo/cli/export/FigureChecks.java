package nl.saldo.cli.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.saldo.core.disclosure.PublishedFigures;
import nl.saldo.core.output.CsvWriter;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;

/**
 * The checks on the figures beside the counts (METHOD.md §7): each recomputable from the published
 * counts, and none over a published denominator below min_denominator.
 */
record FigureChecks(
    Map<Mart, PublishedTable> tables, JsonNode manifest, long threshold, CheckLog log) {
  private static final Set<String> KEYS =
      Set.of("layer", "unit", "unit_name", "group", "origin", "destination");

  /**
   * Every figure beside the counts equals the one recomputed from the published counts (§7); od
   * lists no pair whose published counts are all 0.
   */
  void recomputable(Mart mart, PublishedTable table) {
    List<String> failures = new ArrayList<>();
    long checked = 0;
    try {
      PublishedFigures figures = new PublishedFigures(threshold, yearsStock(), yearsMoves());
      if (mart == Mart.STOCKS) {
        Table typed = table.typed();
        checked = compare(table, figures.stocks(typed, typed), failures);
      } else if (mart == Mart.MIGRATION && tables.containsKey(Mart.STOCKS)) {
        Table typed = table.typed();
        checked =
            compare(
                table, figures.migration(typed, typed, tables.get(Mart.STOCKS).typed()), failures);
      } else if (mart == Mart.OD) {
        Table typed = table.typed();
        Table listed = PublishedFigures.listedPairs(typed);
        checked = typed.rows().size();
        if (listed.rows().size() != typed.rows().size()) {
          failures.add(
              (typed.rows().size() - listed.rows().size())
                  + " od rows belong to pairs whose published counts are all 0");
        }
      }
    } catch (RuntimeException e) {
      failures.add("cannot recompute: " + e.getMessage());
    }
    log.add(mart.fileName(), "percentages_recomputable", checked, failures);
  }

  /** Compares the derived (non-count, non-key) cells of a table with their recomputation. */
  private static long compare(PublishedTable table, Table recomputed, List<String> failures) {
    long checked = 0;
    Set<String> derived = new LinkedHashSet<>();
    for (String column : table.header()) {
      if (!table.mart().isCount(column) && !KEYS.contains(column)) {
        derived.add(column);
      }
    }
    for (int r = 0; r < table.cells().size(); r++) {
      for (String column : derived) {
        int i = table.index(column);
        String published = table.cells().get(r).get(i);
        String expected = CsvWriter.cell(recomputed.rows().get(r).get(i));
        checked++;
        if (!published.equals(expected)) {
          failures.add(
              table.where(r, column)
                  + " is \""
                  + published
                  + "\", the published counts give \""
                  + expected
                  + "\"");
        }
      }
    }
    return checked;
  }

  /** No percentage is published over a published denominator below min_denominator (§7). */
  void thresholdsMet(Mart mart, PublishedTable table) {
    List<String> failures = new ArrayList<>();
    long checked = 0;
    if (mart == Mart.STOCKS) {
      Map<String, List<String>> totals = new HashMap<>();
      for (List<String> row : table.cells()) {
        if ("total".equals(row.get(table.index("group")))) {
          totals.put(row.get(table.index("layer")) + "/" + row.get(table.index("unit")), row);
        }
      }
      for (int r = 0; r < table.cells().size(); r++) {
        List<String> row = table.cells().get(r);
        List<String> total =
            totals.get(row.get(table.index("layer")) + "/" + row.get(table.index("unit")));
        checked += denominator(table, r, "change_pct_per_year", row, "pop_start", failures);
        checked += denominator(table, r, "share_start_pct", total, "pop_start", failures);
        checked += denominator(table, r, "share_end_pct", total, "pop_end", failures);
        checked += denominator(table, r, "share_change_pp", total, "pop_start", failures);
        checked += denominator(table, r, "share_change_pp", total, "pop_end", failures);
      }
    } else if (mart == Mart.MIGRATION && tables.containsKey(Mart.STOCKS)) {
      PublishedTable stocks = tables.get(Mart.STOCKS);
      Map<String, List<String>> byKey = new HashMap<>();
      for (List<String> row : stocks.cells()) {
        byKey.put(key(stocks, row), row);
      }
      for (int r = 0; r < table.cells().size(); r++) {
        List<String> row = table.cells().get(r);
        List<String> stock = byKey.get(key(table, row));
        checked += denominator(table, r, "net_pct_per_year", stock, stocks, "pop_start", failures);
        checked +=
            denominator(table, r, "net_share_of_change_pct", stock, stocks, "change", failures);
      }
    }
    log.add(mart.fileName(), "thresholds_met", checked, failures);
  }

  private static String key(PublishedTable table, List<String> row) {
    return row.get(table.index("layer"))
        + "/"
        + row.get(table.index("unit"))
        + "/"
        + row.get(table.index("group"));
  }

  private long denominator(
      PublishedTable table,
      int r,
      String figure,
      List<String> source,
      String column,
      List<String> failures) {
    return denominator(table, r, figure, source, table, column, failures);
  }

  private long denominator(
      PublishedTable table,
      int r,
      String figure,
      List<String> source,
      PublishedTable sourceTable,
      String column,
      List<String> failures) {
    String value = table.cells().get(r).get(table.index(figure));
    if (value.isEmpty()) {
      return 0;
    }
    Object denominator =
        source == null ? null : PublishedTable.wholeNumber(source.get(sourceTable.index(column)));
    if (!(denominator instanceof Long d) || d == 0 || Math.abs(d) < threshold) {
      failures.add(
          table.where(r, figure)
              + " = "
              + value
              + " over a published "
              + column
              + " of "
              + denominator
              + " (threshold "
              + threshold
              + ")");
    }
    return 1;
  }

  private long yearsStock() {
    JsonNode years = manifest.path("study").path("stock_years");
    return years.size() == 2 ? years.get(1).asLong() - years.get(0).asLong() : 6;
  }

  private long yearsMoves() {
    JsonNode window = manifest.path("study").path("move_window");
    String start = window.path("start").asText("2011-01-01");
    String end = window.path("end").asText("2016-12-31");
    return Long.parseLong(end.substring(0, 4)) - Long.parseLong(start.substring(0, 4)) + 1;
  }
}
