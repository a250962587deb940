package nl.saldo.core.disclosure;

import java.util.List;
import java.util.Map;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;

/**
 * The output tables after disclosure control. Only {@link DisclosureControl} can create one, so
 * writers that accept nothing else cannot write an unrounded count by accident (STYLE.md §8).
 * {@code unsafeUnrounded} and {@code exactPercentages} are the visible exceptions, chosen with
 * --unsafe-unrounded and {@code disclosure.percentages: exact}.
 */
public final class ProtectedTables {
  /** Per table: count cells, how many of them rounding changed, how many were suppressed. */
  public record CellCounts(long counts, long rounded, long suppressed) {}

  /**
   * A count published empty by cell suppression (min_cell): table, layer, unit (an od pair as
   * {@code origin>destination}), group, column, reason {@code primary} or {@code secondary}.
   */
  public record SuppressedCell(
      Mart mart, String layer, String unit, String group, String column, String reason) {}

  private final Map<Mart, Table> tables;
  private final boolean unsafeUnrounded;
  private final boolean exactPercentages;
  private final long roundingBase;
  private final long minCell;
  private final Map<Mart, CellCounts> cells;
  private final List<SuppressedCell> suppressed;

  ProtectedTables(
      Map<Mart, Table> tables,
      boolean unsafeUnrounded,
      boolean exactPercentages,
      long roundingBase,
      long minCell,
      Map<Mart, CellCounts> cells,
      List<SuppressedCell> suppressed) {
    this.tables = Map.copyOf(tables);
    this.unsafeUnrounded = unsafeUnrounded;
    this.exactPercentages = exactPercentages;
    this.roundingBase = roundingBase;
    this.minCell = minCell;
    this.cells = Map.copyOf(cells);
    this.suppressed = List.copyOf(suppressed);
  }

  public Table table(Mart mart) {
    return tables.get(mart);
  }

  /** Counts were written unrounded (--unsafe-unrounded). */
  public boolean unsafeUnrounded() {
    return unsafeUnrounded;
  }

  /** Percentages were computed from unrounded counts (disclosure.percentages: exact). */
  public boolean exactPercentages() {
    return exactPercentages;
  }

  /** Either unsafe option: the tables must not leave the secure environment. */
  public boolean unsafe() {
    return unsafeUnrounded || exactPercentages;
  }

  public long roundingBase() {
    return roundingBase;
  }

  public long minCell() {
    return minCell;
  }

  /** The suppressed cells (suppressed.csv); empty when min_cell is 0. */
  public List<SuppressedCell> suppressed() {
    return suppressed;
  }

  public CellCounts cells(Mart mart) {
    return cells.get(mart);
  }
}
