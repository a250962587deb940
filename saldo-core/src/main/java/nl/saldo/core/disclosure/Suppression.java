package nl.saldo.core.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;

/**
 * Primary and secondary cell suppression ({@code disclosure.min_cell}, docs/disclosure.md).
 *
 * <p>Primary: a count of persons or moves whose unrounded value is 1 … min_cell − 1 (a true 0 is
 * kept: structural, as in ACRO's default). A net or change is a difference, not a count of persons:
 * it is never primary, only secondary. Secondary: every additive relation of the tables (groups of
 * a unit and its total, start/end/change, in/out/net, units of a layer and the unit of a coarser
 * layer that contains them, an od pair's groups, a component row, the stocks columns repeated in
 * components.csv) with exactly one suppressed cell gets its smallest other non-zero cell (by
 * unrounded absolute value; a zero only when no other is left) suppressed too, repeated until no
 * relation has exactly one. This is the classic heuristic, not τ-ARGUS's optimal modular method: it
 * prevents recovery by one subtraction, not by combining relations.
 */
final class Suppression {
  /** One suppressed cell of a table, with why. */
  record Cell(Mart mart, int row, String column, String reason) {}

  private static final List<String> STOCK_GROUPS =
      List.of("lt101", "101_150", "ge150", "student", "other");
  private static final List<String> MOVER_GROUPS = List.of("lt101", "101_150", "ge150", "student");
  private static final Set<String> NOT_PRIMARY = Set.of("net", "change");

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
  private final List<long[]> values = new ArrayList<>();
  private final List<Mart> cellMart = new ArrayList<>();
  private final List<Integer> cellRow = new ArrayList<>();
  private final List<String> cellColumn = new ArrayList<>();
  private final Map<Mart, Map<List<Object>, Map<String, Integer>>> ids = new HashMap<>();
  private final List<int[]> relations = new ArrayList<>();

  /**
   * @param geography per gemeente code, its unit in the gemeente-based layers (region, area_type,
   *     province, study)
   */
  private Suppression(Map<Mart, Table> tables, Map<String, Map<String, String>> geography) {
    this.tables = tables;
    this.geography = geography;
  }

  /** The suppressed cells of the unrounded {@code tables}, primary first, in a stable order. */
  static List<Cell> cells(
      Map<Mart, Table> tables, Map<String, Map<String, String>> geography, long minCell) {
    return new Suppression(tables, geography).run(minCell);
  }

  private List<Cell> run(long minCell) {
    for (Mart mart : List.of(Mart.STOCKS, Mart.MIGRATION, Mart.OD, Mart.COMPONENTS)) {
      index(mart);
    }
    relations();
    int n = values.size();
    BitSet primary = new BitSet(n);
    for (int id = 0; id < n; id++) {
      long value = Math.abs(values.get(id)[0]);
      if (!NOT_PRIMARY.contains(cellColumn.get(id)) && value > 0 && value < minCell) {
        primary.set(id);
      }
    }
    BitSet suppressed = (BitSet) primary.clone();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int[] relation : relations) {
        int open = -1;
        int count = 0;
        for (int id : relation) {
          if (suppressed.get(id)) {
            count++;
          }
        }
        if (count != 1) {
          continue;
        }
        for (int id : relation) {
          if (!suppressed.get(id) && (open < 0 || smaller(id, open))) {
            open = id;
          }
        }
        if (open >= 0) {
          suppressed.set(open);
          changed = true;
        }
      }
    }
    List<Cell> cells = new ArrayList<>();
    for (int id = suppressed.nextSetBit(0); id >= 0; id = suppressed.nextSetBit(id + 1)) {
      cells.add(
          new Cell(
              cellMart.get(id),
              cellRow.get(id),
              cellColumn.get(id),
              primary.get(id) ? "primary" : "secondary"));
    }
    return cells;
  }

  /** Non-zero before zero, then the smaller absolute value, then the earlier cell. */
  private boolean smaller(int a, int b) {
    long va = Math.abs(values.get(a)[0]);
    long vb = Math.abs(values.get(b)[0]);
    if ((va == 0) != (vb == 0)) {
      return va != 0;
    }
    return va != vb ? va < vb : a < b;
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
    Map<String, Map<String, String>> units = new LinkedHashMap<>(geography);
    List<String> layers = List.of("gemeente", "region", "area_type", "province", "study");
    // unit of each gemeente in every gemeente-based layer, the gemeente layer included
    Map<String, Map<String, String>> of = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, String>> gemeente : units.entrySet()) {
      Map<String, String> in = new HashMap<>(gemeente.getValue());
      in.put("gemeente", gemeente.getKey());
      in.put("study", "study");
      of.put(gemeente.getKey(), in);
    }
    List<String> allGroups = new ArrayList<>(groups);
    allGroups.addAll(List.of("lower", "higher_incl_students", "total"));
    for (String fine : layers) {
      for (String coarse : layers) {
        if (fine.equals(coarse) || !nested(of, fine, coarse)) {
          continue;
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Map<String, String> in : of.values()) {
          List<String> list = members.computeIfAbsent(in.get(coarse), k -> new ArrayList<>());
          if (!list.contains(in.get(fine))) {
            list.add(in.get(fine));
          }
        }
        for (Map.Entry<String, List<String>> member : members.entrySet()) {
          sum(mart, allGroups, coarse, member.getKey(), fine, member.getValue());
        }
      }
    }
    // urbanity units (area type|class) add up to their area type and to the study
    Map<String, List<String>> urbanity = new LinkedHashMap<>();
    for (List<Object> key : ids.get(mart).keySet()) {
      if ("urbanity".equals(key.get(0)) && key.get(1) instanceof String unit) {
        String areaType = unit.contains("|") ? unit.substring(0, unit.lastIndexOf('|')) : unit;
        List<String> list = urbanity.computeIfAbsent(areaType, k -> new ArrayList<>());
        if (!list.contains(unit)) {
          list.add(unit);
        }
        List<String> study = urbanity.computeIfAbsent("\0study", k -> new ArrayList<>());
        if (!study.contains(unit)) {
          study.add(unit);
        }
      }
    }
    for (Map.Entry<String, List<String>> member : urbanity.entrySet()) {
      if (member.getKey().equals("\0study")) {
        sum(mart, allGroups, "study", "study", "urbanity", member.getValue());
      } else {
        sum(mart, allGroups, "area_type", member.getKey(), "urbanity", member.getValue());
      }
    }
  }

  private static boolean nested(Map<String, Map<String, String>> of, String fine, String coarse) {
    Map<String, String> parent = new HashMap<>();
    for (Map<String, String> in : of.values()) {
      if (in.get(fine) == null || in.get(coarse) == null) {
        return false;
      }
      String before = parent.putIfAbsent(in.get(fine), in.get(coarse));
      if (before != null && !before.equals(in.get(coarse))) {
        return false;
      }
    }
    return !of.isEmpty();
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
