package nl.saldo.synth;

import java.util.List;
import java.util.Locale;
import nl.saldo.synth.area.NodeTargets;
import nl.saldo.synth.area.Study;
import nl.saldo.synth.facts.AreaFacts;
import nl.saldo.synth.facts.Municipality;
import nl.saldo.synth.life.Group;
import nl.saldo.synth.life.PopulationPlan;
import nl.saldo.synth.life.Tally;

/**
 * Population targets per municipality (a node's report figure shared out by real inhabitants;
 * elsewhere the real inhabitants) at the chosen fraction, and the fitting of the plan to them.
 */
final class PopulationTargets {
  private static final double SURVIVAL = 0.95;
  private static final double MAX_SHIFT = 0.95;
  private static final double MIN_SHARE = 0.002;
  private final Study study;
  private final int[] nodeOf;
  private final double fraction;
  private final int[] pop2011;
  private final int[] pop2017;

  PopulationTargets(AreaFacts facts, Study study, int[] nodeOf, double fraction, boolean national) {
    this.study = study;
    this.nodeOf = nodeOf;
    this.fraction = fraction;
    List<Municipality> all = facts.municipalities();
    double[] real2011 = new double[study.nodes().size()];
    double[] real2017 = new double[study.nodes().size()];
    for (int m = 0; m < all.size(); m++) {
      if (nodeOf[m] >= 0) {
        real2011[nodeOf[m]] += all.get(m).inhabitants2011();
        real2017[nodeOf[m]] += all.get(m).inhabitants2017();
      }
    }
    pop2011 = new int[all.size()];
    pop2017 = new int[all.size()];
    for (int m = 0; m < all.size(); m++) {
      int node = nodeOf[m];
      double p11 = all.get(m).inhabitants2011();
      double p17 = all.get(m).inhabitants2017();
      if (node >= 0) {
        p11 *= study.nodes().get(node).pop2011() / real2011[node];
        p17 *= study.nodes().get(node).pop2017() / real2017[node];
      } else if (!national) {
        p11 = 0;
        p17 = 0;
      }
      pop2011[m] = (int) Math.round(p11 * fraction);
      pop2017[m] = (int) Math.round(p17 * fraction);
    }
  }

  int pop2011(int municipality) {
    return pop2011[municipality];
  }

  /**
   * Stayers to hit 2011; immigrants or extra emigration to hit 2017; the stayers' group shares to
   * hit each node's 2011 shares.
   */
  PopulationPlan fitDemography(PopulationPlan previous, Tally tally, boolean[] generated) {
    PopulationPlan plan = previous.copy();
    fitShares(plan, tally);
    for (int m = 0; m < pop2011.length; m++) {
      if (!generated[m] || (pop2011[m] == 0 && pop2017[m] == 0)) {
        continue;
      }
      long missing2011 = pop2011[m] - tally.population[Tally.Y2011][m];
      plan.setExtraStayers(m, (int) (previous.extraStayers(m) + missing2011));
      double expected2017 = tally.population[Tally.Y2017][m] + missing2011 * SURVIVAL;
      double immigrants = previous.immigrants(m) + pop2017[m] - expected2017;
      if (immigrants >= 0) {
        plan.setImmigrants(m, (int) Math.round(immigrants));
      } else {
        plan.setImmigrants(m, 0);
        double base = Math.max(1, tally.mayEmigrate2011[m]);
        plan.setEmigration(m, Math.min(0.5, previousEmigration(previous, m) - immigrants / base));
      }
    }
    return plan;
  }

  /**
   * Moves each node's stayer shares (drawn per household) so that the 2011 group stocks (counted
   * per person) meet the targets: a group's gap in persons, divided by its persons per household,
   * is the change in households that draw it.
   */
  private void fitShares(PopulationPlan plan, Tally tally) {
    for (int n = 0; n < study.nodes().size(); n++) {
      NodeTargets node = study.nodes().get(n);
      double total = 0;
      for (long count : tally.stock[Tally.Y2011][n]) {
        total += count;
      }
      double[] households = new double[Group.values().length];
      double sum = 0;
      for (Group g : Group.values()) {
        int i = g.ordinal();
        long drawn = tally.stayerHouseholds2011[n][i];
        double size = drawn == 0 ? 1 : (double) tally.stayerPersons2011[n][i] / drawn;
        double gap = node.share2011()[i] * total - tally.stock[Tally.Y2011][n][i];
        households[i] = Math.max(MIN_SHARE * total, drawn + gap / size);
        sum += households[i];
      }
      for (int i = 0; i < households.length; i++) {
        households[i] /= sum;
      }
      plan.setStayerShares(n, households);
    }
  }

  private static double previousEmigration(PopulationPlan plan, int m) {
    return plan.emigrationOf(m);
  }

  /** Shifts of income position that turn each node's 2017 group stocks into the targets. */
  PopulationPlan fitShifts(PopulationPlan previous, Tally tally) {
    PopulationPlan plan = previous.copy();
    for (int n = 0; n < study.nodes().size(); n++) {
      NodeTargets node = study.nodes().get(n);
      double[] gap = new double[Group.values().length];
      double total2017 = 0;
      double assigned = 0;
      for (Group g : Group.values()) {
        total2017 += tally.stock[Tally.Y2017][n][g.ordinal()];
      }
      for (Group g : Group.MOVING) {
        double target =
            tally.stock[Tally.Y2011][n][g.ordinal()] + node.change()[g.ordinal()] * fraction;
        gap[g.ordinal()] = target - tally.stock[Tally.Y2017][n][g.ordinal()];
        assigned += target;
      }
      gap[Group.OTHER.ordinal()] =
          (total2017 - assigned) - tally.stock[Tally.Y2017][n][Group.OTHER.ordinal()];
      double surplus = 0;
      double deficit = 0;
      double[] weights = new double[gap.length];
      for (int g = 0; g < gap.length; g++) {
        surplus += Math.max(0, -gap[g]);
        deficit += Math.max(0, gap[g]);
        weights[g] = Math.max(0, gap[g]);
      }
      double moved = Math.min(surplus, deficit);
      for (Group g : Group.values()) {
        double loss = Math.max(0, -gap[g.ordinal()]) * (surplus > 0 ? moved / surplus : 0);
        long base = tally.shiftable[n][g.ordinal()];
        plan.setShift(n, g, base == 0 ? 0 : Math.min(MAX_SHIFT, loss / base), weights);
      }
    }
    return plan;
  }

  /** Generated against target per node: populations, change per group, in- and out-movers. */
  String describe(Tally tally) {
    StringBuilder text =
        new StringBuilder(
            "node: lower-income share 2011 (target), pop2011 (target) pop2017 (target) | change lt101/101_150/ge150/student (target) | in, out total (target)\n");
    for (int n = 0; n < study.nodes().size(); n++) {
      NodeTargets node = study.nodes().get(n);
      long[] s11 = tally.stock[Tally.Y2011][n];
      long[] s17 = tally.stock[Tally.Y2017][n];
      StringBuilder changes = new StringBuilder();
      long in = 0;
      long out = 0;
      int inTarget = 0;
      int outTarget = 0;
      for (Group g : Group.MOVING) {
        int i = g.ordinal();
        changes.append(
            String.format(
                Locale.ROOT, " %d(%d)", s17[i] - s11[i], Math.round(node.change()[i] * fraction)));
        in += tally.inMovers[n][i];
        out += tally.outMovers[n][i];
        inTarget += node.inMovers()[i];
        outTarget += node.outMovers()[i];
      }
      double lower =
          100.0
              * (s11[Group.LT101.ordinal()] + s11[Group.B101_150.ordinal()])
              / Math.max(1, sum(s11));
      double lowerTarget =
          100
              * (node.share2011()[Group.LT101.ordinal()]
                  + node.share2011()[Group.B101_150.ordinal()]);
      text.append(
          String.format(
              Locale.ROOT,
              "  %s: lower %.1f%% (%.1f%%) %d (%d) %d (%d) |%s | %d (%d), %d (%d)%n",
              node.node(),
              lower,
              lowerTarget,
              sum(s11),
              Math.round(node.pop2011() * fraction),
              sum(s17),
              Math.round(node.pop2017() * fraction),
              changes,
              in,
              Math.round(inTarget * fraction),
              out,
              Math.round(outTarget * fraction)));
    }
    return text.toString();
  }

  private static long sum(long[] values) {
    long sum = 0;
    for (long v : values) {
      sum += v;
    }
    return sum;
  }
}
