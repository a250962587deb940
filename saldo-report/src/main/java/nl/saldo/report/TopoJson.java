package nl.saldo.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a TopoJSON topology (shared, optionally quantised and delta-encoded arcs) into a GeoJSON
 * FeatureCollection of its first object, the form the charts library draws.
 */
final class TopoJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final List<List<double[]>> arcs = new ArrayList<>();

  private TopoJson(JsonNode topology) {
    JsonNode transform = topology.path("transform");
    double[] scale = pair(transform.path("scale"), 1);
    double[] translate = pair(transform.path("translate"), 0);
    boolean quantised = transform.isObject();
    for (JsonNode arc : topology.path("arcs")) {
      List<double[]> points = new ArrayList<>();
      double x = 0;
      double y = 0;
      for (JsonNode point : arc) {
        if (quantised) {
          x += point.get(0).asDouble();
          y += point.get(1).asDouble();
          points.add(new double[] {x * scale[0] + translate[0], y * scale[1] + translate[1]});
        } else {
          points.add(new double[] {point.get(0).asDouble(), point.get(1).asDouble()});
        }
      }
      arcs.add(points);
    }
  }

  static ObjectNode toGeoJson(JsonNode topology, String source) {
    JsonNode objects = topology.path("objects");
    if (!objects.isObject() || objects.size() == 0) {
      throw new ReportException(source + ": TopoJSON without objects");
    }
    JsonNode collection = objects.elements().next();
    TopoJson topo = new TopoJson(topology);
    ArrayNode features = JSON.arrayNode();
    for (JsonNode geometry : collection.path("geometries")) {
      ObjectNode feature = features.addObject();
      feature.put("type", "Feature");
      feature.set("properties", geometry.path("properties").deepCopy());
      feature.set("geometry", topo.geometry(geometry));
    }
    ObjectNode result = JSON.objectNode();
    result.put("type", "FeatureCollection");
    result.set("features", features);
    return result;
  }

  private ObjectNode geometry(JsonNode geometry) {
    ObjectNode out = JSON.objectNode();
    String type = geometry.path("type").asText();
    out.put("type", type);
    ArrayNode coordinates = out.putArray("coordinates");
    if ("Polygon".equals(type)) {
      polygon(geometry.path("arcs"), coordinates.addArray());
      out.set("coordinates", coordinates.get(0));
    } else if ("MultiPolygon".equals(type)) {
      for (JsonNode polygon : geometry.path("arcs")) {
        polygon(polygon, coordinates.addArray());
      }
    } else {
      throw new ReportException(
          "TopoJSON geometry of type '"
              + type
              + "' is not supported, expected Polygon or MultiPolygon");
    }
    return out;
  }

  private void polygon(JsonNode rings, ArrayNode out) {
    for (JsonNode ring : rings) {
      ArrayNode points = out.addArray();
      for (JsonNode index : ring) {
        int i = index.asInt();
        List<double[]> arc = arcs.get(i >= 0 ? i : ~i);
        List<double[]> ordered = new ArrayList<>(arc);
        if (i < 0) {
          java.util.Collections.reverse(ordered);
        }
        // consecutive arcs share their end point: skip it except for the first arc
        for (int p = points.isEmpty() ? 0 : 1; p < ordered.size(); p++) {
          points.addArray().add(round(ordered.get(p)[0])).add(round(ordered.get(p)[1]));
        }
      }
    }
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e5) / 1e5;
  }

  private static double[] pair(JsonNode node, double fallback) {
    return node.size() == 2
        ? new double[] {node.get(0).asDouble(), node.get(1).asDouble()}
        : new double[] {fallback, fallback};
  }
}
