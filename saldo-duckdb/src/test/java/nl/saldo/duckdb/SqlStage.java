package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

/**
 * One SQL file alone, dbt {@code unit_tests} style: the CSVs under {@code
 * src/test/resources/stages/<case>/given/} become the tables the file reads, the file runs, and its
 * relation must hold exactly the rows of {@code expect.csv} (compared as text, in any order).
 */
final class SqlStage {
  private SqlStage() {}

  /** Runs {@code script} on the given tables of {@code testCase} and compares {@code relation}. */
  static void check(String testCase, String script, String relation) {
    Path dir = resource("/stages/" + testCase);
    try (Database database = new Database(DriverManager.getConnection("jdbc:duckdb:"))) {
      try (Stream<Path> given = Files.list(dir.resolve("given"))) {
        for (Path table : given.sorted().toList()) {
          String name = table.getFileName().toString().replaceFirst("\\.csv$", "");
          database.execute(
              "given " + name,
              "create table "
                  + name
                  + " as select * from read_csv("
                  + Database.literal(table.toString())
                  + ", header = true)");
        }
      }
      database.execute(SqlScript.load(script));
      List<String> actual = text(database, "select * from " + relation);
      List<String> expected =
          text(
              database,
              "select * from read_csv("
                  + Database.literal(dir.resolve("expect.csv").toString())
                  + ", header = true, all_varchar = true)");
      assertThat(actual)
          .as(testCase + ": " + relation)
          .containsExactlyInAnyOrderElementsOf(expected);
    } catch (SQLException | java.io.IOException e) {
      throw new IllegalStateException(e);
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
