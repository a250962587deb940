package nl.saldo.synth.out;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.saldo.synth.area.Geography;

/**
 * The Veenkoloniën overlay (report §3): the peat colonies east of the Hondsrug up to the line
 * Winschoten-Bourtange, with Veendam and Stadskanaal. Whole municipalities where the area covers
 * them, and the first buurten (by code) of the municipalities it crosses, in the share of the
 * municipality that lies in it (about 195,000 inhabitants in 2011, as in the report).
 */
final class Veenkolonien {
  private static final Map<String, Double> SHARE =
      Map.of(
          "GM0047", 1.0, // Veendam
          "GM0765", 1.0, // Pekela
          "GM0037", 1.0, // Stadskanaal
          "GM1952", 0.62, // Midden-Groningen: Hoogezand-Sappemeer, Menterwolde
          "GM1895", 0.42, // Oldambt: south of Winschoten
          "GM1681", 0.6, // Borger-Odoorn: the monden
          "GM0114", 0.3, // Emmen: the northern peat villages
          "GM1680", 0.3, // Aa en Hunze: Gasselternijveen, Annerveenschekanaal
          "GM1950", 0.35); // Westerwolde: west of Bourtange

  private Veenkolonien() {}

  static List<String> buurtCodes(Geography geography) {
    List<String> codes = new ArrayList<>();
    for (int m = 0; m < geography.facts().municipalities().size(); m++) {
      Double share = SHARE.get(geography.facts().municipalities().get(m).gemeenteCode());
      if (share == null) {
        continue;
      }
      int[] own = geography.buurtenOf(m);
      int count = (int) Math.ceil(share * own.length);
      for (int i = 0; i < count; i++) {
        codes.add(geography.buurt(own[i]).buurtCode());
      }
    }
    return codes;
  }
}
