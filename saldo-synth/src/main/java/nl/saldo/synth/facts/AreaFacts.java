package nl.saldo.synth.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real-world facts the generator is shaped by: every municipality of 2018 and the persons who
 * moved between pairs of municipalities in 2018 (at least the pairs with a study municipality).
 */
public final class AreaFacts {
  private final List<Municipality> municipalities;
  private final Map<String, Integer> indexByCode = new HashMap<>();
  private final Map<Long, Integer> moves2018 = new HashMap<>();

  public AreaFacts(List<Municipality> municipalities) {
    this.municipalities = List.copyOf(municipalities);
    for (int i = 0; i < municipalities.size(); i++) {
      indexByCode.put(municipalities.get(i).gemeenteCode(), i);
    }
  }

  public List<Municipality> municipalities() {
    return municipalities;
  }

  public int indexOf(String gemeenteCode) {
    Integer index = indexByCode.get(gemeenteCode);
    if (index == null) {
      throw new IllegalArgumentException("unknown municipality " + gemeenteCode);
    }
    return index;
  }

  public boolean contains(String gemeenteCode) {
    return indexByCode.containsKey(gemeenteCode);
  }

  public void addMoves(int origin, int destination, int migrants) {
    if (migrants > 0 && origin != destination) {
      moves2018.merge(key(origin, destination), migrants, Integer::sum);
    }
  }

  /** Persons who moved from origin to destination municipality in 2018 (0 when unknown). */
  public int moves2018(int origin, int destination) {
    return moves2018.getOrDefault(key(origin, destination), 0);
  }

  public Map<Long, Integer> allMoves() {
    return moves2018;
  }

  public static int originOf(long key) {
    return (int) (key >>> 32);
  }

  public static int destinationOf(long key) {
    return (int) key;
  }

  private static long key(int origin, int destination) {
    return ((long) origin << 32) | destination;
  }
}
