package nl.saldo.core.disclosure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
      tables.put(mart, mart.listedWhenNotZero() ? withoutZeroRows(mart, published) : published);
      basis.put(mart, disclosure.exactPercentages() ? table : published);
      cells.put(
          mart,
          new ProtectedTables.CellCounts(
              countCells(mart, table), changed(mart, table, published), 0));
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
    tables.put(Mart.OD, PublishedFigures.listedPairs(tables.get(Mart.OD)));
    return new ProtectedTables(
        tables,
        disclosure.unsafeUnrounded(),
        disclosure.exactPercentages(),
        disclosure.roundingBase(),
        disclosure.minCell(),
        cells);
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
            && ((Number) before.rows().get(r).get(i)).longValue()
                != ((Number) after.rows().get(r).get(i)).longValue()) {
          changed++;
        }
      }
    }
    return changed;
  }
}
