package nl.saldo.synth.area;

import nl.saldo.synth.facts.CsvFields;
import nl.saldo.synth.life.Group;

/**
 * Calibration targets of one node, derived from the report (see CALIBRATION.md): population on 1
 * January 2011 and 2017, group shares in 2011, change per group 2011-2017, and in- and out-movers
 * per group over the move window. Arrays are indexed by {@link Group#ordinal()}.
 */
public record NodeTargets(
    String node,
    int pop2011,
    int pop2017,
    double[] share2011,
    int[] change,
    int[] inMovers,
    int[] outMovers) {

  static NodeTargets from(CsvFields.Row row) {
    double[] share = new double[Group.values().length];
    int[] change = new int[Group.values().length];
    int[] in = new int[Group.values().length];
    int[] out = new int[Group.values().length];
    for (Group group : Group.values()) {
      share[group.ordinal()] = row.number("share_" + group.code()) / 100.0;
      if (group != Group.OTHER) {
        change[group.ordinal()] = (int) row.number("change_" + group.code());
        in[group.ordinal()] = (int) row.number("in_" + group.code());
        out[group.ordinal()] = (int) row.number("out_" + group.code());
      }
    }
    return new NodeTargets(
        row.get("node"),
        (int) row.number("pop_2011"),
        (int) row.number("pop_2017"),
        share,
        change,
        in,
        out);
  }
}
