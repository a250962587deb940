package nl.saldo.synth.flow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.saldo.synth.area.NodeTargets;
import nl.saldo.synth.area.Study;
import nl.saldo.synth.facts.AreaFacts;
import nl.saldo.synth.life.Group;

/**
 * The moves between municipalities in the move window. Flows between nodes (report regions,
 * "overig" and the rest of the country) are fitted per group to the report's in- and out-movers;
 * each move then picks its origin and destination municipality in proportion to the real 2018 moves
 * between them, so distance and attraction come from the data.
 */
public final class MovePlan {
  static final int WINDOW_START = (int) LocalDate.of(2011, 1, 1).toEpochDay();
  static final int WINDOW_DAYS = (int) (LocalDate.of(2017, 1, 1).toEpochDay() - WINDOW_START);
  private static final double[] MOBILITY = {2.0, 1.3, 1.0, 1.0, 0.0};
  private static final int YEARS = 6;
  private static final double PULL = 1.6;
  private static final double REST_PERIPHERY = 1.75;

  private final List<MoverUnit> units = new ArrayList<>();
  private final int[] outPersons;

  private MovePlan(int municipalities) {
    outPersons = new int[municipalities];
  }

  public static MovePlan build(
      AreaFacts facts, Study study, int[] nodeOf, double fraction, long seed) {
    MovePlan plan = new MovePlan(nodeOf.length);
    PairPicker picker = new PairPicker(facts, nodeOf, study.nodes().size() + 1);
    SplittableRandom random = new SplittableRandom(seed ^ 0x3a7e_11L);
    int nodes = study.nodes().size();
    double[][] seedFlows = picker.nodeFlows();
    for (Group group : Group.MOVING) {
      int[] out = new int[nodes];
      int[] in = new int[nodes];
      for (int n = 0; n < nodes; n++) {
        out[n] = study.nodes().get(n).outMovers()[group.ordinal()];
        in[n] = study.nodes().get(n).inMovers()[group.ordinal()];
      }
      double[][] flows = FlowFitter.fit(towardsCore(seedFlows, study, group), out, in);
      for (int a = 0; a <= nodes; a++) {
        for (int b = 0; b <= nodes; b++) {
          double within =
              a == b && a < nodes ? withinNode(study.nodes().get(a), seedFlows[a][a], group) : 0;
          double expected = (a == b ? within : flows[a][b]) * fraction;
          int count = (int) expected + (random.nextDouble() < expected - (int) expected ? 1 : 0);
          plan.addUnits(a, b, group, count, picker, study, random);
        }
      }
    }
    return plan;
  }

  /**
   * Destination choice by income (report, conclusion 7): between krimp, anticipeer, overig and the
   * rest of the country, higher incomes are drawn towards the core (less peripheral area types) and
   * lower incomes pushed outwards. Scales the seed of each flow by PULL to the power of the steps
   * towards the core; the fit to the targets then keeps every node's in- and out-movers.
   */
  private static double[][] towardsCore(double[][] seed, Study study, Group group) {
    int nodes = study.nodes().size();
    double pull =
        group == Group.GE150
            ? PULL
            : group == Group.LT101 || group == Group.B101_150 ? 1 / PULL : 1;
    double[][] tilted = new double[seed.length][];
    for (int a = 0; a < seed.length; a++) {
      tilted[a] = seed[a].clone();
      for (int b = 0; b < seed.length; b++) {
        double from = periphery(study, a, nodes);
        double to = periphery(study, b, nodes);
        if (from > 0 && to > 0) {
          tilted[a][b] *= Math.pow(pull, from - to);
        }
      }
    }
    return tilted;
  }

  /**
   * Steps from the core: krimp 3, anticipeer 2, the rest of the country 1.75, overig 1, capitals 0
   * (no tilt). The rest lies close to anticipeer, so lower incomes from the rest settle about as
   * often in anticipeer as they leave it (report, conclusion 6).
   */
  private static double periphery(Study study, int node, int nodes) {
    return node == nodes ? REST_PERIPHERY : periphery(study.areaTypeOf(node));
  }

  private static int periphery(String areaType) {
    return switch (areaType) {
      case "krimp" -> 3;
      case "anticipeer" -> 2;
      case "overig" -> 1;
      default -> 0;
    };
  }

  /** Moves between municipalities of one node over the window, for one group. */
  private static double withinNode(NodeTargets node, double realPerYear, Group group) {
    double weightSum = 0;
    for (Group g : Group.MOVING) {
      weightSum += node.share2011()[g.ordinal()] * MOBILITY[g.ordinal()];
    }
    double groupWeight = node.share2011()[group.ordinal()] * MOBILITY[group.ordinal()];
    return realPerYear * YEARS * groupWeight / weightSum;
  }

  private void addUnits(
      int a,
      int b,
      Group group,
      int count,
      PairPicker picker,
      Study study,
      SplittableRandom random) {
    int remaining = count;
    while (remaining > 0) {
      int[] pair = picker.pick(a, b, random);
      MoverUnit.Kind kind = kindOf(group, pair[0], picker, study, random);
      int size =
          kind == MoverUnit.Kind.REGULAR ? Math.min(remaining, householdSize(group, random)) : 1;
      int day = moveDay(group, random);
      units.add(new MoverUnit(pair[0], pair[1], group, day, size, kind));
      outPersons[pair[0]] += size;
      remaining -= size;
    }
  }

  private static MoverUnit.Kind kindOf(
      Group group, int origin, PairPicker picker, Study study, SplittableRandom random) {
    boolean capital = picker.isCapital(origin, study);
    if (group == Group.STUDENT && (!capital || random.nextDouble() < 0.5)) {
      return MoverUnit.Kind.LEAVING_HOME_TO_STUDY;
    }
    if (group == Group.GE150 && capital && random.nextDouble() < 0.7) {
      return MoverUnit.Kind.GRADUATE_LEAVING;
    }
    return MoverUnit.Kind.REGULAR;
  }

  private static int householdSize(Group group, SplittableRandom random) {
    if (group == Group.STUDENT) {
      return 1;
    }
    double u = random.nextDouble();
    return u < 0.55 ? 1 : u < 0.8 ? 2 : u < 0.9 ? 3 : 4;
  }

  /** Students move mostly in August and September; others any day of the window. */
  private static int moveDay(Group group, SplittableRandom random) {
    if (group == Group.STUDENT && random.nextDouble() < 0.6) {
      int year = 2011 + random.nextInt(YEARS);
      return (int) LocalDate.of(year, 8, 1).toEpochDay() + random.nextInt(61);
    }
    return WINDOW_START + random.nextInt(WINDOW_DAYS);
  }

  public List<MoverUnit> units() {
    return units;
  }

  /** Persons who move out of each municipality (and so lived there on 1 January 2011). */
  public int outPersons(int municipality) {
    return outPersons[municipality];
  }
}
