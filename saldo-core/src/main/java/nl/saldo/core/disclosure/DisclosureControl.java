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
 * unrounded net, a change from the unrounded change). Percentages arrive computed from unrounded
 * counts with the denominator threshold already applied, and pass unchanged. With unsafe-unrounded
 * the counts pass unrounded and the tables say so.
 */
public final class DisclosureControl {
  private DisclosureControl() {}

  public static ProtectedTables protect(
      Map<Mart, Table> unrounded, StudySettings.Disclosure disclosure) {
    Map<Mart, Table> tables = new EnumMap<>(Mart.class);
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
    }
    return new ProtectedTables(tables, disclosure.unsafeUnrounded(), disclosure.roundingBase());
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
}
