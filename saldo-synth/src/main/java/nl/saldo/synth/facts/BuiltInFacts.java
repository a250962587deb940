package nl.saldo.synth.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The compact built-in summary of {@link SharedDataReader}'s facts, shipped as resources so the
 * generator works on a fresh machine: {@code municipalities.csv} and {@code moves_2018.csv} (only
 * the pairs with a study municipality at one end).
 */
public final class BuiltInFacts {
  static final String BASE = "/nl/saldo/synth/facts/";

  private BuiltInFacts() {}

  public static AreaFacts load() {
    try {
      List<Municipality> municipalities = new ArrayList<>();
      for (CsvFields.Row row : readResource("municipalities.csv")) {
        double[] age = {
          row.number("p_00_14"),
          row.number("p_15_24"),
          row.number("p_25_44"),
          row.number("p_45_64"),
          row.number("p_65_plus")
        };
        municipalities.add(
            new Municipality(
                row.get("gemeente_code"),
                row.get("gemeente_name"),
                row.get("province"),
                (int) row.number("inhabitants_2011"),
                (int) row.number("inhabitants_2017"),
                (int) row.number("inhabitants_2018"),
                row.number("oad"),
                age));
      }
      AreaFacts facts = new AreaFacts(municipalities);
      for (CsvFields.Row row : readResource("moves_2018.csv")) {
        facts.addMoves(
            facts.indexOf(row.get("origin_code")),
            facts.indexOf(row.get("destination_code")),
            (int) row.number("migrants"));
      }
      return facts;
    } catch (IOException e) {
      throw new UncheckedIOException("built-in area facts unreadable", e);
    }
  }

  private static List<CsvFields.Row> readResource(String name) throws IOException {
    try (InputStream in = BuiltInFacts.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IOException("resource " + BASE + name + " missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return CsvFields.read(reader, name);
    }
  }

  /** Writes the summary of facts to dir, keeping moves with a study municipality at one end. */
  public static void write(AreaFacts facts, Set<String> studyCodes, Path dir) throws IOException {
    Files.createDirectories(dir);
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(dir.resolve("municipalities.csv")))) {
      out.println(
          "gemeente_code,gemeente_name,province,inhabitants_2011,inhabitants_2017,"
              + "inhabitants_2018,oad,p_00_14,p_15_24,p_25_44,p_45_64,p_65_plus");
      for (Municipality m : facts.municipalities()) {
        double[] a = m.agePct();
        out.println(
            String.format(
                Locale.ROOT,
                "%s,\"%s\",%s,%d,%d,%d,%.0f,%.0f,%.0f,%.0f,%.0f,%.0f",
                m.gemeenteCode(),
                m.gemeenteName(),
                m.province(),
                m.inhabitants2011(),
                m.inhabitants2017(),
                m.inhabitants2018(),
                m.oad(),
                a[0],
                a[1],
                a[2],
                a[3],
                a[4]));
      }
    }
    Map<String, Integer> sorted = new TreeMap<>();
    List<Municipality> all = facts.municipalities();
    for (Map.Entry<Long, Integer> e : facts.allMoves().entrySet()) {
      String origin = all.get(AreaFacts.originOf(e.getKey())).gemeenteCode();
      String destination = all.get(AreaFacts.destinationOf(e.getKey())).gemeenteCode();
      if (studyCodes.contains(origin) || studyCodes.contains(destination)) {
        sorted.put(origin + "," + destination, e.getValue());
      }
    }
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(dir.resolve("moves_2018.csv")))) {
      out.println("origin_code,destination_code,migrants");
      sorted.forEach((pair, migrants) -> out.println(pair + "," + migrants));
    }
  }
}
