package nl.saldo.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.saldo.core.csv.CsvReader;

/**
 * What the map section draws: the municipalities as polygons when the study names a boundary file,
 * otherwise as dots at their centroids (bundled for the municipalities of 1 January 2018, computed
 * from the CBS/PDOK generalised boundaries, CC BY 4.0). Units without a location are listed.
 */
final class MapLayer {
  static final String CENTROIDS = "gemeente_2018_centroids.csv";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private MapLayer() {}

  /**
   * The boundary file to draw: the one given as option, else the one the study names (manifest
   * study.boundaries, as written or relative to the run directory) when it exists.
   */
  static Path boundaries(ReportOptions options, RunTables tables) {
    if (options.boundaries() != null) {
      return options.boundaries();
    }
    String named = tables.manifest().path("study").path("boundaries").asText("");
    if (named.isBlank() || named.equals("null")) {
      return null;
    }
    for (Path candidate : List.of(Path.of(named), tables.runDir().resolve(named))) {
      if (java.nio.file.Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  static ObjectNode of(Map<String, String> gemeenten, Path boundaries) {
    ObjectNode map = JSON.objectNode();
    Set<String> located = Set.of();
    ObjectNode geo = boundaries != null ? Boundaries.read(boundaries) : Boundaries.bundled();
    Set<String> drawn = codes(geo.path("features"));
    boolean any = gemeenten.keySet().stream().anyMatch(drawn::contains);
    if (any) {
      map.put("kind", "polygons");
      map.put(
          "source",
          boundaries != null ? boundaries.getFileName().toString() : Boundaries.BUNDLED_SOURCE);
      map.set("features", geo);
      located = drawn;
    } else {
      Map<String, double[]> centroids = centroids();
      ArrayNode points = map.putArray("points");
      gemeenten.forEach(
          (code, name) -> {
            double[] point = centroids.get(code);
            if (point != null) {
              points
                  .addObject()
                  .put("code", code)
                  .put("name", name)
                  .put("lon", point[0])
                  .put("lat", point[1]);
            }
          });
      // none of the study's municipalities has a boundary (other codes than those of 2018)
      map.put("kind", "dots");
      map.put("source", "CBS/PDOK gemeentegrenzen 2018 (CC BY 4.0), middelpunten");
      located = centroids.keySet();
    }
    Set<String> found = located;
    List<String> missing =
        gemeenten.entrySet().stream()
            .filter(unit -> !found.contains(unit.getKey()))
            .map(unit -> unit.getValue() + " (" + unit.getKey() + ")")
            .collect(Collectors.toList());
    ArrayNode missingNode = map.putArray("missing");
    missing.forEach(missingNode::add);
    return map;
  }

  /**
   * Which unit of each municipal layer every municipality belongs to (members.csv of the run:
   * gemeente_code, layer, unit), so that those layers are drawn from municipal boundaries; empty
   * when the run wrote no such file.
   */
  static ObjectNode members(Path runDir) {
    ObjectNode members = JSON.objectNode();
    Path file = runDir.resolve("members.csv");
    if (!java.nio.file.Files.isRegularFile(file)) {
      return members;
    }
    for (CsvTable.Row row : CsvTable.read(file, List.of("gemeente_code", "layer", "unit")).rows()) {
      ObjectNode layer =
          members.has(row.text("layer"))
              ? (ObjectNode) members.get(row.text("layer"))
              : members.putObject(row.text("layer"));
      layer.put(row.text("gemeente_code"), row.text("unit"));
    }
    return members;
  }

  private static Set<String> codes(JsonNode features) {
    return java.util.stream.StreamSupport.stream(features.spliterator(), false)
        .map(feature -> feature.path("properties").path("code").asText())
        .collect(Collectors.toSet());
  }

  static Map<String, double[]> centroids() {
    Map<String, double[]> centroids = new LinkedHashMap<>();
    try (InputStream in = MapLayer.class.getResourceAsStream(CENTROIDS);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (CsvReader.Row row : CsvReader.read(reader, CENTROIDS).rows()) {
        List<String> fields = row.values();
        centroids.put(
            fields.get(0),
            new double[] {Double.parseDouble(fields.get(2)), Double.parseDouble(fields.get(3))});
      }
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("cannot read bundled " + CENTROIDS, e);
    }
    return centroids;
  }
}
