package nl.saldo.core.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;

/**
 * The count cells of the tables, numbered (a cell's id indexes {@link #values}, {@link #cellMart},
 * {@link #cellRow} and {@link #cellColumn}), and every additive relation among them that {@link
 * Suppression} keeps from having exactly one suppressed cell: groups of a unit and its total,
 * start/end/change, in/out/net, units of a layer and the unit of a coarser layer that contains
 * them, an od pair's groups, a component row, the stocks columns repeated in components.csv. A
 * relation is the ids of its cells, at least two.
 */
final class CellRelations {
  private static final List<String> STOCK_GROUPS =
      List.of("lt101", "101_150", "ge150", "student", "other");
  private static final List<String> MOVER_GROUPS = List.of("lt101", "101_150", "ge150", "student");

  /** Columns that add up over the units of a layer (persons at one date, or a net). */
  private static final Map<Mart, List<String>> ACROSS_UNITS =
      Map.of(
          Mart.STOCKS, List.of("pop_start", "pop_end", "change"),
          Mart.MIGRATION, List.of("net"),
          Mart.COMPONENTS, List.of("pop_start", "pop_end", "change", "born", "arrived", "left"));

  /** Component columns that add up over groups (not the stayers, who change group). */
  private static final List<String> COMPONENT_GROUP_COLUMNS =
      List.of("pop_start", "pop_end", "change", "moved_in", "moved_out", "born", "arrived", "left");

  private final Map<Mart, Table> tables;
  private final Map<String, Map<String, String>> geography;
  final List<long[]> values = new ArrayList<>();
  final List<Mart> cellMart = new ArrayList<>();
  final List<Integer> cellRow = new ArrayList<>();
  final List<String> cellColumn = new ArrayList<>();
  private final Map<Mart, Map<List<Object>, Map<String, Integer>>> ids = new HashMap<>();
  final List<int[]> relations = new ArrayList<>();

  /**
   * @param geography per gemeente code, its unit in the gemeente-based layers (region, area_type,
   *     province, study)
   */
  CellRelations(Map<Mart, Table> tables, Map<String, Map<String, String>> geography) {
    this.tables = tables;
    this.geography = geography;
    for (Mart mart : List.of(Mart.STOCKS, Mart.MIGRATION, Mart.OD, Mart.COMPONENTS)) {
      index(mart);
    }
    relations();
  }

  private void index(Mart mart) {
    Table table = tables.get(mart);
    Map<List<Object>, Map<String, Integer>> byKey = new LinkedHashMap<>();
    List<String> keys =
        mart == Mart.OD
            ? List.of("layer", "origin", "destination", "group")
            : List.of("layer", "unit", "group");
    for (int r = 0; r < table.rows().size(); r++) {
      List<Object> row = table.rows().get(r);
      List<Object> key = new ArrayList<>();
      for (String column : keys) {
        key.add(row.get(table.index(column)));
      }
      Map<String, Integer> cells = new LinkedHashMap<>();
      for (String column : table.columns()) {
        Object value = row.get(table.index(column));
        if (mart.isCount(column) && value != null) {
          cells.put(column, values.size());
          values.add(new long[] {((Number) value).longValue()});
          cellMart.add(mart);
          cellRow.add(r);
          cellColumn.add(column);
        }
      }
      byKey.put(key, cells);
    }
    ids.put(mart, byKey);
  }

  private void relations() {
    for (Mart mart : List.of(Mart.STOCKS, Mart.MIGRATION, Mart.OD, Mart.COMPONENTS)) {
      List<String> groups =
          mart == Mart.STOCKS || mart == Mart.COMPONENTS ? STOCK_GROUPS : MOVER_GROUPS;
      for (Map.Entry<List<Object>, Map<String, Integer>> entry : ids.get(mart).entrySet()) {
        List<Object> key = entry.getKey();
        Map<String, Integer> row = entry.getValue();
        // within a row
        if (mart == Mart.STOCKS) {
          relation(row, List.of("pop_start", "pop_end", "change"));
        } else if (mart == Mart.MIGRATION) {
          relation(row, List.of("in_movers", "out_movers", "net"));
        } else if (mart == Mart.COMPONENTS) {
          relation(row, List.of("pop_start", "pop_end", "change"));
          relation(
              row,
              List.of(
                  "change",
                  "moved_in",
                  "moved_out",
                  "born",
                  "arrived",
                  "left",
                  "stayers_into_group",
                  "stayers_out_of_group"));
          // the stocks columns repeated: equal cells
          Map<String, Integer> stock = ids.get(Mart.STOCKS).get(key);
          if (stock != null) {
            for (String column : List.of("pop_start", "pop_end", "change")) {
              relation(List.of(row.get(column), stock.get(column)));
            }
          }
        }
        // groups of a unit (or pair): each relation once, from its total row
        if (!"total".equals(key.get(key.size() - 1))) {
          continue;
        }
        List<String> columns =
            mart == Mart.COMPONENTS
                ? COMPONENT_GROUP_COLUMNS
                : tables.get(mart).columns().stream().filter(mart::isCount).toList();
        for (String column : columns) {
          List<String> all = new ArrayList<>(groups);
          all.add("total");
          groupRelation(mart, key, column, List.of("lt101", "101_150", "lower"));
          groupRelation(mart, key, column, List.of("ge150", "student", "higher_incl_students"));
          List<String> halves = new ArrayList<>(List.of("lower", "higher_incl_students"));
          if (groups.contains("other")) {
            halves.add("other");
          }
          halves.add("total");
          groupRelation(mart, key, column, halves);
          groupRelation(mart, key, column, all);
        }
      }
      if (ACROSS_UNITS.containsKey(mart)) {
        acrossUnits(mart, groups);
      }
    }
  }

  private void groupRelation(Mart mart, List<Object> totalKey, String column, List<String> groups) {
    List<Integer> cells = new ArrayList<>();
    for (String group : groups) {
      List<Object> key = new ArrayList<>(totalKey);
      key.set(key.size() - 1, group);
      Map<String, Integer> row = ids.get(mart).get(key);
      if (row != null) {
        cells.add(row.get(column));
      }
    }
    relation(cells);
  }

  /** Units of a finer layer that lie inside one unit of a coarser layer add up to it. */
  private void acrossUnits(Mart mart, List<String> groups) {
    List<String> allGroups = new ArrayList<>(groups);
    allGroups.addAll(List.of("lower", "higher_incl_students", "total"));
    List<LayerNesting.Nest> nests = new ArrayList<>(LayerNesting.ofGemeenten(geography));
    nests.addAll(LayerNesting.ofUrbanity(ids.get(mart).keySet()));
    for (LayerNesting.Nest nest : nests) {
      sum(mart, allGroups, nest.coarse(), nest.unit(), nest.fine(), nest.members());
    }
  }

  private void sum(
      Mart mart,
      List<String> groups,
      String coarse,
      String unit,
      String fine,
      List<String> members) {
    for (String group : groups) {
      Map<String, Integer> whole = ids.get(mart).get(List.of(coarse, unit, group));
      if (whole == null) {
        continue;
      }
      for (String column : ACROSS_UNITS.get(mart)) {
        List<Integer> cells = new ArrayList<>();
        cells.add(whole.get(column));
        for (String member : members) {
          Map<String, Integer> part = ids.get(mart).get(List.of(fine, member, group));
          if (part != null) {
            cells.add(part.get(column));
          }
        }
        relation(cells);
      }
    }
  }

  private void relation(Map<String, Integer> row, List<String> columns) {
    List<Integer> cells = new ArrayList<>();
    for (String column : columns) {
      cells.add(row.get(column));
    }
    relation(cells);
  }

  private void relation(List<Integer> cells) {
    int[] relation = cells.stream().filter(id -> id != null).mapToInt(Integer::intValue).toArray();
    if (relation.length >= 2) {
      relations.add(relation);
    }
  }
}
