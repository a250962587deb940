package nl.saldo.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Municipal boundaries for the map: a GeoJSON FeatureCollection or a TopoJSON topology whose
 * features carry the gemeente code in one of the usual properties (statcode, gemeente_code,
 * GM_CODE, code). The result always has a property {@code code} (e.g. GM0014) and {@code name}.
 */
final class Boundaries {
  private static final List<String> CODE_KEYS =
      List.of("statcode", "gemeente_code", "GM_CODE", "gm_code", "code", "id");
  private static final List<String> NAME_KEYS =
      List.of("statnaam", "gemeente_name", "GM_NAAM", "gm_naam", "name");

  static final String BUNDLED = "geo/gemeente_2018_wgs84.topojson";

  /** How the bundled boundaries are credited wherever they are drawn. */
  static final String BUNDLED_SOURCE =
      "CBS/PDOK, Gemeentegrenzen 2018 (gegeneraliseerd), CC BY 4.0";

  private Boundaries() {}

  static ObjectNode read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ReportException("boundary file " + file + " does not exist");
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new ReportException(
          "boundary file " + file + " is not valid JSON: " + e.getMessage(), e);
    }
    return of(root, file);
  }

  /**
   * The municipalities of 1 January 2018 bundled with saldo (CBS/PDOK cbs_gemeente_2018
   * gegeneraliseerd, CC BY 4.0; geo/ATTRIBUTION.md), as GeoJSON with code and name.
   */
  static ObjectNode bundled() {
    try (java.io.InputStream in = Boundaries.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUNDLED);
      }
      return of(new ObjectMapper().readTree(in), Path.of(BUNDLED));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled " + BUNDLED, e);
    }
  }

  private static ObjectNode of(JsonNode root, Path file) {
    String type = root.path("type").asText();
    ObjectNode geo =
        switch (type) {
          case "Topology" -> TopoJson.toGeoJson(root, file.toString());
          case "FeatureCollection" -> (ObjectNode) root;
          default ->
              throw new ReportException(
                  "boundary file "
                      + file
                      + ": type is '"
                      + type
                      + "', expected a GeoJSON FeatureCollection or a TopoJSON Topology");
        };
    for (JsonNode feature : geo.path("features")) {
      label((ObjectNode) feature.path("properties"), file);
    }
    return geo;
  }

  private static void label(ObjectNode properties, Path file) {
    String code = first(properties, CODE_KEYS);
    if (code == null) {
      throw new ReportException(
          "boundary file "
              + file
              + ": a feature has none of the properties "
              + CODE_KEYS
              + " holding its gemeente code (e.g. GM0014)");
    }
    if (code.matches("\\d{1,4}")) {
      code = String.format("GM%04d", Integer.parseInt(code));
    }
    String name = first(properties, NAME_KEYS);
    properties.removeAll();
    properties.put("code", code);
    properties.put("name", name == null ? code : name);
  }

  private static String first(JsonNode properties, List<String> keys) {
    for (String key : keys) {
      JsonNode value = properties.get(key);
      if (value != null && !value.isNull() && !value.asText().isBlank()) {
        return value.asText().trim();
      }
    }
    return null;
  }
}
