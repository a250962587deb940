package nl.saldo.duckdb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.saldo.core.SaldoException;

/** A SQL resource file of the method, split into its statements. */
record SqlScript(String path, List<String> statements) {
  private static final String ROOT = "/nl/saldo/duckdb/sql/";

  static SqlScript load(String path) {
    try (InputStream in = SqlScript.class.getResourceAsStream(ROOT + path)) {
      if (in == null) {
        throw SaldoException.internal("missing SQL resource " + path, null);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> statements =
          Arrays.stream(text.split(";\\s*(\\r?\\n|$)"))
              .filter(statement -> !onlyComments(statement))
              .toList();
      return new SqlScript(path, statements);
    } catch (IOException e) {
      throw SaldoException.internal("cannot read SQL resource " + path, e);
    }
  }

  static boolean exists(String path) {
    return SqlScript.class.getResource(ROOT + path) != null;
  }

  private static boolean onlyComments(String statement) {
    return statement
        .lines()
        .map(String::strip)
        .allMatch(line -> line.isEmpty() || line.startsWith("--"));
  }

  /** The single statement of a query file. */
  String query() {
    if (statements.size() != 1) {
      throw SaldoException.internal(
          path + " should hold one query, holds " + statements.size(), null);
    }
    return statements.get(0);
  }
}
