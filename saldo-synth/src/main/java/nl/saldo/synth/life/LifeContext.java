package nl.saldo.synth.life;

import nl.saldo.synth.area.Geography;
import nl.saldo.synth.area.Study;

/** What every life story needs: the areas, the study's nodes and the current plan. */
public record LifeContext(Geography geography, Study study, int[] nodeOf, PopulationPlan plan) {

  static final double[] DEFAULT_SHARES = {0.055, 0.13, 0.74, 0.035, 0.04};

  /** Group shares stayers of the municipality draw from (the rest of the country: a default). */
  double[] shares(int municipality) {
    int node = nodeOf[municipality];
    return node < 0 ? DEFAULT_SHARES : plan.stayerShares(node);
  }
}
