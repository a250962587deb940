package nl.saldo.core.disclosure;

import java.util.Map;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;

/**
 * The output tables after disclosure control. Only {@link DisclosureControl} can create one, so
 * writers that accept nothing else cannot write an unrounded count by accident (STYLE.md §8).
 * {@code unsafeUnrounded} is the one visible exception, chosen with --unsafe-unrounded.
 */
public final class ProtectedTables {
  private final Map<Mart, Table> tables;
  private final boolean unsafeUnrounded;
  private final long roundingBase;

  ProtectedTables(Map<Mart, Table> tables, boolean unsafeUnrounded, long roundingBase) {
    this.tables = Map.copyOf(tables);
    this.unsafeUnrounded = unsafeUnrounded;
    this.roundingBase = roundingBase;
  }

  public Table table(Mart mart) {
    return tables.get(mart);
  }

  public boolean unsafeUnrounded() {
    return unsafeUnrounded;
  }

  public long roundingBase() {
    return roundingBase;
  }
}
