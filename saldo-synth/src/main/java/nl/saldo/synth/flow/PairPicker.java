package nl.saldo.synth.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.saldo.synth.area.Study;
import nl.saldo.synth.area.StudyMunicipality;
import nl.saldo.synth.facts.AreaFacts;

/**
 * Picks an origin and destination municipality for a move between two nodes, by real 2018 moves.
 */
final class PairPicker {
  private static final double FLOOR = 0.05;
  private final AreaFacts facts;
  private final int[] nodeOf;
  private final int rest;
  private final List<List<Integer>> members = new ArrayList<>();
  private final Map<Integer, double[]> cumulative = new HashMap<>();

  PairPicker(AreaFacts facts, int[] nodeOf, int nodes) {
    this.facts = facts;
    this.nodeOf = nodeOf;
    this.rest = nodes - 1;
    for (int n = 0; n < nodes; n++) {
      members.add(new ArrayList<>());
    }
    for (int m = 0; m < nodeOf.length; m++) {
      members.get(node(m)).add(m);
    }
  }

  private int node(int municipality) {
    return nodeOf[municipality] < 0 ? rest : nodeOf[municipality];
  }

  /** Real 2018 moves between nodes; the diagonal holds moves between municipalities of a node. */
  double[][] nodeFlows() {
    double[][] flows = new double[rest + 1][rest + 1];
    facts
        .allMoves()
        .forEach(
            (key, migrants) ->
                flows[node(AreaFacts.originOf(key))][node(AreaFacts.destinationOf(key))] +=
                    migrants);
    return flows;
  }

  boolean isCapital(int municipality, Study study) {
    StudyMunicipality m =
        study.municipalities().get(facts.municipalities().get(municipality).gemeenteCode());
    return m != null && "provinciehoofdstad".equals(m.areaType());
  }

  int[] pick(int a, int b, SplittableRandom random) {
    List<Integer> from = members.get(a);
    List<Integer> to = members.get(b);
    double[] weights = cumulative.computeIfAbsent(a * 1000 + b, k -> weights(from, to));
    double u = random.nextDouble() * weights[weights.length - 1];
    int lo = 0;
    int hi = weights.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (weights[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return new int[] {from.get(lo / to.size()), to.get(lo % to.size())};
  }

  private double[] weights(List<Integer> from, List<Integer> to) {
    double[] weights = new double[from.size() * to.size()];
    double sum = 0;
    for (int i = 0; i < from.size(); i++) {
      for (int j = 0; j < to.size(); j++) {
        int o = from.get(i);
        int d = to.get(j);
        sum += o == d ? 0 : facts.moves2018(o, d) + FLOOR;
        weights[i * to.size() + j] = sum;
      }
    }
    return weights;
  }
}
