package nl.saldo.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.saldo.core.output.CsvWriter;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;
import nl.saldo.core.study.StudyFile;
import nl.saldo.core.study.StudySettings;
import org.junit.jupiter.api.Test;

/**
 * METHOD.md §7 as amended, as a property: for any unrounded tables, every percentage, share, rate
 * and effect that disclosure control publishes equals the one recomputed — here by an independent
 * BigDecimal reference — from the published counts, with the threshold on the published
 * denominator; od lists exactly the pairs with a non-zero published count.
 */
class PublishedFiguresPropertyTest {
  private static final List<String> STOCK_GROUPS =
      List.of(
          "lt101",
          "101_150",
          "ge150",
          "student",
          "other",
          "lower",
          "higher_incl_students",
          "total");
  private static final List<String> MOVER_GROUPS =
      List.of("lt101", "101_150", "ge150", "student", "lower", "higher_incl_students", "total");
  private static final StudySettings SETTINGS = StudyFile.defaults();

  @Property(tries = 300)
  void everyPublishedFigureIsTheOneOfThePublishedCounts(@ForAll("units") List<int[]> units) {
    ProtectedTables tables = DisclosureControl.protect(marts(units), SETTINGS);
    Table stocks = tables.table(Mart.STOCKS);
    Table migration = tables.table(Mart.MIGRATION);
    Map<String, List<Object>> byKey = new HashMap<>();
    for (List<Object> row : stocks.rows()) {
      byKey.put(row.get(0) + "/" + row.get(1) + "/" + row.get(3), row);
    }
    for (List<Object> row : stocks.rows()) {
      long start = count(row, 4);
      long end = count(row, 5);
      long change = count(row, 6);
      List<Object> total = byKey.get(row.get(0) + "/" + row.get(1) + "/total");
      long totalStart = count(total, 4);
      long totalEnd = count(total, 5);
      assertThat(start % 10).isZero();
      assertThat(text(row.get(7))).isEqualTo(reference(change, start * 6, start));
      assertThat(text(row.get(8))).isEqualTo(reference(start, totalStart, totalStart));
      assertThat(text(row.get(9))).isEqualTo(reference(end, totalEnd, totalEnd));
      String pp =
          Math.min(totalStart, totalEnd) < 100
              ? ""
              : reference(end * totalStart - start * totalEnd, totalStart * totalEnd, totalStart);
      assertThat(text(row.get(10))).as("share_change_pp " + row).isEqualTo(pp);
    }
    for (List<Object> row : migration.rows()) {
      List<Object> stock = byKey.get(row.get(0) + "/" + row.get(1) + "/" + row.get(3));
      long net = count(row, 6);
      long popStart = count(stock, 4);
      long change = count(stock, 6);
      assertThat(text(row.get(7))).isEqualTo(reference(net, popStart * 6, popStart));
      assertThat(text(row.get(8))).isEqualTo(reference(net, change, change));
      String effect =
          net == 0 || change == 0
              ? ""
              : Long.signum(net) == Long.signum(change) ? "versterkend" : "dempend";
      assertThat(text(row.get(9))).isEqualTo(effect);
    }
    Map<String, Boolean> pairs = new HashMap<>();
    for (List<Object> row : tables.table(Mart.OD).rows()) {
      pairs.merge(row.get(1) + "/" + row.get(2), count(row, 4) != 0, Boolean::logicalOr);
    }
    assertThat(pairs.values()).allMatch(nonZero -> nonZero);
  }

  @Test
  void edgesOfTheArithmetic() {
    assertThat(text(Percentages.percentage(1, 160))).as("0.625").isEqualTo("0.63");
    assertThat(text(Percentages.percentage(-1, 160))).isEqualTo("-0.63");
    assertThat(text(Percentages.percentage(-1, 100_000))).as("-0.001").isEqualTo("0.00");
    assertThat(text(Percentages.percentage(201, 20_000))).as("1.005").isEqualTo("1.01");
    assertThat(text(Percentages.share(99, 99, 100))).as("below the threshold").isEmpty();
    assertThat(text(Percentages.share(-99, -100, 100))).isEqualTo("99.00");
    assertThat(text(Percentages.shareChange(1, 160, 1, 161, 100))).as("-0.0039").isEqualTo("0.00");
    assertThat(Percentages.effect(0, 10)).isNull();
    assertThat(Percentages.effect(-10, 10)).isEqualTo("dempend");
  }

  /** 100 × n / d to two decimals, half away from zero, empty when |threshold d| < 100 or 0. */
  private static String reference(long numerator, long denominator, long thresholdDenominator) {
    if (thresholdDenominator == 0 || Math.abs(thresholdDenominator) < 100 || denominator == 0) {
      return "";
    }
    BigDecimal value =
        BigDecimal.valueOf(numerator)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    return text(value);
  }

  private static String text(Object value) {
    return CsvWriter.cell(value);
  }

  private static long count(List<Object> row, int index) {
    return ((Number) row.get(index)).longValue();
  }

  /** Per unit: 5 groups × start, end; 4 mover groups × in, out. */
  @Provide
  Arbitrary<List<int[]>> units() {
    Arbitrary<Integer> small = Arbitraries.integers().between(0, 40);
    Arbitrary<Integer> large = Arbitraries.integers().between(0, 900);
    Arbitrary<int[]> unit = Arbitraries.oneOf(small, large).array(int[].class).ofSize(18);
    return unit.list().ofMinSize(1).ofMaxSize(5);
  }

  private static Map<Mart, Table> marts(List<int[]> units) {
    List<List<Object>> stocks = new ArrayList<>();
    List<List<Object>> migration = new ArrayList<>();
    List<List<Object>> od = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      int[] v = units.get(u);
      String unit = "GM" + u;
      long[] start = {v[0], v[1], v[2], v[3], v[4]};
      long[] end = {v[5], v[6], v[7], v[8], v[9]};
      long[] in = {v[10], v[11], v[12], v[13]};
      long[] out = {v[14], v[15], v[16], v[17]};
      for (String group : STOCK_GROUPS) {
        long s = derived(group, start, true);
        long e = derived(group, end, true);
        stocks.add(row("gemeente", unit, group, s, e, e - s, null, null, null, null));
      }
      for (String group : MOVER_GROUPS) {
        long i = derived(group, in, false);
        long o = derived(group, out, false);
        migration.add(row("gemeente", unit, group, i, o, i - o, null, null, null));
        od.add(Arrays.asList("gemeente", unit, "rest", group, o));
        od.add(Arrays.asList("gemeente", "rest", unit, group, i));
      }
    }
    Map<Mart, Table> marts = new EnumMap<>(Mart.class);
    marts.put(Mart.STOCKS, new Table("stocks", Mart.STOCKS.columns(), stocks));
    marts.put(Mart.MIGRATION, new Table("migration", Mart.MIGRATION.columns(), migration));
    marts.put(Mart.OD, new Table("od", Mart.OD.columns(), od));
    for (Mart mart : Mart.values()) {
      marts.putIfAbsent(mart, new Table(mart.tableName(), mart.columns(), List.of()));
    }
    return marts;
  }

  private static List<Object> row(String layer, String unit, String group, Object... rest) {
    List<Object> row = new ArrayList<>(List.of(layer, unit, unit, group));
    row.addAll(Arrays.asList(rest));
    return row;
  }

  /** lt101, 101_150, ge150, student, other (stocks only) and the derived groups. */
  private static long derived(String group, long[] values, boolean withOther) {
    return switch (group) {
      case "lt101" -> values[0];
      case "101_150" -> values[1];
      case "ge150" -> values[2];
      case "student" -> values[3];
      case "other" -> values[4];
      case "lower" -> values[0] + values[1];
      case "higher_incl_students" -> values[2] + values[3];
      default -> values[0] + values[1] + values[2] + values[3] + (withOther ? values[4] : 0);
    };
  }
}
