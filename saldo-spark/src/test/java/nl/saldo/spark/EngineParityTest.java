package nl.saldo.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.saldo.core.disclosure.DisclosureControl;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.output.CsvWriter;
import nl.saldo.core.pipeline.Engine;
import nl.saldo.core.pipeline.EngineFactory;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Pipeline;
import nl.saldo.core.pipeline.ProgressListener;
import nl.saldo.core.pipeline.RunResult;
import nl.saldo.core.pipeline.Table;
import nl.saldo.core.study.StudyFile;
import nl.saldo.core.study.StudySettings;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same input and study file on both engines write byte-identical stocks.csv, migration.csv,
 * od.csv and the other tables ({@link #PARITY}), rounded (a normal run) and unrounded
 * (--unsafe-unrounded): the example and {@link #CI_FIXTURES}, and with -Dparity=all every hand-made
 * fixture of saldo-duckdb and every variant of one (BASE/VARIANT: a study file on BASE's data;
 * their stories: saldo-duckdb/src/test/resources/fixtures/NAME/STORY.md). Each engine runs the
 * method once per input; the unrounded tables are the same marts through disclosure control with
 * rounding off.
 */
class EngineParityTest {
  static final Path FIXTURES = Path.of("../saldo-duckdb/src/test/resources/fixtures");
  static final Path EXAMPLE = Path.of("../examples/small");
  static final List<String> PARITY =
      List.of(
          "stocks.csv",
          "migration.csv",
          "od.csv",
          "components.csv",
          "segregation.csv",
          "sequences.csv",
          "profiles.csv",
          "municipalities.csv");

  /**
   * What CI runs: the example, and a fixture each for the moves and od pairs, the percentages and
   * rounding, the segregation indices (a scope without lower incomes) and the extra attributes of
   * profiles.csv.
   */
  static final String CI_FIXTURES = "examples/small,moves,rates,segregation,profiles";

  @TempDir Path temp;

  /** One local[2] session for every test: each engine works in a new session of it. */
  @BeforeAll
  static void startSpark() {
    SharedSpark.start();
  }

  static Stream<String> inputs() throws IOException {
    // a fixture holds persons.csv; a variant BASE/VARIANT only a study.yaml, run on BASE's data
    List<String> fixtures;
    try (Stream<Path> dirs = Files.walk(FIXTURES, 2)) {
      fixtures =
          dirs.filter(
                  dir ->
                      Files.exists(dir.resolve("persons.csv"))
                          || Files.exists(dir.getParent().resolve("persons.csv"))
                              && Files.exists(dir.resolve("study.yaml")))
              .map(dir -> FIXTURES.relativize(dir).toString())
              .sorted()
              .toList();
    }
    // CI runs the example and CI_FIXTURES; -Dparity=all every fixture, -Dparity=NAME,… those (a
    // fixture of twenty persons takes half a minute: Spark's fixed cost per stage, not the data).
    // An absolute path is a data directory beside its areas/ (saldo synth's output), run with its
    // study.yaml or the bundled study: -Dparity=/tmp/north5/data
    String chosen = System.getProperty("parity", CI_FIXTURES);
    List<String> names = List.of(chosen.split(","));
    return Stream.concat(
        Stream.concat(Stream.of("examples/small"), fixtures.stream())
            .filter(name -> chosen.equals("all") || names.contains(name)),
        names.stream().filter(name -> Path.of(name).isAbsolute()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void bothEnginesWriteTheSameTables(String name) throws IOException {
    Path dir =
        name.equals("examples/small")
            ? EXAMPLE.resolve("data")
            : Path.of(name).isAbsolute() ? Path.of(name) : FIXTURES.resolve(name);
    Path duckdb = run("duckdb", dir, temp.resolve("duckdb"));
    Path spark = run("spark", dir, temp.resolve("spark"));
    SoftAssertions softly = new SoftAssertions();
    for (String variant : List.of("rounded", "unrounded")) {
      for (String file : PARITY) {
        // an analysis switched off writes no file on either engine
        softly
            .assertThat(text(spark.resolve(variant).resolve(file)))
            .as(name + ", " + variant + ": " + file)
            .isEqualTo(text(duckdb.resolve(variant).resolve(file)));
      }
    }
    softly.assertAll();
  }

  private static String text(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : "(no file)";
  }

  /**
   * Runs the method once on the input of DIR (a variant's on its base's microdata, a fixture's over
   * its own areas/ or the shared fixtures/areas/, as MethodFixture); writes OUT/rounded (as saldo
   * run) and OUT/unrounded.
   */
  static Path run(String engineName, Path dir, Path out) throws IOException {
    StudySettings settings = settings(dir);
    Path data = Files.exists(dir.resolve("persons.csv")) ? dir : dir.getParent();
    Path areas = data.resolve("areas");
    if (!Files.isDirectory(areas)) {
      areas = data.startsWith(FIXTURES) ? FIXTURES.resolve("areas") : data.resolveSibling("areas");
    }
    InputSet inputs = InputSet.find(data, areas, settings);
    Files.createDirectories(out);
    try (Engine engine =
        EngineFactory.named(engineName)
            .create(
                out.resolve("engine"), "1GB", 1, Map.of(SparkEngineFactory.MASTER, "local[2]"))) {
      RunResult result = new Pipeline(engine, ProgressListener.SILENT).run(inputs, settings);
      CsvWriter.write(result.tables(), Files.createDirectories(out.resolve("rounded")));
      Map<Mart, Table> marts = new EnumMap<>(Mart.class);
      for (Mart mart : Mart.values()) {
        marts.put(mart, engine.fetch(mart));
      }
      StudySettings unrounded = settings.withUnsafeUnrounded(true);
      CsvWriter.write(
          settings.disclosure().minCell() == 0
              ? DisclosureControl.protect(marts, unrounded)
              : DisclosureControl.protect(marts, unrounded, engine.geography()),
          Files.createDirectories(out.resolve("unrounded")));
    }
    return out;
  }

  static StudySettings settings(Path dir) {
    Path study = dir.resolve("study.yaml");
    if (Files.exists(study)) {
      return StudyFile.load(study.toString());
    }
    return dir.startsWith(FIXTURES) ? StudyFile.defaults() : StudyFile.load("noord-nederland-2018");
  }
}
