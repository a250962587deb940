package nl.saldo.core.disclosure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;
import nl.saldo.core.study.Disclosure;
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
    return protect(unrounded, settings, Map.of());
  }

  /**
   * As {@link #protect(Map, StudySettings)}, with cell suppression when {@code min_cell} > 0
   * ({@link Suppression}); {@code geography} gives per gemeente code its unit in the layers region,
   * area_type and province, so that the units of a layer can be summed to a coarser one.
   */
  public static ProtectedTables protect(
      Map<Mart, Table> unrounded,
      StudySettings settings,
      Map<String, Map<String, String>> geography) {
    Disclosure disclosure = settings.disclosure();
    List<Suppression.Cell> suppressed =
        disclosure.minCell() > 0
            ? Suppression.cells(unrounded, geography, disclosure.minCell())
            : List.of();
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
      long rounded = changed(mart, table, published);
      Table exact = masked(mart, table, suppressed);
      published = masked(mart, published, suppressed);
      tables.put(mart, mart.listedWhenNotZero() ? withoutZeroRows(mart, published) : published);
      basis.put(mart, disclosure.exactPercentages() ? exact : published);
      long suppressedCells = suppressed.stream().filter(cell -> cell.mart() == mart).count();
      cells.put(
          mart, new ProtectedTables.CellCounts(countCells(mart, table), rounded, suppressedCells));
    }
    PublishedFigures derived =
        new PublishedFigures(
            disclosure.minDenominator(), settings.yearsStock(), settings.yearsMoves());
    Table stocks = derived.stocks(tables.get(Mart.STOCKS), basis.get(Mart.STOCKS));
    Table migration =
        derived.migration(
            tables.get(Mart.MIGRATION), basis.get(Mart.MIGRATION), basis.get(Mart.STOCKS));
    tables.put(Mart.STOCKS, stocks);
    tables.put(Mart.MIGRATION, migration);
    tables.put(
        Mart.PROFILES,
        ProfileShares.of(
            tables.get(Mart.PROFILES), basis.get(Mart.PROFILES), disclosure.minDenominator()));
    Table od = tables.get(Mart.OD);
    tables.put(Mart.OD, PublishedFigures.listedPairs(od));
    return new ProtectedTables(
        tables,
        disclosure.unsafeUnrounded(),
        disclosure.exactPercentages(),
        disclosure.roundingBase(),
        disclosure.minCell(),
        cells,
        listed(unrounded, od, tables.get(Mart.OD), suppressed));
  }

  /** The table with every suppressed cell of it empty. */
  private static Table masked(Mart mart, Table table, List<Suppression.Cell> suppressed) {
    List<List<Object>> rows = new ArrayList<>(table.rows());
    for (Suppression.Cell cell : suppressed) {
      if (cell.mart() == mart) {
        List<Object> row = new ArrayList<>(rows.get(cell.row()));
        row.set(table.index(cell.column()), null);
        rows.set(cell.row(), row);
      }
    }
    return new Table(table.name(), table.columns(), rows);
  }

  /**
   * The suppressed cells as published in suppressed.csv. An od pair that is not listed (every
   * published count 0 or suppressed) is left out: listing its cells would show that it has moves.
   */
  private static List<ProtectedTables.SuppressedCell> listed(
      Map<Mart, Table> unrounded, Table od, Table listedOd, List<Suppression.Cell> suppressed) {
    java.util.Set<List<Object>> pairs = new java.util.HashSet<>();
    for (List<Object> row : listedOd.rows()) {
      pairs.add(List.of(row.get(0), row.get(1), row.get(2)));
    }
    List<ProtectedTables.SuppressedCell> out = new ArrayList<>();
    for (Suppression.Cell cell : suppressed) {
      Table table = unrounded.get(cell.mart());
      List<Object> row = table.rows().get(cell.row());
      String layer = (String) row.get(table.index("layer"));
      String group = (String) row.get(table.index("group"));
      String unit;
      if (cell.mart() == Mart.OD) {
        if (!pairs.contains(List.of(row.get(0), row.get(1), row.get(2)))) {
          continue;
        }
        unit = row.get(od.index("origin")) + ">" + row.get(od.index("destination"));
      } else {
        unit = String.valueOf(row.get(table.index("unit")));
      }
      out.add(
          new ProtectedTables.SuppressedCell(
              cell.mart(), layer, unit, group, cell.column(), cell.reason()));
    }
    return out;
  }

  private static Table withoutZeroRows(Mart mart, Table table) {
    List<List<Object>> rows = new ArrayList<>(table.rows().size());
    for (List<Object> row : table.rows()) {
      boolean any = false;
      for (int i = 0; i < row.size(); i++) {
        if (mart.isCount(table.columns().get(i))
            && row.get(i) != null
            && ((Number) row.get(i)).longValue() != 0) {
          any = true;
        }
      }
      if (any) {
        rows.add(row);
      }
    }
    return new Table(table.name(), table.columns(), rows);
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
            && after.rows().get(r).get(i) != null
            && ((Number) before.rows().get(r).get(i)).longValue()
                != ((Number) after.rows().get(r).get(i)).longValue()) {
          changed++;
        }
      }
    }
    return changed;
  }
}
