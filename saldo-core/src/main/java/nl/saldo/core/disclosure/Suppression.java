package nl.saldo.core.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;

/**
 * Primary and secondary cell suppression ({@code disclosure.min_cell}, docs/disclosure.md).
 *
 * <p>Primary: a count of persons or moves whose unrounded value is 1 … min_cell − 1 (a true 0 is
 * kept: structural, as in ACRO's default). A net or change is a difference, not a count of persons:
 * it is never primary, only secondary. Secondary: every additive relation of the tables (groups of
 * a unit and its total, start/end/change, in/out/net, units of a layer and the unit of a coarser
 * layer that contains them, an od pair's groups, a component row, the stocks columns repeated in
 * components.csv) with exactly one suppressed cell gets its smallest other non-zero cell (by
 * unrounded absolute value; a zero only when no other is left) suppressed too, repeated until no
 * relation has exactly one. This is the classic heuristic, not τ-ARGUS's optimal modular method: it
 * prevents recovery by one subtraction, not by combining relations.
 */
final class Suppression {
  /** One suppressed cell of a table, with why. */
  record Cell(Mart mart, int row, String column, String reason) {}

  private static final Set<String> NOT_PRIMARY = Set.of("net", "change");

  private final CellRelations index;

  private Suppression(Map<Mart, Table> tables, Map<String, Map<String, String>> geography) {
    this.index = new CellRelations(tables, geography);
  }

  /** The suppressed cells of the unrounded {@code tables}, primary first, in a stable order. */
  static List<Cell> cells(
      Map<Mart, Table> tables, Map<String, Map<String, String>> geography, long minCell) {
    return new Suppression(tables, geography).run(minCell);
  }

  private List<Cell> run(long minCell) {
    int n = index.values.size();
    BitSet primary = new BitSet(n);
    for (int id = 0; id < n; id++) {
      long value = Math.abs(index.values.get(id)[0]);
      if (!NOT_PRIMARY.contains(index.cellColumn.get(id)) && value > 0 && value < minCell) {
        primary.set(id);
      }
    }
    BitSet suppressed = (BitSet) primary.clone();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int[] relation : index.relations) {
        int open = -1;
        int count = 0;
        for (int id : relation) {
          if (suppressed.get(id)) {
            count++;
          }
        }
        if (count != 1) {
          continue;
        }
        for (int id : relation) {
          if (!suppressed.get(id) && (open < 0 || smaller(id, open))) {
            open = id;
          }
        }
        if (open >= 0) {
          suppressed.set(open);
          changed = true;
        }
      }
    }
    List<Cell> cells = new ArrayList<>();
    for (int id = suppressed.nextSetBit(0); id >= 0; id = suppressed.nextSetBit(id + 1)) {
      cells.add(
          new Cell(
              index.cellMart.get(id),
              index.cellRow.get(id),
              index.cellColumn.get(id),
              primary.get(id) ? "primary" : "secondary"));
    }
    return cells;
  }

  /** Non-zero before zero, then the smaller absolute value, then the earlier cell. */
  private boolean smaller(int a, int b) {
    long va = Math.abs(index.values.get(a)[0]);
    long vb = Math.abs(index.values.get(b)[0]);
    if ((va == 0) != (vb == 0)) {
      return va != 0;
    }
    return va != vb ? va < vb : a < b;
  }
}
