package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import nl.saldo.core.SaldoException;
import nl.saldo.core.output.CsvWriter;
import nl.saldo.core.pipeline.RunResult;

/**
 * Property-based tests of the engine (issue 12): random valid datasets and their mutants give
 * either the correct result — the same bytes of stocks.csv, migration.csv and od.csv whatever the
 * order of the rows — or a clean error (SaldoException, exit code 2 or 3, a message naming the
 * file), never another exception. Each try is a whole run of the method, so the default number of
 * tries is small (junit-platform.properties, a few seconds per property); {@code
 * -Djqwik.tries.default=100} for a long run.
 */
class RobustnessProperties {
  private static final String[] ADDRESSES = {"A1", "A2", "A3", "A4"};
  private static final String[] ORIGINS = {"nl", "western", "non_western", "unknown"};

  /** A random valid dataset: persons with contiguous spells over four addresses, incomes. */
  @Provide
  Arbitrary<TinyDataset> datasets() {
    return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.longs())
        .as(RobustnessProperties::dataset);
  }

  static TinyDataset dataset(int persons, long seed) {
    Random random = new Random(seed);
    TinyDataset data = TinyDataset.base();
    StringBuilder people = new StringBuilder("person_id,birth_date,origin,register_entry_date\n");
    StringBuilder spells = new StringBuilder("person_id,address_id,start_date,end_date\n");
    StringBuilder incomes = new StringBuilder("person_id,year,household_kind,student,income_pct\n");
    for (int p = 1; p <= persons; p++) {
      String id = "P" + p;
      int birthYear = 1930 + random.nextInt(80);
      people.append(
          String.format(
              "%s,%d-%02d-%02d,%s,%d-01-01%n",
              id,
              birthYear,
              1 + random.nextInt(12),
              1 + random.nextInt(28),
              ORIGINS[random.nextInt(ORIGINS.length)],
              birthYear));
      int year = 2005 + random.nextInt(5);
      int spellCount = 1 + random.nextInt(3);
      String start = year + "-01-01";
      for (int s = 0; s < spellCount; s++) {
        year += 1 + random.nextInt(3);
        boolean last = s == spellCount - 1;
        String end =
            last && random.nextBoolean() ? "" : year + "-0" + (1 + random.nextInt(9)) + "-15";
        spells.append(
            id
                + ","
                + ADDRESSES[random.nextInt(ADDRESSES.length)]
                + ","
                + start
                + ","
                + end
                + "\n");
        start = end;
        if (end.isEmpty()) {
          break;
        }
      }
      for (int y = 2010; y <= 2017; y++) {
        if (random.nextInt(3) > 0) {
          incomes.append(
              String.format(
                  "%s,%d,%s,%s,%s%n",
                  id,
                  y,
                  random.nextInt(10) == 0 ? "institutional" : "private",
                  random.nextBoolean() ? "false" : "",
                  random.nextInt(8) == 0 ? "" : String.valueOf(random.nextInt(300))));
        }
      }
    }
    data.files.put("persons.csv", people.toString());
    data.files.put("residences.csv", spells.toString());
    data.files.put("incomes.csv", incomes.toString());
    data.files.put(
        "addresses.csv",
        "address_id,buurt_code\nA1,BU00010001\nA2,BU00020001\nA3,BU00010001\nA4,BU00030001\n");
    return data;
  }

  @Property
  void theResultDoesNotDependOnTheOrderOfTheRows(
      @ForAll("datasets") TinyDataset data, @ForAll long shuffleSeed) throws IOException {
    Path first = Files.createTempDirectory("saldo-prop-");
    Path second = Files.createTempDirectory("saldo-prop-");
    try {
      Map<String, byte[]> expected = tables(data.run(first.resolve("in")), first);
      TinyDataset shuffled = shuffled(data, new Random(shuffleSeed));
      Map<String, byte[]> actual = tables(shuffled.run(second.resolve("in")), second);
      assertThat(actual.keySet()).isEqualTo(expected.keySet());
      for (String table : expected.keySet()) {
        assertThat(new String(actual.get(table), StandardCharsets.UTF_8))
            .as(table)
            .isEqualTo(new String(expected.get(table), StandardCharsets.UTF_8));
      }
    } finally {
      delete(first);
      delete(second);
    }
  }

  /** Mutations that do not change what a file says: a result must be the original's. */
  private static final java.util.Set<Mutation> NEUTRAL =
      java.util.EnumSet.of(
          Mutation.SHUFFLED_ROWS,
          Mutation.EXTRA_COLUMN,
          Mutation.QUOTED_FIELD,
          Mutation.QUOTED_SEPARATOR,
          Mutation.CRLF,
          Mutation.BOM);

  /** The kinds of damage a file can take on its way to saldo. */
  enum Mutation {
    SHUFFLED_ROWS,
    EXTRA_COLUMN,
    MISSING_COLUMN,
    EMPTY_FILE,
    HEADER_ONLY,
    HUGE_NUMBER,
    HUGE_YEAR,
    DATE_OUT_OF_RANGE,
    IMPOSSIBLE_DATE,
    DUPLICATE_KEY,
    OVERLAPPING_SPELLS,
    UNKNOWN_PERSON,
    QUOTED_FIELD,
    QUOTED_SEPARATOR,
    CRLF,
    BOM
  }

  @Property
  void aMutantGivesTheRightResultOrACleanError(
      @ForAll("datasets") TinyDataset data,
      @ForAll Mutation mutation,
      @ForAll("files") String file,
      @ForAll long seed)
      throws IOException {
    Path dir = Files.createTempDirectory("saldo-prop-");
    try {
      TinyDataset mutant = mutate(data, mutation, file, new Random(seed));
      String outcome;
      try {
        RunResult result = mutant.run(dir.resolve("mutant"));
        outcome = "result";
        if (NEUTRAL.contains(mutation)) {
          Map<String, byte[]> expected =
              tables(data.run(dir.resolve("original")), dir.resolve("a"));
          Map<String, byte[]> actual = tables(result, dir.resolve("b"));
          for (String table : expected.keySet()) {
            assertThat(new String(actual.get(table), StandardCharsets.UTF_8))
                .as(mutation + " of " + file + ": " + table + " as without the mutation")
                .isEqualTo(new String(expected.get(table), StandardCharsets.UTF_8));
          }
          outcome = "the same result";
        }
      } catch (SaldoException e) {
        assertThat(e.exitCode()).as(e.getMessage()).isIn(SaldoException.INVALID_INPUT, 3);
        assertThat(e.getMessage())
            .as("the message names a file: the mutant or one that refers to it")
            .containsAnyOf(
                "persons.csv",
                "residences.csv",
                "addresses.csv",
                "incomes.csv",
                "buurten.csv",
                "gemeenten.csv");
        outcome = "clean error";
      }
      Statistics.collect(mutation, outcome);
    } finally {
      delete(dir);
    }
  }

  @Provide
  Arbitrary<String> files() {
    return Arbitraries.of(
        "persons.csv",
        "residences.csv",
        "addresses.csv",
        "incomes.csv",
        "areas/buurten.csv",
        "areas/gemeenten.csv");
  }

  static TinyDataset mutate(TinyDataset data, Mutation mutation, String file, Random random) {
    TinyDataset mutant = new TinyDataset();
    mutant.files.putAll(data.files);
    List<String> lines = new ArrayList<>(mutant.files.get(file).lines().toList());
    String name = file.substring(file.indexOf('/') + 1);
    int row = 1 + random.nextInt(lines.size() - 1);
    switch (mutation) {
      case SHUFFLED_ROWS -> Collections.shuffle(lines.subList(1, lines.size()), random);
      case EXTRA_COLUMN -> lines.replaceAll(line -> line + ",x");
      case MISSING_COLUMN -> lines.replaceAll(line -> line.substring(0, line.lastIndexOf(',')));
      case EMPTY_FILE -> lines.clear();
      case HEADER_ONLY -> lines.subList(1, lines.size()).clear();
      case HUGE_NUMBER -> lines.set(row, replaceLastField(lines.get(row), "1e400"));
      case HUGE_YEAR ->
          lines.set(row, lines.get(row).replaceAll("\\b(19|20)[0-9]{2}\\b", "99999999999"));
      case DATE_OUT_OF_RANGE ->
          lines.set(row, lines.get(row).replaceAll("\\b(19|20)[0-9]{2}-", "99999-"));
      case IMPOSSIBLE_DATE ->
          lines.set(row, lines.get(row).replaceAll("-[0-9]{2}-[0-9]{2}\\b", "-02-30"));
      case DUPLICATE_KEY -> lines.add(lines.get(row));
      case OVERLAPPING_SPELLS -> {
        if (name.equals("residences.csv")) {
          lines.add(lines.get(row).split(",")[0] + ",A1,2011-01-01,2011-06-01");
          lines.add(lines.get(row).split(",")[0] + ",A2,2011-03-01,2011-09-01");
        } else {
          lines.add(lines.get(row));
        }
      }
      case UNKNOWN_PERSON -> lines.set(row, "Q" + lines.get(row));
      case QUOTED_FIELD -> lines.set(row, quoteFirstField(lines.get(row)));
      case QUOTED_SEPARATOR -> {
        // an extra column whose every value holds the separator inside quotes
        lines.set(0, lines.get(0) + ",note");
        for (int i = 1; i < lines.size(); i++) {
          lines.set(i, lines.get(i) + ",\"a, \"\"b\"\"\"");
        }
      }
      case CRLF -> {
        mutant.files.put(file, String.join("\r\n", lines) + "\r\n");
        return mutant;
      }
      case BOM -> {
        mutant.files.put(file, "\uFEFF" + String.join("\n", lines) + "\n");
        return mutant;
      }
    }
    mutant.files.put(file, lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
    return mutant;
  }

  private static String replaceLastField(String line, String value) {
    return line.substring(0, line.lastIndexOf(',') + 1) + value;
  }

  private static String quoteFirstField(String line) {
    int comma = line.indexOf(',');
    return "\"" + line.substring(0, comma) + "\"" + line.substring(comma);
  }

  private static TinyDataset shuffled(TinyDataset data, Random random) {
    TinyDataset copy = new TinyDataset();
    for (Map.Entry<String, String> file : data.files.entrySet()) {
      List<String> lines = new ArrayList<>(file.getValue().lines().toList());
      Collections.shuffle(lines.subList(1, lines.size()), random);
      copy.files.put(file.getKey(), String.join("\n", lines) + "\n");
    }
    return copy;
  }

  private static Map<String, byte[]> tables(RunResult result, Path dir) throws IOException {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    for (Path file :
        CsvWriter.write(result.tables(), Files.createDirectories(dir.resolve("out")))) {
      bytes.put(file.getFileName().toString(), Files.readAllBytes(file));
    }
    return bytes;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
