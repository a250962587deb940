package nl.saldo.synth.life;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The fitted parts of the population, refined pass by pass: extra stayers per municipality (to hit
 * the 2011 population), immigrants and the emigration probability (to hit 2017), and the
 * probability that a person's income position shifts to another group per node and group (to hit
 * the change per group).
 */
public final class PopulationPlan {
  final int[] extraStayers;
  final int[] immigrants;
  final double[] emigration;
  final double[][] shift;
  final double[][] shiftTarget;
  final double[][] stayerShares;

  private PopulationPlan(int municipalities, int nodes) {
    stayerShares = new double[nodes][];
    extraStayers = new int[municipalities];
    immigrants = new int[municipalities];
    emigration = new double[municipalities];
    shift = new double[nodes][Group.values().length];
    shiftTarget = new double[nodes][Group.values().length];
  }

  public static PopulationPlan initial(
      int municipalities, double[][] shares2011, double baseEmigration) {
    PopulationPlan plan = new PopulationPlan(municipalities, shares2011.length);
    Arrays.fill(plan.emigration, baseEmigration);
    for (int n = 0; n < shares2011.length; n++) {
      plan.stayerShares[n] = shares2011[n].clone();
    }
    return plan;
  }

  /** Group shares from which stayer households of a node draw their 2011 position. */
  public double[] stayerShares(int node) {
    return stayerShares[node];
  }

  public void setStayerShares(int node, double[] shares) {
    stayerShares[node] = shares.clone();
  }

  public PopulationPlan copy() {
    PopulationPlan copy = new PopulationPlan(extraStayers.length, shift.length);
    System.arraycopy(extraStayers, 0, copy.extraStayers, 0, extraStayers.length);
    System.arraycopy(immigrants, 0, copy.immigrants, 0, immigrants.length);
    System.arraycopy(emigration, 0, copy.emigration, 0, emigration.length);
    for (int n = 0; n < shift.length; n++) {
      copy.stayerShares[n] = stayerShares[n].clone();
      copy.shift[n] = shift[n].clone();
      copy.shiftTarget[n] = shiftTarget[n].clone();
    }
    return copy;
  }

  double emigration(int municipality) {
    return emigration[municipality];
  }

  public double emigrationOf(int municipality) {
    return emigration[municipality];
  }

  public int extraStayers(int municipality) {
    return extraStayers[municipality];
  }

  public void setExtraStayers(int municipality, int persons) {
    extraStayers[municipality] = persons;
  }

  public int immigrants(int municipality) {
    return immigrants[municipality];
  }

  public void setImmigrants(int municipality, int persons) {
    immigrants[municipality] = persons;
  }

  public void setEmigration(int municipality, double probability) {
    emigration[municipality] = probability;
  }

  /** Persons of group `from` in the node shift with this probability, to groups by weight. */
  public void setShift(int node, Group from, double probability, double[] targetWeights) {
    shift[node][from.ordinal()] = probability;
    if (targetWeights != null) {
      shiftTarget[node] = targetWeights.clone();
    }
  }

  /** Shifts a correctable person's position from a year in the window onwards, by the plan. */
  void applyShift(PersonLife person, int node, SplittableRandom random) {
    Group current = person.group(2017);
    if (node < 0 || !person.shiftable()) {
      return;
    }
    if (random.nextDouble() >= shift[node][current.ordinal()]) {
      return;
    }
    double total = 0;
    for (double w : shiftTarget[node]) {
      total += w;
    }
    double u = random.nextDouble() * total;
    Group target = Group.GE150;
    for (Group g : Group.values()) {
      u -= shiftTarget[node][g.ordinal()];
      if (u < 0) {
        target = g;
        break;
      }
    }
    int from = Math.min(2017, person.firstShiftableYear());
    int year = from + random.nextInt(2018 - from);
    person.setGroup(year, PersonLife.LAST_INCOME_YEAR, target);
  }
}
