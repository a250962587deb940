package nl.saldo.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.saldo.core.study.BundledStudies;

/**
 * A deliberately simple generator of valid format-v1 data at any size, for benchmarks: persons with
 * one to four consecutive spells (gaps of 0–3 days, some longer stays abroad), an income row per
 * year, the study's 52 municipalities plus 60 of the rest of the country, 25 buurten each. Streams
 * to disk; the same seed gives the same bytes. Not a realistic population (that is {@code saldo
 * synth}).
 */
public final class ScaleGenerator {
  private static final int BUURTEN_PER_GEMEENTE = 25;
  private static final int REST_GEMEENTEN = 60;

  private final SplittableRandom random;
  private final List<String> buurten = new ArrayList<>();

  public ScaleGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * Writes {@code dir/data/*.csv} and {@code dir/areas/*.csv}; returns the rows written per table.
   */
  public long[] write(Path dir, long persons) throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Path areas = Files.createDirectories(dir.resolve("areas"));
    writeAreas(areas);
    long[] rows = new long[4];
    try (BufferedWriter personsOut =
            writer(data.resolve("persons.csv"), "person_id,birth_date,origin,register_entry_date");
        BufferedWriter residencesOut =
            writer(data.resolve("residences.csv"), "person_id,address_id,start_date,end_date");
        BufferedWriter addressesOut =
            writer(data.resolve("addresses.csv"), "address_id,buurt_code");
        BufferedWriter incomesOut =
            writer(
                data.resolve("incomes.csv"), "person_id,year,household_kind,student,income_pct")) {
      long addressId = 0;
      for (long person = 1; person <= persons; person++) {
        LocalDate birth =
            LocalDate.of(1930 + random.nextInt(85), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String origin =
            random.nextInt(10) < 8 ? "nl" : random.nextBoolean() ? "western" : "non_western";
        personsOut.write("P" + person + "," + birth + "," + origin + "," + birth + "\n");
        rows[0]++;
        int spells = 1 + random.nextInt(4);
        LocalDate start =
            LocalDate.of(2000 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String buurt = buurten.get(random.nextInt(buurten.size()));
        for (int spell = 0; spell < spells; spell++) {
          boolean last = spell == spells - 1;
          LocalDate end = last ? null : start.plusDays(200 + random.nextInt(1500));
          addressId++;
          addressesOut.write("A" + addressId + "," + buurt + "\n");
          residencesOut.write(
              "P"
                  + person
                  + ",A"
                  + addressId
                  + ","
                  + start
                  + ","
                  + (end == null ? "" : end)
                  + "\n");
          rows[1]++;
          rows[2]++;
          if (!last) {
            start =
                end.plusDays(
                    random.nextInt(10) == 0 ? 30 + random.nextInt(300) : random.nextInt(3));
            buurt = random.nextInt(3) == 0 ? buurt : buurten.get(random.nextInt(buurten.size()));
          }
        }
        int income = 40 + random.nextInt(300);
        for (int year = 2010; year <= 2018; year++) {
          int kind = random.nextInt(100);
          String household = kind < 2 ? "institutional" : "private";
          String student = kind >= 2 && kind < 8 ? "true" : "false";
          String pct = kind == 99 ? "" : Integer.toString(income);
          incomesOut.write(
              "P" + person + "," + year + "," + household + "," + student + "," + pct + "\n");
          rows[3]++;
          income = Math.max(20, income + random.nextInt(41) - 20);
        }
      }
    }
    return rows;
  }

  private void writeAreas(Path areas) throws IOException {
    List<String> study;
    try (InputStream in = BundledStudies.open("noord-nederland-2018", "gemeenten.csv")) {
      study = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
    }
    Files.writeString(
        areas.resolve("gemeenten.csv"),
        "gemeente_code,gemeente_name,province,region,area_type\n"
            + String.join("\n", study)
            + "\n");
    List<String> codes =
        new ArrayList<>(study.stream().map(line -> line.substring(0, line.indexOf(','))).toList());
    for (int i = 0; i < REST_GEMEENTEN; i++) {
      codes.add(String.format("GM%04d", 3000 + i));
    }
    try (BufferedWriter out =
        writer(areas.resolve("buurten.csv"), "buurt_code,gemeente_code,oad")) {
      for (String code : codes) {
        for (int b = 0; b < BUURTEN_PER_GEMEENTE; b++) {
          String buurt = "BU" + code.substring(2) + String.format("%04d", b);
          buurten.add(buurt);
          out.write(buurt + "," + code + "," + (100 + random.nextInt(3000)) + "\n");
        }
      }
    }
  }

  private static BufferedWriter writer(Path file, String header) throws IOException {
    BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    out.write(header);
    out.write('\n');
    return out;
  }
}
