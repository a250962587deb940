package nl.saldo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundariesTest {
  /** The real CBS/PDOK boundaries beside the repository (shared/data), never copied into it. */
  static final Path REAL_TOPOJSON =
      Path.of("..", "..", "shared", "data", "geo", "gemeente_2018_wgs84.topojson");

  @TempDir Path dir;

  @Test
  void decodesQuantisedDeltaEncodedArcsOfATopology() throws IOException {
    // two unit squares side by side sharing the arc x = 1; scale 0.5 and translate (5, 50)
    Path file = dir.resolve("two.topojson");
    Files.writeString(
        file,
        """
        {"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[5,50]},
         "objects":{"gemeenten":{"type":"GeometryCollection","geometries":[
           {"type":"Polygon","arcs":[[0,1]],"properties":{"statcode":"GM0001","statnaam":"West"}},
           {"type":"Polygon","arcs":[[2,-1]],"properties":{"gemeente_code":"2","statnaam":"Oost"}}]}},
         "arcs":[[[2,0],[0,2]],[[2,2],[-2,0],[0,-2],[2,0]],[[2,0],[2,0],[0,2],[-2,0]]]}
        """);
    JsonNode geo = Boundaries.read(file);
    JsonNode west = geo.path("features").get(0);
    assertThat(west.path("properties").path("code").asText()).isEqualTo("GM0001");
    assertThat(west.path("geometry").path("coordinates").get(0).toString())
        .isEqualTo("[[6.0,50.0],[6.0,51.0],[5.0,51.0],[5.0,50.0],[6.0,50.0]]");
    JsonNode east = geo.path("features").get(1);
    assertThat(east.path("properties").path("code").asText()).isEqualTo("GM0002");
    assertThat(east.path("geometry").path("coordinates").get(0).toString())
        .isEqualTo("[[6.0,50.0],[7.0,50.0],[7.0,51.0],[6.0,51.0],[6.0,50.0]]");
  }

  @Test
  void readsTheRealMunicipalitiesOf2018() {
    assumeTrue(Files.exists(REAL_TOPOJSON), "shared/data is not beside the repository");
    JsonNode geo = Boundaries.read(REAL_TOPOJSON);
    assertThat(geo.path("features").size()).isEqualTo(380);
    JsonNode groningen = null;
    for (JsonNode feature : geo.path("features")) {
      if (feature.path("properties").path("code").asText().equals("GM0014")) {
        groningen = feature;
      }
    }
    assertThat(groningen).isNotNull();
    assertThat(groningen.path("properties").path("name").asText()).isEqualTo("Groningen");
    JsonNode first = groningen.path("geometry").path("coordinates").get(0).get(0);
    JsonNode ring =
        first.isArray() && first.get(0).isArray()
            ? first
            : groningen.path("geometry").path("coordinates").get(0);
    assertThat(ring.get(0).get(0).asDouble()).isBetween(6.4, 6.8);
    assertThat(ring.get(0).get(1).asDouble()).isBetween(53.1, 53.35);
  }

  @Test
  void bundledCentroidsLieInTheirMunicipality() {
    Map<String, double[]> centroids = MapLayer.centroids();
    assertThat(centroids).hasSize(380);
    assertThat(centroids.get("GM0080")[0]).isBetween(5.6, 6.0);
    assertThat(centroids.get("GM0080")[1]).isBetween(53.1, 53.3);
  }

  @Test
  void aFeatureWithoutCodeIsNamed() throws IOException {
    Path file = dir.resolve("bad.geojson");
    Files.writeString(
        file,
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"naam\":\"x\"},\"geometry\":null}]}");
    assertThatThrownBy(() -> Boundaries.read(file))
        .hasMessageContaining(
            "bad.geojson: a feature has none of the properties [statcode, gemeente_code, GM_CODE, gm_code, code, id]");
  }
}
