package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One SQL file alone, dbt {@code unit_tests} style: the CSVs under {@code
 * src/test/resources/stages/<case>/given/} become the tables the file reads, the file runs, and its
 * relation must hold exactly the rows of {@code expect.csv} (compared as text, in any order).
 *
 * <p>The engine's own schema comes first, as in a run: the macros and the empty typed tables of
 * {@link #SCHEMA} ({@code settings} and the view {@code income_years} over it, {@code
 * layers_enabled}, and {@code income_groups} with its fixed groups). A given CSV named after one of
 * those is inserted into it by name, so a case writes only the settings its file reads (the others
 * stay null) and gets the engine's types; any other given CSV becomes a table of its own, types
 * detected. {@code expect.csv} names the columns it checks: a case may leave out a column that is
 * not the point of its story.
 */
final class SqlStage {
  private static final List<String> SCHEMA =
      List.of(
          "macros.sql",
          "staging/settings.sql",
          "staging/income_years.sql",
          "staging/layers_enabled.sql",
          "staging/income_groups.sql");

  private SqlStage() {}

  /** Runs {@code script} on the given tables of {@code testCase} and compares {@code relation}. */
  static void check(String testCase, String script, String relation) {
    run(testCase, database -> database.execute(SqlScript.load(script)), relation);
  }

  /**
   * Runs the contract {@code contracts/<relation>.sql} on the given tables of {@code testCase} (the
   * relation given, typically broken on purpose) and compares its rows: contract, violations.
   */
  static void checkContract(String testCase, String relation) {
    String script = "contracts/" + relation + ".sql";
    run(
        testCase,
        database ->
            database.execute(script, "create table contract as " + SqlScript.load(script).query()),
        "contract");
  }

  private static void run(String testCase, Consumer<Database> stage, String relation) {
    Path dir = resource("/stages/" + testCase);
    try (Database database = new Database(DriverManager.getConnection("jdbc:duckdb:"))) {
      SCHEMA.forEach(schema -> database.execute(SqlScript.load(schema)));
      try (Stream<Path> given = Files.list(dir.resolve("given"))) {
        for (Path table : given.sorted().toList()) {
          give(database, table);
        }
      }
      stage.accept(database);
      Path expect = dir.resolve("expect.csv");
      String columns =
          Arrays.stream(header(expect)).map(Database::identifier).collect(Collectors.joining(", "));
      List<String> actual = text(database, "select " + columns + " from " + relation);
      List<String> expected =
          text(
              database,
              "select * from read_csv("
                  + Database.literal(expect.toString())
                  + ", header = true, all_varchar = true)");
      assertThat(actual)
          .as(testCase + ": " + relation)
          .containsExactlyInAnyOrderElementsOf(expected);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void give(Database database, Path table) {
    String name = table.getFileName().toString().replaceFirst("\\.csv$", "");
    String read =
        "select * from read_csv(" + Database.literal(table.toString()) + ", header = true)";
    boolean schema =
        database.count(
                "given " + name,
                "select count(*) from information_schema.tables where table_name = ?",
                name)
            > 0;
    database.execute(
        "given " + name,
        schema
            ? "insert into " + name + " by name " + read
            : "create table " + name + " as " + read);
  }

  private static String[] header(Path csv) throws IOException {
    try (Stream<String> lines = Files.lines(csv, StandardCharsets.UTF_8)) {
      return lines.findFirst().orElseThrow().split(",");
    }
  }

  private static List<String> text(Database database, String query) {
    return database.rows(query, query).stream()
        .map(row -> String.join(",", row.stream().map(v -> v == null ? "" : v.toString()).toList()))
        .toList();
  }

  private static Path resource(String name) {
    try {
      return Path.of(SqlStage.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
