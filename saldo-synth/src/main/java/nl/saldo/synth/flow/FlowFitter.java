package nl.saldo.synth.flow;

/**
 * Iterative proportional fitting of a node-to-node flow matrix to the report's in- and out-movers.
 * The last node is the rest of the country: its row and column have no margins, so any surplus of
 * the study area's exchanges with the rest is absorbed there.
 */
final class FlowFitter {
  private static final int ITERATIONS = 200;

  private FlowFitter() {}

  /**
   * @param seed flows between nodes (e.g. real moves of 2018), rest last; the diagonal is ignored
   * @param out out-movers per study node (length = nodes - 1)
   * @param in in-movers per study node
   */
  static double[][] fit(double[][] seed, int[] out, int[] in) {
    int n = seed.length;
    double[][] flow = new double[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        flow[a][b] = a == b || (a == n - 1 && b == n - 1) ? 0 : seed[a][b] + 1.0;
      }
    }
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      for (int a = 0; a < n - 1; a++) {
        double sum = 0;
        for (int b = 0; b < n; b++) {
          sum += flow[a][b];
        }
        for (int b = 0; b < n && sum > 0; b++) {
          flow[a][b] *= out[a] / sum;
        }
      }
      for (int b = 0; b < n - 1; b++) {
        double sum = 0;
        for (int a = 0; a < n; a++) {
          sum += flow[a][b];
        }
        for (int a = 0; a < n && sum > 0; a++) {
          flow[a][b] *= in[b] / sum;
        }
      }
    }
    return flow;
  }
}
