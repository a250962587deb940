package nl.saldo.sav;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import nl.saldo.sav.SavWriter.Variable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Loading speed of a .sav against the same data as CSV read by DuckDB ({@code read_csv(...,
 * all_varchar = true)}), in GBAADRESOBJECTBUS layout. Off by default; run with {@code mvn -pl
 * saldo-sav test -Dtest=LoadSpeedBenchmark -Dsaldo.benchmark.rows=10000000
 * -Dsaldo.benchmark.dir=/tmp/bench} (the files are large: keep them out of the repository).
 */
@EnabledIfSystemProperty(named = "saldo.benchmark.rows", matches = "\\d+")
class LoadSpeedBenchmark {

  @Test
  void savAgainstCsv() throws Exception {
    long rows = Long.parseLong(System.getProperty("saldo.benchmark.rows"));
    Path dir =
        Files.createDirectories(
            Path.of(System.getProperty("saldo.benchmark.dir", "target/benchmark")));
    Path sav = dir.resolve("residences.sav");
    Path csv = dir.resolve("residences.csv");
    if (!Files.exists(sav) || !Files.exists(csv)) {
      write(rows, sav, csv);
    }
    Map<String, String> columns = new java.util.LinkedHashMap<>();
    columns.put("person_source", "RINPERSOONS");
    columns.put("person_number", "RINPERSOON");
    columns.put("start_ymd", "GBADATUMAANVANGADRESHOUDING");
    columns.put("end_ymd", "GBADATUMEINDEADRESHOUDING");
    columns.put("object_type", "SOORTOBJECTNUMMER");
    columns.put("object_number", "RINOBJECTNUMMER");
    for (int round = 1; round <= 2; round++) {
      try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
        long start = System.nanoTime();
        long loaded = SavToDuckDb.load(duckdb, sav, "raw_sav", columns);
        double savSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        try (Statement statement = duckdb.createStatement()) {
          statement.execute(
              "create table raw_csv as select row_number() over () as row_nr, * from read_csv('"
                  + csv
                  + "', all_varchar = true, header = true)");
        }
        double csvSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "round %d: %,d rows; .sav %.1f s (%,.0f rows/s, %,d bytes); CSV %.1f s (%,d bytes); ratio %.2f%n",
            round,
            loaded,
            savSeconds,
            loaded / savSeconds,
            Files.size(sav),
            csvSeconds,
            Files.size(csv),
            savSeconds / csvSeconds);
      }
    }
  }

  private static void write(long rows, Path sav, Path csv) throws Exception {
    List<Variable> variables =
        List.of(
            Variable.string("RINPERSOONS", 1),
            Variable.string("RINPERSOON", 9),
            Variable.numeric("GBADATUMAANVANGADRESHOUDING"),
            Variable.string("GBADATUMEINDEADRESHOUDING", 8),
            Variable.string("SOORTOBJECTNUMMER", 1),
            Variable.numeric("RINOBJECTNUMMER"));
    java.util.Random random = new java.util.Random(5);
    try (SavWriter writer = new SavWriter(sav, variables, true);
        BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write(
          "RINPERSOONS,RINPERSOON,GBADATUMAANVANGADRESHOUDING,GBADATUMEINDEADRESHOUDING,SOORTOBJECTNUMMER,RINOBJECTNUMMER\n");
      for (long r = 0; r < rows; r++) {
        String rin = String.format("%09d", r / 2);
        double start =
            19950101 + random.nextInt(20) * 10000 + random.nextInt(12) * 100 + random.nextInt(28);
        String end = random.nextInt(3) == 0 ? "20501231" : Integer.toString((int) start + 10000);
        double object = 1_000_000 + random.nextInt(8_000_000);
        writer.row("R", rin, start, end, "I", object);
        out.write("R," + rin + "," + (long) start + "," + end + ",I," + (long) object + "\n");
      }
    }
  }
}
