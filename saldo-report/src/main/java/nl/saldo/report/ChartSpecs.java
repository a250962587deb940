package nl.saldo.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The charts of sections a–f for the files in charts/, built from the published tables. */
final class ChartSpecs {
  /** The layers that get chart files: few units each, so the bars stay readable. */
  static final List<String> TOP_LAYERS = List.of("area_type", "region");

  private static final Map<String, String> COLORS =
      Map.of(
          "lt101",
          "#c0392b",
          "101_150",
          "#e67e22",
          "ge150",
          "#2471a3",
          "student",
          "#7fb3d5",
          "other",
          "#b3b6b7",
          "lower",
          "#d35400",
          "higher_incl_students",
          "#1f618d",
          "total",
          "#34495e");
  private static final List<String> POINT_COLORS =
      List.of("#1f618d", "#c0392b", "#27ae60", "#8e44ad");
  private final RunTables tables;
  private final Texts texts;
  private final StudyFacts study;

  ChartSpecs(RunTables tables, Texts texts) {
    this.tables = tables;
    this.texts = texts;
    this.study = StudyFacts.of(tables.manifest());
  }

  List<ChartSpec> all() {
    List<ChartSpec> specs = new ArrayList<>();
    List<String> layers = TOP_LAYERS.stream().filter(tables.layers()::contains).toList();
    for (String layer : layers) {
      specs.add(population(layer));
      specs.add(flows(layer));
      specs.add(relative(layer));
      specs.add(od(layer));
    }
    if (!layers.isEmpty()) {
      specs.add(scatter(layers));
    }
    if (tables.layers().contains("urbanity")) {
      specs.add(urbanity());
    }
    return specs;
  }

  private ChartSpec population(String layer) {
    List<String> categories = new ArrayList<>();
    tables
        .units(layer)
        .values()
        .forEach(
            name -> {
              categories.add(name + "\n" + study.startYear());
              categories.add(name + "\n" + study.endYear());
            });
    List<ChartSpec.Series> series = new ArrayList<>();
    for (String group : Groups.STACK) {
      List<Double> values = new ArrayList<>();
      tables
          .units(layer)
          .keySet()
          .forEach(
              unit -> {
                Optional<StockRow> row = tables.stock(layer, unit, group);
                values.add(row.map(StockRow::popStart).map(Long::doubleValue).orElse(null));
                values.add(row.map(StockRow::popEnd).map(Long::doubleValue).orElse(null));
              });
      series.add(new ChartSpec.Series(study.label(texts, group), COLORS.get(group), values));
    }
    return new ChartSpec.Bars(
        "a_population_" + layer, texts.get("section.a"), categories, series, true, false);
  }

  private ChartSpec flows(String layer) {
    return new ChartSpec.Bars(
        "b_net_" + layer,
        texts.get("section.b") + " (" + texts.get("col.net") + ")",
        List.copyOf(tables.units(layer).values()),
        migrationSeries(
            layer, Groups.BASE, row -> row.net() == null ? null : row.net().doubleValue()),
        false,
        false);
  }

  private ChartSpec relative(String layer) {
    return new ChartSpec.Bars(
        "c_relative_" + layer,
        texts.get("section.c"),
        List.copyOf(tables.units(layer).values()),
        migrationSeries(
            layer, List.of("lower", "higher_incl_students"), MigrationRow::netPctPerYear),
        false,
        true);
  }

  /** A series per group of one figure of migration.csv: a bar per unit, null when suppressed. */
  private List<ChartSpec.Series> migrationSeries(
      String layer, List<String> groups, Function<MigrationRow, Double> figure) {
    List<ChartSpec.Series> series = new ArrayList<>();
    for (String group : groups) {
      series.add(
          new ChartSpec.Series(
              study.label(texts, group),
              COLORS.get(group),
              tables.units(layer).keySet().stream()
                  .map(unit -> tables.migration(layer, unit, group).map(figure).orElse(null))
                  .toList()));
    }
    return series;
  }

  private ChartSpec scatter(List<String> layers) {
    List<ChartSpec.Point> points = new ArrayList<>();
    for (int i = 0; i < layers.size(); i++) {
      String layer = layers.get(i);
      String color = POINT_COLORS.get(i % POINT_COLORS.size());
      tables
          .units(layer)
          .forEach(
              (unit, name) -> {
                Double x =
                    tables
                        .migration(layer, unit, "higher_incl_students")
                        .map(MigrationRow::netPctPerYear)
                        .orElse(null);
                Double y =
                    tables
                        .migration(layer, unit, "lower")
                        .map(MigrationRow::netPctPerYear)
                        .orElse(null);
                if (x != null && y != null) {
                  points.add(new ChartSpec.Point(name, color, x, y));
                }
              });
    }
    return new ChartSpec.Scatter(
        "d_scatter",
        texts.get("section.d"),
        points,
        texts.get("col.x"),
        texts.get("col.y"),
        List.of(
            texts.get("quadrant.diverge"),
            texts.get("quadrant.both.in"),
            texts.get("quadrant.both.out"),
            texts.get("quadrant.converge")));
  }

  /**
   * Net flow of each unit with the rest of the country, per group (in from rest minus out to rest).
   */
  private ChartSpec od(String layer) {
    List<ChartSpec.Series> series = new ArrayList<>();
    for (String group : List.of("lower", "higher_incl_students", "total")) {
      series.add(
          new ChartSpec.Series(
              study.label(texts, group),
              COLORS.get(group),
              tables.units(layer).keySet().stream()
                  .map(
                      unit ->
                          (double)
                              (moves(layer, "rest", unit, group)
                                  - moves(layer, unit, "rest", group)))
                  .toList()));
    }
    // the unit's name alone under its bars (the title says from where): no label cut short
    List<String> categories = List.copyOf(tables.units(layer).values());
    return new ChartSpec.Bars(
        "e_od_rest_" + layer,
        texts.get("section.e") + ": " + texts.get("chart.from.rest", texts.get("unit.rest")),
        categories,
        series,
        false,
        false);
  }

  private long moves(String layer, String origin, String destination, String group) {
    return tables.moves(layer, origin, destination, group);
  }

  private ChartSpec urbanity() {
    Map<String, String> units = tables.units("urbanity");
    List<String> types =
        units.keySet().stream().map(code -> code.split("\\|")[0]).distinct().toList();
    List<String> classes =
        units.keySet().stream()
            .map(code -> code.contains("|") ? code.split("\\|")[1] : code)
            .distinct()
            .sorted()
            .toList();
    List<String> shades = List.of("#0b3d66", "#1f618d", "#5499c7", "#a9cce3", "#d6eaf8");
    List<ChartSpec.Series> series = new ArrayList<>();
    for (int i = 0; i < classes.size(); i++) {
      String urbanityClass = classes.get(i);
      String classKey = "urbanity.class." + urbanityClass;
      series.add(
          new ChartSpec.Series(
              texts.has(classKey) ? urbanityClass + " " + texts.get(classKey) : urbanityClass,
              shades.get(i % shades.size()),
              types.stream()
                  .map(
                      type ->
                          tables
                              .migration("urbanity", type + "|" + urbanityClass, "total")
                              .map(MigrationRow::net)
                              .map(Long::doubleValue)
                              .orElse(null))
                  .toList()));
    }
    List<String> typeNames =
        types.stream().map(type -> tables.units("area_type").getOrDefault(type, type)).toList();
    return new ChartSpec.Bars(
        "f_urbanity", texts.get("section.f"), typeNames, series, false, false);
  }
}
