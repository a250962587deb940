package nl.saldo.core.disclosure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;
import nl.saldo.core.study.StudySettings;

/**
 * METHOD.md §7: every count of every output table rounded independently to the base (a net from the
 * unrounded net, a change from the unrounded change), then everything else published computed from
 * the published counts: percentages, shares, rates and effect of stocks and migration ({@link
 * Percentages}, the threshold on the published denominator), and od pairs listed only when a
 * published count is not zero. So a reader can recompute nothing the rounded counts do not show.
 *
 * <p>The engines deliver counts; whatever derived columns they fill are replaced here, so every
 * engine publishes the same figures. With {@code percentages: exact} the figures come from the
 * unrounded counts (unsafe); with unsafe-unrounded the counts pass unrounded and the figures come
 * from them.
 */
public final class DisclosureControl {
  private DisclosureControl() {}

  public static ProtectedTables protect(Map<Mart, Table> unrounded, StudySettings settings) {
    StudySettings.Disclosure disclosure = settings.disclosure();
    Map<Mart, Table> tables = new EnumMap<>(Mart.class);
    Map<Mart, Table> basis = new EnumMap<>(Mart.class);
    Map<Mart, ProtectedTables.CellCounts> cells = new EnumMap<>(Mart.class);
    for (Mart mart : Mart.values()) {
      Table table = unrounded.get(mart);
      if (table == null) {
        throw new IllegalArgumentException("mart " + mart.tableName() + " is missing");
      }
      if (!table.columns().equals(mart.columns())) {
        throw new IllegalArgumentException(
            "mart "
                + mart.tableName()
                + " has columns "
                + table.columns()
                + ", expected "
                + mart.columns());
      }
      Table published =
          disclosure.unsafeUnrounded() ? table : rounded(mart, table, disclosure.roundingBase());
      tables.put(mart, published);
      basis.put(mart, disclosure.exactPercentages() ? table : published);
      cells.put(
          mart,
          new ProtectedTables.CellCounts(
              countCells(mart, table), changed(mart, table, published), 0));
    }
    Derived derived = new Derived(settings);
    Table stocks = derived.stocks(tables.get(Mart.STOCKS), basis.get(Mart.STOCKS));
    Table migration =
        derived.migration(
            tables.get(Mart.MIGRATION), basis.get(Mart.MIGRATION), basis.get(Mart.STOCKS));
    tables.put(Mart.STOCKS, stocks);
    tables.put(Mart.MIGRATION, migration);
    tables.put(Mart.OD, listedPairs(tables.get(Mart.OD)));
    return new ProtectedTables(
        tables,
        disclosure.unsafeUnrounded(),
        disclosure.exactPercentages(),
        disclosure.roundingBase(),
        disclosure.minCell(),
        cells);
  }

  private static Table rounded(Mart mart, Table table, long base) {
    List<List<Object>> rows = new ArrayList<>(table.rows().size());
    for (List<Object> row : table.rows()) {
      List<Object> out = new ArrayList<>(row);
      for (int i = 0; i < out.size(); i++) {
        if (mart.isCount(table.columns().get(i)) && out.get(i) != null) {
          out.set(i, Rounding.roundToBase(((Number) out.get(i)).longValue(), base));
        }
      }
      rows.add(out);
    }
    return new Table(table.name(), table.columns(), rows);
  }

  private static long countCells(Mart mart, Table table) {
    long columns = table.columns().stream().filter(mart::isCount).count();
    return columns * table.rows().size();
  }

  private static long changed(Mart mart, Table before, Table after) {
    long changed = 0;
    for (int r = 0; r < before.rows().size(); r++) {
      for (int i = 0; i < before.columns().size(); i++) {
        if (mart.isCount(before.columns().get(i))
            && before.rows().get(r).get(i) != null
            && ((Number) before.rows().get(r).get(i)).longValue()
                != ((Number) after.rows().get(r).get(i)).longValue()) {
          changed++;
        }
      }
    }
    return changed;
  }

  /** od.csv (§5, §7): a pair is listed only when at least one of its published counts is not 0. */
  private static Table listedPairs(Table od) {
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

  /** The derived figures of §6 on the rows of stocks.csv and migration.csv. */
  private static final class Derived {
    private final long threshold;
    private final long yearsStock;
    private final long yearsMoves;

    Derived(StudySettings settings) {
      this.threshold = settings.disclosure().minDenominator();
      this.yearsStock = settings.yearsStock();
      this.yearsMoves = settings.yearsMoves();
    }

    /** Figures of {@code published}'s rows from the counts of the same rows of {@code basis}. */
    Table stocks(Table published, Table basis) {
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
        List<Object> out = new ArrayList<>(published.rows().get(r));
        long popStart = count(counts, start);
        long popEnd = count(counts, end);
        long totalStart = count(total, start);
        long totalEnd = count(total, end);
        out.set(
            basis.index("change_pct_per_year"),
            Percentages.perYear(count(counts, change), popStart, yearsStock, threshold));
        out.set(basis.index("share_start_pct"), Percentages.share(popStart, totalStart, threshold));
        out.set(basis.index("share_end_pct"), Percentages.share(popEnd, totalEnd, threshold));
        out.set(
            basis.index("share_change_pp"),
            Percentages.shareChange(popStart, totalStart, popEnd, totalEnd, threshold));
        rows.add(out);
      }
      return new Table(published.name(), published.columns(), rows);
    }

    /** Figures of migration rows from their net and the same group's pop_start and change. */
    Table migration(Table published, Table basis, Table stocksBasis) {
      int layer = basis.index("layer");
      int unit = basis.index("unit");
      int group = basis.index("group");
      Map<List<Object>, List<Object>> stocks = new HashMap<>();
      for (List<Object> row : stocksBasis.rows()) {
        stocks.put(
            List.of(
                row.get(stocksBasis.index("layer")),
                row.get(stocksBasis.index("unit")),
                row.get(stocksBasis.index("group"))),
            row);
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
        long net = count(counts, basis.index("net"));
        long popStart = count(stock, stocksBasis.index("pop_start"));
        long change = count(stock, stocksBasis.index("change"));
        List<Object> out = new ArrayList<>(published.rows().get(r));
        out.set(
            basis.index("net_pct_per_year"),
            Percentages.perYear(net, popStart, yearsMoves, threshold));
        out.set(basis.index("net_share_of_change_pct"), Percentages.share(net, change, threshold));
        out.set(basis.index("effect"), Percentages.effect(net, change));
        rows.add(out);
      }
      return new Table(published.name(), published.columns(), rows);
    }

    private static long count(List<Object> row, int column) {
      if (row == null) {
        throw new IllegalArgumentException("a unit has no total row");
      }
      Object value = row.get(column);
      return value == null ? 0 : ((Number) value).longValue();
    }
  }
}
