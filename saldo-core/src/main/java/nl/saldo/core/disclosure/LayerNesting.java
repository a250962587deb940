package nl.saldo.core.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which units of a finer layer lie inside one unit of a coarser layer, and so add up to it. */
final class LayerNesting {
  /**
   * The units {@code members} of layer {@code fine} make up {@code unit} of layer {@code coarse}.
   */
  record Nest(String coarse, String unit, String fine, List<String> members) {}

  private static final List<String> LAYERS =
      List.of("gemeente", "region", "area_type", "province", "study");

  private LayerNesting() {}

  /**
   * The gemeente-based layers inside each other, every pair of layers where each unit of the finer
   * lies in one unit of the coarser.
   *
   * @param geography per gemeente code, its unit in the gemeente-based layers (region, area_type,
   *     province, study)
   */
  static List<Nest> ofGemeenten(Map<String, Map<String, String>> geography) {
    Map<String, Map<String, String>> units = new LinkedHashMap<>(geography);
    // unit of each gemeente in every gemeente-based layer, the gemeente layer included
    Map<String, Map<String, String>> of = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, String>> gemeente : units.entrySet()) {
      Map<String, String> in = new HashMap<>(gemeente.getValue());
      in.put("gemeente", gemeente.getKey());
      in.put("study", "study");
      of.put(gemeente.getKey(), in);
    }
    List<Nest> nests = new ArrayList<>();
    for (String fine : LAYERS) {
      for (String coarse : LAYERS) {
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
          nests.add(new Nest(coarse, member.getKey(), fine, member.getValue()));
        }
      }
    }
    return nests;
  }

  /** Urbanity units (area type|class) inside their area type and inside the study. */
  static List<Nest> ofUrbanity(Iterable<List<Object>> keys) {
    Map<String, List<String>> urbanity = new LinkedHashMap<>();
    for (List<Object> key : keys) {
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
    List<Nest> nests = new ArrayList<>();
    for (Map.Entry<String, List<String>> member : urbanity.entrySet()) {
      if (member.getKey().equals("\0study")) {
        nests.add(new Nest("study", "study", "urbanity", member.getValue()));
      } else {
        nests.add(new Nest("area_type", member.getKey(), "urbanity", member.getValue()));
      }
    }
    return nests;
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
}
