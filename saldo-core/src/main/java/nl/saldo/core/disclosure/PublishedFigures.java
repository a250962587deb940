package nl.saldo.core.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.saldo.core.pipeline.Table;

/**
 * Everything published beside the counts, as a function of counts (METHOD.md §6, §7): the
 * percentages, shares, rates and effect of stocks.csv and migration.csv, and which od.csv pairs are
 * listed. {@link DisclosureControl} computes them from the counts it publishes; {@code saldo
 * export} recomputes them from the published tables to check that nothing else went into them. A
 * count left empty (suppressed) leaves every figure that needs it empty.
 */
public final class PublishedFigures {
  private final long threshold;
  private final long yearsStock;
  private final long yearsMoves;

  public PublishedFigures(long threshold, long yearsStock, long yearsMoves) {
    this.threshold = threshold;
    this.yearsStock = yearsStock;
    this.yearsMoves = yearsMoves;
  }

  /** od.csv (§5, §7): a pair is listed only when at least one of its published counts is not 0. */
  public static Table listedPairs(Table od) {
    int layer = od.index("layer");
    int origin = od.index("origin");
    int destination = od.index("destination");
    int moves = od.index("moves");
    Set<List<Object>> listed = new HashSet<>();
    for (List<Object> row : od.rows()) {
      if (row.get(moves) != null && ((Number) row.get(moves)).longValue() != 0) {
        listed.add(List.of(row.get(layer), row.get(origin), row.get(destination)));
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    for (List<Object> row : od.rows()) {
      if (listed.contains(List.of(row.get(layer), row.get(origin), row.get(destination)))) {
        rows.add(row);
      }
    }
    return new Table(od.name(), od.columns(), rows);
  }

  /** Figures of {@code published}'s rows from the counts of the same rows of {@code basis}. */
  public Table stocks(Table published, Table basis) {
    int unit = basis.index("unit");
    int layer = basis.index("layer");
    int group = basis.index("group");
    int start = basis.index("pop_start");
    int end = basis.index("pop_end");
    int change = basis.index("change");
    Map<List<Object>, List<Object>> totals = new HashMap<>();
    for (List<Object> row : basis.rows()) {
      if ("total".equals(row.get(group))) {
        totals.put(List.of(row.get(layer), row.get(unit)), row);
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 0; r < basis.rows().size(); r++) {
      List<Object> counts = basis.rows().get(r);
      List<Object> total = totals.get(List.of(counts.get(layer), counts.get(unit)));
      if (total == null) {
        throw new IllegalArgumentException(
            "stocks unit " + counts.get(layer) + "/" + counts.get(unit) + " has no total row");
      }
      Long popStart = count(counts, start);
      Long popEnd = count(counts, end);
      Long totalStart = count(total, start);
      Long totalEnd = count(total, end);
      Long difference = count(counts, change);
      List<Object> out = new ArrayList<>(published.rows().get(r));
      out.set(
          basis.index("change_pct_per_year"),
          known(difference, popStart)
              ? Percentages.perYear(difference, popStart, yearsStock, threshold)
              : null);
      out.set(
          basis.index("share_start_pct"),
          known(popStart, totalStart) ? Percentages.share(popStart, totalStart, threshold) : null);
      out.set(
          basis.index("share_end_pct"),
          known(popEnd, totalEnd) ? Percentages.share(popEnd, totalEnd, threshold) : null);
      out.set(
          basis.index("share_change_pp"),
          known(popStart, totalStart) && known(popEnd, totalEnd)
              ? Percentages.shareChange(popStart, totalStart, popEnd, totalEnd, threshold)
              : null);
      rows.add(out);
    }
    return new Table(published.name(), published.columns(), rows);
  }

  /** Figures of migration rows from their net and the same group's pop_start and change. */
  public Table migration(Table published, Table basis, Table stocksBasis) {
    int layer = basis.index("layer");
    int unit = basis.index("unit");
    int group = basis.index("group");
    Map<List<Object>, List<Object>> stocks = new HashMap<>();
    for (List<Object> row : stocksBasis.rows()) {
      stocks.put(stocksBasis.key(row, "layer", "unit", "group"), row);
    }
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 0; r < basis.rows().size(); r++) {
      List<Object> counts = basis.rows().get(r);
      List<Object> stock =
          stocks.get(List.of(counts.get(layer), counts.get(unit), counts.get(group)));
      if (stock == null) {
        throw new IllegalArgumentException(
            "migration row "
                + counts.get(layer)
                + "/"
                + counts.get(unit)
                + "/"
                + counts.get(group)
                + " has no stocks row");
      }
      Long net = count(counts, basis.index("net"));
      Long popStart = count(stock, stocksBasis.index("pop_start"));
      Long change = count(stock, stocksBasis.index("change"));
      List<Object> out = new ArrayList<>(published.rows().get(r));
      out.set(
          basis.index("net_pct_per_year"),
          known(net, popStart) ? Percentages.perYear(net, popStart, yearsMoves, threshold) : null);
      out.set(
          basis.index("net_share_of_change_pct"),
          known(net, change) ? Percentages.share(net, change, threshold) : null);
      out.set(basis.index("effect"), known(net, change) ? Percentages.effect(net, change) : null);
      rows.add(out);
    }
    return new Table(published.name(), published.columns(), rows);
  }

  private static boolean known(Long a, Long b) {
    return a != null && b != null;
  }

  private static Long count(List<Object> row, int column) {
    Object value = row.get(column);
    return value == null ? null : ((Number) value).longValue();
  }
}
