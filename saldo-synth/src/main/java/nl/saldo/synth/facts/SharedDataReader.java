package nl.saldo.synth.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the real public CBS files of a {@code shared/data} directory (see its PROVENANCE.md):
 * municipalities of 2018 with province, KWB 2018 oad and age structure, inhabitants 2012 and 2017
 * mapped to the 2018 division through the RvIG municipality table, and the 2018 moves between
 * municipalities.
 */
public final class SharedDataReader {
  private static final List<String> REQUIRED =
      List.of(
          "areas/gemeenten_2018.csv",
          "areas/rvig_tabel33_gemeententabel.csv",
          "kwb/kwb_2018_gemeente.csv",
          "population/kwb_2012_gemeente_inwoners.csv",
          "population/kwb_2017_gemeente_inwoners.csv",
          "migration/gemeente_verhuizingen_2018.csv");
  private final Path dataDir;

  public SharedDataReader(Path dataDir) {
    this.dataDir = dataDir;
  }

  public AreaFacts read() throws IOException {
    for (String file : REQUIRED) {
      if (!Files.isRegularFile(dataDir.resolve(file))) {
        throw new IOException(
            "--areas-from "
                + dataDir
                + ": missing "
                + file
                + "; expected the layout of shared/data (see its PROVENANCE.md)");
      }
    }
    Map<String, String[]> names = readNames();
    Map<String, CsvFields.Row> kwb = readKwb2018();
    Map<String, String> successors = readSuccessors();
    Map<String, Integer> inhabitants2012 =
        readInhabitants("kwb_2012_gemeente_inwoners.csv", names, successors);
    Map<String, Integer> inhabitants2017 =
        readInhabitants("kwb_2017_gemeente_inwoners.csv", names, successors);
    List<Municipality> municipalities = new ArrayList<>();
    for (Map.Entry<String, String[]> entry : names.entrySet()) {
      String code = entry.getKey();
      CsvFields.Row row = kwb.get(code);
      if (row == null) {
        throw new IOException("kwb/kwb_2018_gemeente.csv: no land row for " + code);
      }
      int in2012 = inhabitants2012.getOrDefault(code, 0);
      int in2017 = inhabitants2017.getOrDefault(code, 0);
      int in2011 = (int) Math.round(in2012 - (in2017 - in2012) / 5.0);
      double[] age = {
        row.number("P_00_14_JR"),
        row.number("P_15_24_JR"),
        row.number("P_25_44_JR"),
        row.number("P_45_64_JR"),
        row.number("P_65_EO_JR")
      };
      municipalities.add(
          new Municipality(
              code,
              entry.getValue()[0],
              entry.getValue()[1],
              in2011,
              in2017,
              (int) row.number("AANT_INW"),
              row.number("OAD"),
              age));
    }
    AreaFacts facts = new AreaFacts(municipalities);
    readMoves(facts);
    return facts;
  }

  private Map<String, String[]> readNames() throws IOException {
    Map<String, String[]> names = new LinkedHashMap<>();
    for (CsvFields.Row row : CsvFields.read(dataDir.resolve("areas/gemeenten_2018.csv"))) {
      names.put(
          row.get("GemeentecodeGM"),
          new String[] {row.get("Gemeentenaam"), row.get("Provincienaam")});
    }
    return names;
  }

  private Map<String, CsvFields.Row> readKwb2018() throws IOException {
    Map<String, CsvFields.Row> rows = new HashMap<>();
    for (CsvFields.Row row : CsvFields.read(dataDir.resolve("kwb/kwb_2018_gemeente.csv"))) {
      if ("NEE".equals(row.get("WATER"))) {
        rows.put(row.get("GM_CODE"), row);
      }
    }
    return rows;
  }

  /** RvIG table 33: municipality code to the code it was merged into (GM-prefixed). */
  private Map<String, String> readSuccessors() throws IOException {
    Map<String, String> successors = new HashMap<>();
    Path file = dataDir.resolve("areas/rvig_tabel33_gemeententabel.csv");
    for (CsvFields.Row row : CsvFields.read(file)) {
      String next = row.get("92.12 Nieuwe code");
      if (!next.isEmpty()) {
        successors.put("GM" + row.get("92.10 Gemeentecode"), "GM" + next);
      }
    }
    return successors;
  }

  private Map<String, Integer> readInhabitants(
      String fileName, Map<String, String[]> names, Map<String, String> successors)
      throws IOException {
    Map<String, Integer> inhabitants = new HashMap<>();
    for (CsvFields.Row row : CsvFields.read(dataDir.resolve("population").resolve(fileName))) {
      String code = row.get("gemeentecode");
      for (int hops = 0;
          !names.containsKey(code) && successors.containsKey(code) && hops < 10;
          hops++) {
        code = successors.get(code);
      }
      if (names.containsKey(code)) {
        inhabitants.merge(code, (int) row.number("aantal_inwoners"), Integer::sum);
      }
    }
    return inhabitants;
  }

  private void readMoves(AreaFacts facts) throws IOException {
    Path file = dataDir.resolve("migration/gemeente_verhuizingen_2018.csv");
    for (CsvFields.Row row : CsvFields.read(file)) {
      String origin = row.get("origin_code");
      String destination = row.get("destination_code");
      if (facts.contains(origin) && facts.contains(destination)) {
        facts.addMoves(
            facts.indexOf(origin), facts.indexOf(destination), (int) row.number("migrants"));
      }
    }
  }
}
