package nl.saldo.duckdb;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Pipeline;
import nl.saldo.core.pipeline.ProgressListener;
import nl.saldo.core.pipeline.RunResult;
import nl.saldo.core.pipeline.Table;
import nl.saldo.core.study.StudyFile;
import nl.saldo.core.study.StudySettings;

/**
 * Runs the whole method on a hand-made fixture under {@code src/test/resources/fixtures/NAME}: the
 * four microdata CSVs and an optional {@code study.yaml}, over the one mini-geography of {@code
 * fixtures/areas/} (GEOGRAPHY.md) that all fixtures share. A variant is a base fixture + a study
 * file: {@code fixtures/BASE/VARIANT/} holds only {@code study.yaml} (and its STORY.md) and runs on
 * the microdata of {@code BASE}, e.g. {@code moves/settings}. Counts come back unrounded (rounding
 * has tests of its own), so expectations are the numbers of the story.
 */
final class MethodFixture {
  private final RunResult result;

  private MethodFixture(RunResult result) {
    this.result = result;
  }

  static MethodFixture run(String name) {
    return run(name, false);
  }

  /**
   * @param rounded true to apply disclosure control as a normal run does
   */
  static MethodFixture run(String name, boolean rounded) {
    Path dir = directory(name);
    Path microdata = Files.exists(dir.resolve("persons.csv")) ? dir : dir.getParent();
    StudySettings settings = settings(dir).withUnsafeUnrounded(!rounded);
    InputSet inputs = InputSet.find(microdata, directory("areas"), settings);
    try (var engine = new DuckDbEngineFactory().create(null, "2GB", 1)) {
      return new MethodFixture(new Pipeline(engine, ProgressListener.SILENT).run(inputs, settings));
    }
  }

  static Path directory(String name) {
    URL url = MethodFixture.class.getResource("/fixtures/" + name);
    Objects.requireNonNull(url, "no fixture " + name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static StudySettings settings(Path dir) {
    Path study = dir.resolve("study.yaml");
    return Files.exists(study) ? StudyFile.load(study.toString()) : StudyFile.defaults();
  }

  RunResult result() {
    return result;
  }

  Table table(Mart mart) {
    return result.tables().table(mart);
  }

  /**
   * A cell of stocks.csv or migration.csv, e.g. {@code value(Mart.STOCKS, "gemeente", "GM0001",
   * "total", "pop_start")}.
   */
  Object value(Mart mart, String layer, String unit, String group, String column) {
    Table table = table(mart);
    return row(table, layer, unit, group).get(table.index(column));
  }

  long count(Mart mart, String layer, String unit, String group, String column) {
    return ((Number) value(mart, layer, unit, group, column)).longValue();
  }

  /** Percentage as text with two decimals, or null when left empty. */
  String percentage(Mart mart, String layer, String unit, String group, String column) {
    Object value = value(mart, layer, unit, group, column);
    return value == null ? null : ((java.math.BigDecimal) value).toPlainString();
  }

  long stock(String layer, String unit, String group, String column) {
    return count(Mart.STOCKS, layer, unit, group, column);
  }

  long flow(String layer, String unit, String group, String column) {
    return count(Mart.MIGRATION, layer, unit, group, column);
  }

  /** Moves in od.csv for a pair, 0 when the pair has no row. */
  long od(String layer, String origin, String destination, String group) {
    Table table = table(Mart.OD);
    return table.rows().stream()
        .filter(
            r ->
                r.get(0).equals(layer)
                    && r.get(1).equals(origin)
                    && r.get(2).equals(destination)
                    && r.get(3).equals(group))
        .mapToLong(r -> ((Number) r.get(4)).longValue())
        .findFirst()
        .orElse(0);
  }

  /** Units of a layer that have rows in stocks.csv. */
  List<String> units(String layer) {
    Table table = table(Mart.STOCKS);
    return table.rows().stream()
        .filter(r -> r.get(0).equals(layer))
        .map(r -> (String) r.get(1))
        .distinct()
        .toList();
  }

  long fact(String name) {
    return result.facts().get(name);
  }

  private static List<Object> row(Table table, String layer, String unit, String group) {
    return table.rows().stream()
        .filter(r -> r.get(0).equals(layer) && r.get(1).equals(unit) && r.get(3).equals(group))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    table.name() + " has no row " + layer + "/" + unit + "/" + group));
  }
}
