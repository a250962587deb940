package nl.saldo.spark;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same input and study file on both engines write byte-identical stocks.csv, migration.csv and
 * od.csv, rounded (a normal run) and unrounded (--unsafe-unrounded): the example, and with
 * -Dparity=all every hand-made fixture of saldo-duckdb (their stories:
 * saldo-duckdb/src/test/resources/fixtures/NAME/ STORY.md). Each engine runs the method once per
 * input; the unrounded tables are the same marts through disclosure control with rounding off.
 */
class EngineParityTest {
  static final Path FIXTURES = Path.of("../saldo-duckdb/src/test/resources/fixtures");
  static final Path EXAMPLE = Path.of("../examples/small");
  static final List<String> PARITY = List.of("stocks.csv", "migration.csv", "od.csv");

  @TempDir Path temp;

  /** One local[2] session for every test: each engine works in a new session of it. */
  @BeforeAll
  static void startSpark() {
    SharedSpark.start();
  }

  static Stream<String> inputs() throws IOException {
    List<String> fixtures;
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      fixtures =
          dirs.filter(Files::isDirectory)
              .map(dir -> dir.getFileName().toString())
              .sorted()
              .toList();
    }
    // CI runs the example; -Dparity=all adds every fixture, -Dparity=NAME,… runs those (a fixture
    // takes as long as the example: Spark's fixed cost per stage, not the data)
    String chosen = System.getProperty("parity", "examples/small");
    return Stream.concat(Stream.of("examples/small"), fixtures.stream())
        .filter(name -> chosen.equals("all") || List.of(chosen.split(",")).contains(name));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void bothEnginesWriteTheSameTables(String name) throws IOException {
    Path data = name.equals("examples/small") ? EXAMPLE.resolve("data") : FIXTURES.resolve(name);
    Path duckdb = run("duckdb", data, temp.resolve("duckdb"));
    Path spark = run("spark", data, temp.resolve("spark"));
    for (String variant : List.of("rounded", "unrounded")) {
      for (String file : PARITY) {
        assertThat(Files.readString(spark.resolve(variant).resolve(file)))
            .as(name + ", " + variant + ": " + file)
            .isEqualTo(Files.readString(duckdb.resolve(variant).resolve(file)));
      }
    }
  }

  /** Runs the method once; writes OUT/rounded (as saldo run) and OUT/unrounded. */
  static Path run(String engineName, Path data, Path out) throws IOException {
    StudySettings settings = settings(data);
    Path areas = data.resolve("areas");
    if (!Files.isDirectory(areas)) {
      areas = data.resolveSibling("areas");
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
    if (dir.startsWith(EXAMPLE)) {
      return StudyFile.load("noord-nederland-2018");
    }
    Path study = dir.resolve("study.yaml");
    return Files.exists(study) ? StudyFile.load(study.toString()) : StudyFile.defaults();
  }
}
