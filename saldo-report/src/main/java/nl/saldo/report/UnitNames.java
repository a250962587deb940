package nl.saldo.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The display names of a run's layers and units in one language, as the study writes them
 * (names.csv beside the tables: layer, unit, lang, name, in_text; a row without unit names the
 * layer). {@code name} heads a table or chart ("Krimpgebieden"), {@code inText} goes inside a
 * sentence ("in de krimpgebieden"); the file's order is the study's order of the units. Without a
 * file, or for a unit it does not list, the code of the tables stays; an urbanity unit ({@code
 * krimp|3}, "krimp matig stedelijk") takes its area type's name.
 */
final class UnitNames {
  static final String FILE = "names.csv";
  private static final List<String> COLUMNS = List.of("layer", "unit", "lang", "name", "in_text");
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, String> inText = new HashMap<>();
  private final Map<String, Integer> order = new HashMap<>();

  /** The words of the language, for the urbanity classes ("moderately urbanised"). */
  private final Texts texts;

  private UnitNames(String lang) {
    this.texts = Texts.of(lang);
  }

  static UnitNames none() {
    return new UnitNames("nl");
  }

  static UnitNames read(Path runDir, String lang) {
    UnitNames result = new UnitNames(lang == null ? "nl" : lang);
    Path file = runDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return result;
    }
    for (CsvTable.Row row : CsvTable.read(file, COLUMNS).rows()) {
      String key = key(row.text("layer").trim(), row.text("unit").trim());
      result.order.putIfAbsent(key, result.order.size());
      if (row.text("lang").trim().equals(lang)) {
        String name = row.text("name").trim();
        String text = row.text("in_text").trim();
        result.names.put(key, name);
        result.inText.put(key, text.isEmpty() ? name : text);
      }
    }
    return result;
  }

  private static String key(String layer, String unit) {
    return layer + '\u0000' + unit;
  }

  /** The layer's name from the file, or null when it has none. */
  String layer(String layer) {
    return names.get(key(layer, ""));
  }

  /** The unit's display name; {@code fallback} (unit_name of the tables) when none is known. */
  String name(String layer, String unit, String fallback) {
    String name = names.get(key(layer, unit));
    if (name != null) {
      return name;
    }
    String[] urbanity = urbanity(layer, unit, fallback);
    if (urbanity != null && names.containsKey(key("area_type", urbanity[0]))) {
      return names.get(key("area_type", urbanity[0])) + ", " + urbanity[1];
    }
    return fallback;
  }

  /** The unit's name inside a sentence ("de Veenkoloniën"); the display name when none is known. */
  String inText(String layer, String unit, String fallback) {
    String text = inText.get(key(layer, unit));
    if (text != null) {
      return text;
    }
    String[] urbanity = urbanity(layer, unit, fallback);
    if (urbanity != null && inText.containsKey(key("area_type", urbanity[0]))) {
      return inText.get(key("area_type", urbanity[0])) + ", " + urbanity[1];
    }
    return name(layer, unit, fallback);
  }

  /** {area type, urbanity class name} of an urbanity unit, or null. */
  private String[] urbanity(String layer, String unit, String fallback) {
    int bar = unit.indexOf('|');
    if (!layer.equals("urbanity") || bar < 0) {
      return null;
    }
    String type = unit.substring(0, bar);
    String className =
        fallback.startsWith(type + " ") ? fallback.substring(type.length() + 1) : fallback;
    String classKey = "urbanity.class." + unit.substring(bar + 1);
    if (texts.has(classKey)) {
      className = texts.get(classKey); // CBS's words for the class in the report's language
    }
    return new String[] {type, className};
  }

  /** The place of a unit in the study's order; units the file does not list come after. */
  int order(String layer, String unit) {
    Integer place = order.get(key(layer, unit));
    if (place == null && layer.equals("urbanity") && unit.indexOf('|') > 0) {
      place = order.get(key("area_type", unit.substring(0, unit.indexOf('|'))));
    }
    return place == null ? Integer.MAX_VALUE : place;
  }
}
