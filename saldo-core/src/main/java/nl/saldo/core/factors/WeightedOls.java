package nl.saldo.core.factors;

/**
 * Weighted ordinary least squares on a few tens of published rows: β = (XᵀWX)⁻¹ XᵀWy with an
 * intercept, σ² = Σ wᵢeᵢ² / (n − p), standard errors √diag(σ² (XᵀWX)⁻¹), t = β / se, and the
 * weighted R² = 1 − Σ wᵢeᵢ² / Σ wᵢ(yᵢ − ȳ_w)². Analytic weights: they say how much a row counts,
 * not how many observations it stands for. A descriptive fit, not a causal model.
 */
final class WeightedOls {
  /** The fit; {@code estimates[0]} is the intercept. */
  record Fit(double[] estimates, double[] standardErrors, double[] t, int n, double r2) {}

  private WeightedOls() {}

  /**
   * @param x one row per unit, the regressors without the intercept column
   * @return null when there are no more rows than coefficients or XᵀWX is singular
   */
  static Fit fit(double[][] x, double[] y, double[] w) {
    int n = y.length;
    int p = (n == 0 ? 0 : x[0].length) + 1;
    if (n <= p) {
      return null;
    }
    double[][] xtwx = new double[p][p];
    double[] xtwy = new double[p];
    for (int i = 0; i < n; i++) {
      double[] row = withIntercept(x[i]);
      for (int a = 0; a < p; a++) {
        xtwy[a] += w[i] * row[a] * y[i];
        for (int b = 0; b < p; b++) {
          xtwx[a][b] += w[i] * row[a] * row[b];
        }
      }
    }
    double[][] inverse = invert(xtwx);
    if (inverse == null) {
      return null;
    }
    double[] beta = new double[p];
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        beta[a] += inverse[a][b] * xtwy[b];
      }
    }
    double weights = 0;
    double weightedY = 0;
    for (int i = 0; i < n; i++) {
      weights += w[i];
      weightedY += w[i] * y[i];
    }
    double mean = weightedY / weights;
    double residual = 0;
    double total = 0;
    for (int i = 0; i < n; i++) {
      double[] row = withIntercept(x[i]);
      double fitted = 0;
      for (int a = 0; a < p; a++) {
        fitted += beta[a] * row[a];
      }
      residual += w[i] * (y[i] - fitted) * (y[i] - fitted);
      total += w[i] * (y[i] - mean) * (y[i] - mean);
    }
    double sigma2 = residual / (n - p);
    double[] se = new double[p];
    double[] t = new double[p];
    for (int a = 0; a < p; a++) {
      se[a] = Math.sqrt(sigma2 * inverse[a][a]);
      t[a] = se[a] == 0 ? Double.NaN : beta[a] / se[a];
    }
    return new Fit(beta, se, t, n, total == 0 ? Double.NaN : 1 - residual / total);
  }

  private static double[] withIntercept(double[] x) {
    double[] row = new double[x.length + 1];
    row[0] = 1;
    System.arraycopy(x, 0, row, 1, x.length);
    return row;
  }

  /** Gauss–Jordan with partial pivoting; null when a pivot is (relatively) zero. */
  static double[][] invert(double[][] matrix) {
    int p = matrix.length;
    double[][] a = new double[p][2 * p];
    double scale = 0;
    for (int i = 0; i < p; i++) {
      System.arraycopy(matrix[i], 0, a[i], 0, p);
      a[i][p + i] = 1;
      for (int j = 0; j < p; j++) {
        scale = Math.max(scale, Math.abs(matrix[i][j]));
      }
    }
    for (int col = 0; col < p; col++) {
      int pivot = col;
      for (int r = col + 1; r < p; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      if (Math.abs(a[pivot][col]) <= 1e-12 * scale) {
        return null;
      }
      double[] swap = a[col];
      a[col] = a[pivot];
      a[pivot] = swap;
      double divisor = a[col][col];
      for (int j = 0; j < 2 * p; j++) {
        a[col][j] /= divisor;
      }
      for (int r = 0; r < p; r++) {
        if (r != col && a[r][col] != 0) {
          double factor = a[r][col];
          for (int j = 0; j < 2 * p; j++) {
            a[r][j] -= factor * a[col][j];
          }
        }
      }
    }
    double[][] inverse = new double[p][p];
    for (int i = 0; i < p; i++) {
      System.arraycopy(a[i], p, inverse[i], 0, p);
    }
    return inverse;
  }
}
