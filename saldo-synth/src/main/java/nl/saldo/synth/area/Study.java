package nl.saldo.synth.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.saldo.core.study.BundledStudies;
import nl.saldo.synth.facts.CsvFields;

/**
 * A bundled study: its municipalities (same content as saldo-core's study resource) and the
 * calibration targets per node. A node is a region of the report, or the area type {@code overig}
 * for the three "Overig" regions, which the report only describes together.
 */
public final class Study {
  public static final String OVERIG = "overig";
  private final String name;
  private final Map<String, StudyMunicipality> municipalities = new LinkedHashMap<>();
  private final List<NodeTargets> nodes = new ArrayList<>();

  private Study(String name) {
    this.name = name;
  }

  public static Study load(String name) {
    Study study = new Study(name);
    try {
      for (CsvFields.Row row : bundledGemeenten(name)) {
        study.municipalities.put(
            row.get("gemeente_code"),
            new StudyMunicipality(
                row.get("gemeente_code"),
                row.get("gemeente_name"),
                row.get("province"),
                row.get("region"),
                row.get("area_type")));
      }
      for (CsvFields.Row row : resource(name, "targets.csv")) {
        study.nodes.add(NodeTargets.from(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return study;
  }

  /** The study's municipalities, as saldo run reads them: the bundled study of saldo-core. */
  private static List<CsvFields.Row> bundledGemeenten(String study) throws IOException {
    if (!BundledStudies.exists(study)) {
      throw new IllegalArgumentException(
          "unknown study '" + study + "'; known: " + String.join(", ", BundledStudies.names()));
    }
    try (InputStream in = BundledStudies.open(study, "gemeenten.csv")) {
      return CsvFields.read(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
          "bundled study " + study + ": gemeenten.csv");
    }
  }

  private static List<CsvFields.Row> resource(String study, String file) throws IOException {
    String path = "/nl/saldo/synth/" + study + "/" + file;
    try (InputStream in = Study.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "unknown study '" + study + "': no resource " + path + "; known: noord-nederland-2018");
      }
      return CsvFields.read(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), path);
    }
  }

  public String name() {
    return name;
  }

  public Map<String, StudyMunicipality> municipalities() {
    return municipalities;
  }

  public List<NodeTargets> nodes() {
    return nodes;
  }

  /** Area type of a node (krimp, anticipeer, overig, provinciehoofdstad). */
  public String areaTypeOf(int node) {
    for (StudyMunicipality m : municipalities.values()) {
      if (nodeOf(m.gemeenteCode()) == node) {
        return m.areaType();
      }
    }
    throw new IllegalArgumentException("node " + node + " has no municipality");
  }

  /** Node index of a study municipality, or -1 for the rest of the country. */
  public int nodeOf(String gemeenteCode) {
    StudyMunicipality m = municipalities.get(gemeenteCode);
    if (m == null) {
      return -1;
    }
    String node = OVERIG.equals(m.areaType()) ? OVERIG : m.region();
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).node().equals(node)) {
        return i;
      }
    }
    throw new IllegalStateException("no targets for node " + node + " of " + gemeenteCode);
  }
}
