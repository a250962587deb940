package nl.saldo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.saldo.core.csv.CsvReader;
import nl.saldo.core.disclosure.Percentages;

/**
 * An intruder with nothing but a run's default outputs (stocks.csv, migration.csv, od.csv,
 * manifest.json) and the public geography (which municipality lies in which region, province and
 * area type). It knows the method and the rounding base, and tries to pin down exact counts:
 *
 * <ul>
 *   <li>every published count c stands for an exact count in c − base/2 … c + base/2 − 1 (halves
 *       away from zero), never below 0 for persons and moves;
 *   <li>a unit's five groups add up to its total (stocks, at each date);
 *   <li>shares and rates: if a figure is not the one the published counts give, it must come from
 *       the exact counts, and only exact values that reproduce it stay possible;
 *   <li>effect beside a published net or change of 0 gives away its sign; an od pair listed with
 *       all its counts 0 gives away 1–4 moves; a manifest count that is not a multiple of the base
 *       is exact;
 *   <li>differences between layers: a region (province, area type, study) is the sum of its
 *       municipalities, so with all but one exact the last one follows.
 * </ul>
 *
 * {@link #recovered()} are the stock cells pinned to one value beyond what the rounded counts and
 * the sums alone show (the same reasoning without the figures: {@link #baseline()}).
 */
final class Adversary {
  static final List<String> BASE_GROUPS = List.of("lt101", "101_150", "ge150", "student", "other");
  private static final List<String> DATES = List.of("pop_start", "pop_end");

  private final long base;
  private final long threshold;
  private final long yearsStock;
  private final long yearsMoves;
  private final List<Map<String, String>> stocks;
  private final List<Map<String, String>> migration;
  private final List<Map<String, String>> od;
  private final JsonNode manifest;
  private final Map<String, Map<String, String>> geography;

  /** Exact values pinned down: "layer/unit/group/column" → value. */
  private final Map<String, Long> known = new LinkedHashMap<>();

  private final Map<String, Long> baseline = new LinkedHashMap<>();
  private int figuresNotFromPublishedCounts;
  private int effectSigns;
  private int odPairsRevealed;
  private int manifestExact;

  Adversary(Path run, Path gemeenten) throws IOException {
    manifest = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
    JsonNode disclosure = manifest.path("study").path("disclosure");
    base = disclosure.path("rounding_base").asLong(10);
    threshold = disclosure.path("min_denominator").asLong(100);
    JsonNode years = manifest.path("study").path("stock_years");
    yearsStock = years.get(1).asLong() - years.get(0).asLong();
    yearsMoves =
        Long.parseLong(
                manifest.path("study").path("move_window").path("end").asText().substring(0, 4))
            - Long.parseLong(
                manifest.path("study").path("move_window").path("start").asText().substring(0, 4))
            + 1;
    stocks = read(run.resolve("stocks.csv"));
    migration = read(run.resolve("migration.csv"));
    od = read(run.resolve("od.csv"));
    geography = new HashMap<>();
    for (Map<String, String> row : read(gemeenten)) {
      geography.put(row.get("gemeente_code"), row);
    }
  }

  /** Runs every attack; returns this. */
  Adversary attack() {
    baseline.putAll(sharesAndSums(false));
    known.putAll(sharesAndSums(true));
    netRates();
    layerDifferences();
    effect();
    odPresence();
    manifestCounts();
    return this;
  }

  /** Cells pinned to one exact value beyond the baseline. */
  Map<String, Long> recovered() {
    Map<String, Long> extra = new LinkedHashMap<>(known);
    extra.keySet().removeAll(baseline.keySet());
    return extra;
  }

  Map<String, Long> baseline() {
    return baseline;
  }

  int figuresNotFromPublishedCounts() {
    return figuresNotFromPublishedCounts;
  }

  int effectSigns() {
    return effectSigns;
  }

  int odPairsRevealed() {
    return odPairsRevealed;
  }

  int manifestExact() {
    return manifestExact;
  }

  /** Units with a cell recovered, e.g. "gemeente/GM0005". */
  Set<String> unitsRecovered() {
    Set<String> units = new TreeSet<>();
    recovered()
        .keySet()
        .forEach(key -> units.add(key.substring(0, key.indexOf('/', key.indexOf('/') + 1))));
    return units;
  }

  /** The exact values an exact count published as c can have. */
  private List<Long> interval(long published, boolean nonNegative) {
    long half = base / 2;
    long low;
    long high;
    if (published > 0) {
      low = published - half;
      high = published + (base - half) - 1;
    } else if (published < 0) {
      low = published - (base - half) + 1;
      high = published + half;
    } else {
      low = -(base - half) + 1;
      high = (base - half) - 1;
    }
    if (base % 2 == 1) {
      low = published - half;
      high = published + half;
    }
    List<Long> values = new ArrayList<>();
    for (long v = nonNegative ? Math.max(0, low) : low; v <= high; v++) {
      values.add(v);
    }
    return values;
  }

  /**
   * Per unit and date: the total and its five groups, each in its rounding interval, the groups
   * summing to the total; with {@code useFigures}, the shares that are not the ones of the
   * published counts narrow the groups to the exact values that reproduce them.
   */
  private Map<String, Long> sharesAndSums(boolean useFigures) {
    Map<String, Long> pinned = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, String>>> units = byUnit(stocks);
    for (Map.Entry<String, Map<String, Map<String, String>>> unit : units.entrySet()) {
      Map<String, Map<String, String>> groups = unit.getValue();
      for (String date : DATES) {
        String shareColumn = date.equals("pop_start") ? "share_start_pct" : "share_end_pct";
        long totalPublished = Long.parseLong(groups.get("total").get(date));
        List<List<Long>> domains = new ArrayList<>();
        List<String> shares = new ArrayList<>();
        for (String group : BASE_GROUPS) {
          domains.add(interval(Long.parseLong(groups.get(group).get(date)), true));
          String share = groups.get(group).get(shareColumn);
          String fromPublished =
              figure(
                  Percentages.share(
                      Long.parseLong(groups.get(group).get(date)), totalPublished, threshold));
          boolean informative = useFigures && !share.isEmpty() && !share.equals(fromPublished);
          if (useFigures && !share.equals(fromPublished)) {
            figuresNotFromPublishedCounts++;
          }
          shares.add(informative ? share : null);
        }
        List<Set<Long>> feasible = new ArrayList<>();
        BASE_GROUPS.forEach(g -> feasible.add(new TreeSet<>()));
        Set<Long> totals = new TreeSet<>();
        for (long total : interval(totalPublished, true)) {
          List<List<Long>> candidates = new ArrayList<>();
          for (int i = 0; i < BASE_GROUPS.size(); i++) {
            List<Long> values = new ArrayList<>();
            for (long v : domains.get(i)) {
              if (shares.get(i) == null
                  || shares.get(i).equals(figure(Percentages.share(v, total, 0)))) {
                values.add(v);
              }
            }
            candidates.add(values);
          }
          List<Set<Long>> here = sumFeasible(candidates, total);
          if (here != null) {
            totals.add(total);
            for (int i = 0; i < here.size(); i++) {
              feasible.get(i).addAll(here.get(i));
            }
          }
        }
        String prefix = unit.getKey() + "/";
        if (totals.size() == 1) {
          pinned.put(prefix + "total/" + date, totals.iterator().next());
        }
        for (int i = 0; i < BASE_GROUPS.size(); i++) {
          if (feasible.get(i).size() == 1) {
            pinned.put(prefix + BASE_GROUPS.get(i) + "/" + date, feasible.get(i).iterator().next());
          }
        }
      }
    }
    return pinned;
  }

  /** For each variable the values that appear in some assignment summing to {@code total}. */
  private static List<Set<Long>> sumFeasible(List<List<Long>> candidates, long total) {
    int n = candidates.size();
    List<Set<Long>> prefix = new ArrayList<>();
    prefix.add(Set.of(0L));
    for (int i = 0; i < n; i++) {
      Set<Long> next = new HashSet<>();
      for (long s : prefix.get(i)) {
        for (long v : candidates.get(i)) {
          next.add(s + v);
        }
      }
      prefix.add(next);
    }
    if (!prefix.get(n).contains(total)) {
      return null;
    }
    List<Set<Long>> suffix = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      suffix.add(null);
    }
    suffix.set(n, Set.of(0L));
    for (int i = n - 1; i >= 0; i--) {
      Set<Long> next = new HashSet<>();
      for (long s : suffix.get(i + 1)) {
        for (long v : candidates.get(i)) {
          next.add(s + v);
        }
      }
      suffix.set(i, next);
    }
    List<Set<Long>> feasible = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Set<Long> values = new TreeSet<>();
      for (long v : candidates.get(i)) {
        for (long before : prefix.get(i)) {
          if (suffix.get(i + 1).contains(total - v - before)) {
            values.add(v);
            break;
          }
        }
      }
      feasible.add(values);
    }
    return feasible;
  }

  /**
   * net_pct_per_year not from the published counts, over an exactly known pop_start, pins the net.
   */
  private void netRates() {
    for (Map<String, String> row : migration) {
      String unit = row.get("layer") + "/" + row.get("unit");
      Map<String, String> stock = stockRow(row.get("layer"), row.get("unit"), row.get("group"));
      String rate = row.get("net_pct_per_year");
      if (rate.isEmpty() || stock == null) {
        continue;
      }
      long net = Long.parseLong(row.get("net"));
      String fromPublished =
          figure(
              Percentages.perYear(
                  net, Long.parseLong(stock.get("pop_start")), yearsMoves, threshold));
      if (rate.equals(fromPublished)) {
        continue;
      }
      figuresNotFromPublishedCounts++;
      Long popStart = known.get(unit + "/" + row.get("group") + "/pop_start");
      if (popStart == null) {
        continue;
      }
      List<Long> values = new ArrayList<>();
      for (long v : interval(net, false)) {
        if (rate.equals(figure(Percentages.perYear(v, popStart, yearsMoves, 0)))) {
          values.add(v);
        }
      }
      if (values.size() == 1) {
        known.put(unit + "/" + row.get("group") + "/net", values.get(0));
      }
    }
  }

  /** A coarser unit is the sum of its municipalities: all but one known gives the last. */
  private void layerDifferences() {
    Map<String, List<String>> members = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, String>> gemeente : geography.entrySet()) {
      if (stockRow("gemeente", gemeente.getKey(), "total") == null) {
        continue;
      }
      Map<String, String> row = gemeente.getValue();
      members
          .computeIfAbsent("region/" + row.get("region"), k -> new ArrayList<>())
          .add(gemeente.getKey());
      members
          .computeIfAbsent("province/" + row.get("province"), k -> new ArrayList<>())
          .add(gemeente.getKey());
      members
          .computeIfAbsent("area_type/" + row.get("area_type"), k -> new ArrayList<>())
          .add(gemeente.getKey());
      members.computeIfAbsent("study/study", k -> new ArrayList<>()).add(gemeente.getKey());
    }
    List<String> groups = new ArrayList<>(BASE_GROUPS);
    groups.add("total");
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Map.Entry<String, List<String>> parent : members.entrySet()) {
        for (String group : groups) {
          for (String date : DATES) {
            String parentKey = parent.getKey() + "/" + group + "/" + date;
            List<String> unknown = new ArrayList<>();
            long sum = 0;
            for (String gemeente : parent.getValue()) {
              String key = "gemeente/" + gemeente + "/" + group + "/" + date;
              if (known.containsKey(key)) {
                sum += known.get(key);
              } else {
                unknown.add(key);
              }
            }
            if (unknown.isEmpty() && !known.containsKey(parentKey)) {
              known.put(parentKey, sum);
              changed = true;
            } else if (unknown.size() == 1 && known.containsKey(parentKey)) {
              known.put(unknown.get(0), known.get(parentKey) - sum);
              changed = true;
            }
          }
        }
      }
    }
  }

  private void effect() {
    for (Map<String, String> row : migration) {
      Map<String, String> stock = stockRow(row.get("layer"), row.get("unit"), row.get("group"));
      boolean zero =
          Long.parseLong(row.get("net")) == 0
              || (stock != null && Long.parseLong(stock.get("change")) == 0);
      if (zero && !row.get("effect").isEmpty()) {
        effectSigns++;
      }
    }
  }

  private void odPresence() {
    Map<String, Boolean> nonZero = new LinkedHashMap<>();
    for (Map<String, String> row : od) {
      String pair = row.get("layer") + "/" + row.get("origin") + "/" + row.get("destination");
      nonZero.merge(pair, Long.parseLong(row.get("moves")) != 0, Boolean::logicalOr);
    }
    nonZero.values().forEach(any -> odPairsRevealed += any ? 0 : 1);
  }

  private void manifestCounts() {
    walk("", manifest);
  }

  private void walk(String path, JsonNode node) {
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> walk(path + "." + f.getKey(), f.getValue()));
    } else if (node.isArray()) {
      node.forEach(item -> walk(path, item));
    } else if (node.isIntegralNumber()
        && path.matches(
            ".*\\.(rows_read|rows_used|moves\\..*|spells\\.used|azc_addresses)|.*rows_dropped\\..*")
        && node.asLong() % base != 0) {
      manifestExact++;
    }
  }

  private Map<String, String> stockRow(String layer, String unit, String group) {
    return byUnit(stocks).getOrDefault(layer + "/" + unit, Map.of()).get(group);
  }

  private Map<String, Map<String, Map<String, String>>> unitsCache;

  private Map<String, Map<String, Map<String, String>>> byUnit(List<Map<String, String>> rows) {
    if (rows == stocks && unitsCache != null) {
      return unitsCache;
    }
    Map<String, Map<String, Map<String, String>>> units = new LinkedHashMap<>();
    for (Map<String, String> row : rows) {
      units
          .computeIfAbsent(row.get("layer") + "/" + row.get("unit"), k -> new LinkedHashMap<>())
          .put(row.get("group"), row);
    }
    if (rows == stocks) {
      unitsCache = units;
    }
    return units;
  }

  private static String figure(BigDecimal value) {
    return nl.saldo.core.output.CsvWriter.cell(value);
  }

  /**
   * The intruder against cell suppression (min_cell): every additive relation of the published
   * tables (groups and total, start/end/change, in/out/net, municipalities into their region, area
   * type, province and the study, urbanity classes into their area type and the study, an od pair's
   * groups, components' rows and their stocks columns) in which exactly one cell is empty gives
   * that cell by subtraction, as an interval (each published count is its exact value ± base/2); a
   * cell so found counts as known for the next round, until nothing more follows. Returns cell
   * ("table/layer/unit/group/column") → {low, high}.
   */
  Map<String, long[]> isolateSuppressed(Path run) throws IOException {
    Map<String, Long> value = new LinkedHashMap<>();
    Map<String, Long> slack = new HashMap<>();
    List<Map<String, Integer>> relations = new ArrayList<>();
    cells("stocks", stocks, List.of("pop_start", "pop_end", "change"), value);
    cells("migration", migration, List.of("in_movers", "out_movers", "net"), value);
    cells("od", od, List.of("moves"), value);
    List<String> componentColumns =
        List.of(
            "pop_start",
            "pop_end",
            "change",
            "moved_in",
            "moved_out",
            "born",
            "arrived",
            "left",
            "stayers_into_group",
            "stayers_out_of_group");
    List<Map<String, String>> components =
        Files.exists(run.resolve("components.csv"))
            ? read(run.resolve("components.csv"))
            : List.of();
    cells("components", components, componentColumns, value);
    Set<String> units = new LinkedHashSet<>();
    for (String key : value.keySet()) {
      units.add(key.substring(0, key.lastIndexOf('/', key.lastIndexOf('/') - 1)));
    }
    List<String> fiveGroups = BASE_GROUPS;
    for (String unit : units) {
      String table = unit.substring(0, unit.indexOf('/'));
      List<String> columns =
          switch (table) {
            case "stocks" -> List.of("pop_start", "pop_end", "change");
            case "migration" -> List.of("in_movers", "out_movers", "net");
            case "od" -> List.of("moves");
            default -> componentColumns;
          };
      List<String> groups =
          table.equals("stocks") || table.equals("components")
              ? fiveGroups
              : List.of("lt101", "101_150", "ge150", "student");
      for (String column : columns) {
        if (column.startsWith("stayers")) {
          continue;
        }
        relations.add(sum(unit, column, "lower", List.of("lt101", "101_150")));
        relations.add(sum(unit, column, "higher_incl_students", List.of("ge150", "student")));
        relations.add(sum(unit, column, "total", groups));
        List<String> halves = new ArrayList<>(List.of("lower", "higher_incl_students"));
        if (groups.contains("other")) {
          halves.add("other");
        }
        relations.add(sum(unit, column, "total", halves));
      }
      for (String group :
          List.of(
              "lt101",
              "101_150",
              "ge150",
              "student",
              "other",
              "lower",
              "higher_incl_students",
              "total")) {
        String row = unit + "/" + group + "/";
        if (table.equals("stocks") || table.equals("components")) {
          relations.add(Map.of(row + "pop_end", 1, row + "pop_start", -1, row + "change", -1));
        }
        if (table.equals("migration")) {
          relations.add(Map.of(row + "in_movers", 1, row + "out_movers", -1, row + "net", -1));
        }
        if (table.equals("components")) {
          String stock = "stocks" + row.substring("components".length());
          for (String column : List.of("pop_start", "pop_end", "change")) {
            relations.add(Map.of(row + column, 1, stock + column, -1));
          }
          Map<String, Integer> parts = new LinkedHashMap<>();
          parts.put(row + "change", -1);
          int[] signs = {1, -1, 1, 1, -1, 1, -1};
          for (int i = 0; i < 7; i++) {
            parts.put(row + componentColumns.get(3 + i), signs[i]);
          }
          relations.add(parts);
        }
      }
    }
    // units of a layer into a coarser one (public geography), per table, group and column
    Map<String, List<String>> members = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, String>> g : geography.entrySet()) {
      for (String layer : List.of("region", "area_type", "province")) {
        members
            .computeIfAbsent(layer + "/" + g.getValue().get(layer), k -> new ArrayList<>())
            .add("gemeente/" + g.getKey());
      }
      members.computeIfAbsent("study/study", k -> new ArrayList<>()).add("gemeente/" + g.getKey());
    }
    for (String layer : List.of("region", "area_type", "province")) {
      Set<String> of = new LinkedHashSet<>();
      geography.values().forEach(g -> of.add(layer + "/" + g.get(layer)));
      members.put("study/study#" + layer, new ArrayList<>(of));
    }
    for (String unit : units) {
      if (unit.startsWith("stocks/urbanity/")
          || unit.startsWith("migration/urbanity/")
          || unit.startsWith("components/urbanity/")) {
        String code = unit.substring(unit.indexOf("urbanity/") + "urbanity/".length());
        String areaType = code.substring(0, code.lastIndexOf('|'));
        members
            .computeIfAbsent("area_type/" + areaType + "#u", k -> new ArrayList<>())
            .add("urbanity/" + code);
        members.computeIfAbsent("study/study#u", k -> new ArrayList<>()).add("urbanity/" + code);
      }
    }
    Map<String, List<String>> additive =
        Map.of(
            "stocks", List.of("pop_start", "pop_end", "change"),
            "migration", List.of("net"),
            "components", List.of("pop_start", "pop_end", "change", "born", "arrived", "left"));
    for (Map.Entry<String, List<String>> table : additive.entrySet()) {
      for (Map.Entry<String, List<String>> whole : members.entrySet()) {
        String coarse = whole.getKey().split("#")[0];
        Set<String> parts = new LinkedHashSet<>(whole.getValue());
        for (String group :
            List.of(
                "lt101",
                "101_150",
                "ge150",
                "student",
                "other",
                "lower",
                "higher_incl_students",
                "total")) {
          for (String column : table.getValue()) {
            Map<String, Integer> relation = new LinkedHashMap<>();
            relation.put(table.getKey() + "/" + coarse + "/" + group + "/" + column, 1);
            for (String part : parts) {
              relation.put(table.getKey() + "/" + part + "/" + group + "/" + column, -1);
            }
            relations.add(relation);
          }
        }
      }
    }
    Map<String, long[]> isolated = new LinkedHashMap<>();
    value.forEach((key, v) -> slack.put(key, v == null ? null : base / 2));
    boolean more = true;
    while (more) {
      more = false;
      for (Map<String, Integer> relation : relations) {
        String open = null;
        int unknown = 0;
        long sum = 0;
        long width = 0;
        boolean complete = relation.keySet().stream().allMatch(value::containsKey);
        for (Map.Entry<String, Integer> cell : relation.entrySet()) {
          if (!complete) {
            break; // a layer or row that is not published: no equation
          }
          Long v = value.get(cell.getKey());
          if (v == null) {
            unknown++;
            open = cell.getKey();
          } else {
            sum += cell.getValue() * v;
            width += slack.get(cell.getKey());
          }
        }
        if (complete && unknown == 1) {
          long estimate = -sum * relation.get(open);
          value.put(open, estimate);
          slack.put(open, width);
          isolated.put(open, new long[] {estimate - width, estimate + width});
          more = true;
        }
      }
    }
    return isolated;
  }

  private static void cells(
      String table, List<Map<String, String>> rows, List<String> columns, Map<String, Long> into) {
    for (Map<String, String> row : rows) {
      String unit =
          table.equals("od") ? row.get("origin") + ">" + row.get("destination") : row.get("unit");
      for (String column : columns) {
        String cell = row.get(column);
        into.put(
            table + "/" + row.get("layer") + "/" + unit + "/" + row.get("group") + "/" + column,
            cell.isEmpty() ? null : Long.parseLong(cell));
      }
    }
  }

  private static Map<String, Integer> sum(
      String unit, String column, String total, List<String> groups) {
    Map<String, Integer> relation = new LinkedHashMap<>();
    relation.put(unit + "/" + total + "/" + column, 1);
    for (String group : groups) {
      relation.put(unit + "/" + group + "/" + column, -1);
    }
    return relation;
  }

  static List<Map<String, String>> read(Path csv) throws IOException {
    CsvReader.Table table = CsvReader.read(csv, csv.toString());
    List<String> header = table.header();
    List<Map<String, String>> rows = new ArrayList<>();
    for (CsvReader.Row line : table.rows()) {
      List<String> fields = line.values();
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), fields.get(i));
      }
      rows.add(row);
    }
    return rows;
  }
}
