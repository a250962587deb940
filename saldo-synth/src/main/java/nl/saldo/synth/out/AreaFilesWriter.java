package nl.saldo.synth.out;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import nl.saldo.synth.area.Buurt;
import nl.saldo.synth.area.Geography;
import nl.saldo.synth.area.Study;
import nl.saldo.synth.area.StudyMunicipality;

/**
 * Writes the area files of METHOD.md §2 to DIR/areas (buurten with oad, the study's gemeenten, the
 * Veenkoloniën overlay, the study's factors.csv when bundled) and the addresses table to DIR/data.
 */
public final class AreaFilesWriter {
  private AreaFilesWriter() {}

  public static void write(Path outDir, Geography geography, Study study, BitSet[] used)
      throws IOException {
    Path areas = outDir.resolve("areas");
    Files.createDirectories(areas.resolve("overlays"));
    try (PrintWriter out = writer(areas.resolve("buurten.csv"))) {
      out.println("buurt_code,gemeente_code,oad");
      for (Buurt buurt : geography.buurten()) {
        String gemeente =
            geography.facts().municipalities().get(buurt.municipality()).gemeenteCode();
        out.println(buurt.buurtCode() + "," + gemeente + "," + Math.round(buurt.oad()));
      }
    }
    try (PrintWriter out = writer(areas.resolve("gemeenten.csv"))) {
      out.println("gemeente_code,gemeente_name,province,region,area_type");
      for (StudyMunicipality m : study.municipalities().values()) {
        out.println(
            m.gemeenteCode()
                + ","
                + quoted(m.gemeenteName())
                + ","
                + m.province()
                + ","
                + quoted(m.region())
                + ","
                + m.areaType());
      }
    }
    // issue #14: the real CBS area factors of the study's municipalities, when it ships them
    if (nl.saldo.core.study.BundledStudies.exists(study.name())) {
      try (java.io.InputStream in =
          AreaFilesWriter.class.getResourceAsStream(
              "/nl/saldo/core/studies/" + study.name() + "/factors.csv")) {
        if (in != null) {
          Files.copy(in, areas.resolve("factors.csv"));
        }
      }
    }
    try (PrintWriter out = writer(areas.resolve("overlays/veenkolonien.csv"))) {
      out.println("buurt_code");
      for (String code : Veenkolonien.buurtCodes(geography)) {
        out.println(code);
      }
    }
    try (PrintWriter out = writer(outDir.resolve("data/addresses.csv"))) {
      out.println("address_id,buurt_code");
      for (Buurt buurt : geography.buurten()) {
        BitSet numbers = used[buurt.index()];
        for (int n = numbers == null ? -1 : numbers.nextSetBit(0);
            n >= 0;
            n = numbers.nextSetBit(n + 1)) {
          out.println(buurt.address(n) + "," + buurt.buurtCode());
        }
      }
    }
  }

  private static String quoted(String value) {
    return value.contains(",") || value.contains("\"")
        ? "\"" + value.replace("\"", "\"\"") + "\""
        : value;
  }

  private static PrintWriter writer(Path file) throws IOException {
    return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }
}
