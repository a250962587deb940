package nl.saldo.duckdb;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.saldo.core.SaldoException;

/** The JDBC connection and the few ways the engine talks to it. */
final class Database implements AutoCloseable {
  /** -Dsaldo.sql.timing=true prints every statement's time to stderr, to find slow stages. */
  private static final boolean TIMING = Boolean.getBoolean("saldo.sql.timing");

  /**
   * -Dsaldo.sql.profile=DIR writes DuckDB's profile (the plan with each operator's time and rows,
   * as EXPLAIN ANALYZE shows it) of every statement to DIR/NNN-what.json, to find the next cost.
   */
  private static final String PROFILE = System.getProperty("saldo.sql.profile");

  private int profiled;

  /** DuckDB's error classes that blame the input it was given. */
  private static final List<String> INPUT_ERRORS =
      List.of("Invalid Input Error", "Conversion Error", "IO Error", "Binder Error");

  private final Connection connection;

  Database(Connection connection) {
    this.connection = connection;
  }

  Connection connection() {
    return connection;
  }

  void execute(SqlScript script) {
    for (String statement : script.statements()) {
      execute(script.path(), statement);
    }
  }

  void execute(String what, String sql, Object... parameters) {
    long start = System.nanoTime();
    profile(what);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      statement.execute();
      unprofile();
      if (TIMING) {
        System.err.printf(
            "sql %7.2f s  %s: %s%n",
            (System.nanoTime() - start) / 1e9,
            what,
            sql.strip().lines().filter(line -> !line.startsWith("--")).findFirst().orElse(""));
      }
    } catch (SQLException e) {
      throw SaldoException.internal(what + " failed: " + e.getMessage(), e);
    }
  }

  private void profile(String what) {
    if (PROFILE == null) {
      return;
    }
    String file =
        java.nio.file.Path.of(PROFILE)
            .resolve(
                String.format("%03d-%s.json", ++profiled, what.replaceAll("[^A-Za-z0-9]+", "_")))
            .toString();
    try (var statement = connection.createStatement()) {
      statement.execute("pragma enable_profiling = 'json'");
      statement.execute("set profiling_output = '" + file.replace("'", "''") + "'");
    } catch (SQLException e) {
      throw SaldoException.internal("profiling failed: " + e.getMessage(), e);
    }
  }

  private void unprofile() throws SQLException {
    if (PROFILE != null) {
      try (var statement = connection.createStatement()) {
        statement.execute("pragma disable_profiling");
      }
    }
  }

  /** Runs a query and returns all rows; for small results only (aggregates, faults, metadata). */
  List<List<Object>> rows(String what, String sql, Object... parameters) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      try (ResultSet result = statement.executeQuery()) {
        ResultSetMetaData meta = result.getMetaData();
        List<List<Object>> rows = new ArrayList<>();
        while (result.next()) {
          List<Object> row = new ArrayList<>(meta.getColumnCount());
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.add(normalise(result.getObject(i)));
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw SaldoException.internal(what + " failed: " + e.getMessage(), e);
    }
  }

  long count(String what, String sql, Object... parameters) {
    return ((Number) rows(what, sql, parameters).get(0).get(0)).longValue();
  }

  /**
   * The engine's own words from a message made by this class ("WHAT failed: …"), first lines only.
   */
  static String reason(String message, int lines) {
    String text = message == null ? "" : message.replaceFirst("^.*? failed: ", "");
    return text.lines().limit(lines).reduce((a, b) -> a + " " + b).orElse(text);
  }

  /**
   * True when the engine says a failure is the input's fault (a file it cannot find, read, parse or
   * convert, or a column it cannot bind), not its own or saldo's (internal, exit 4).
   */
  static boolean blamesInput(SaldoException failure) {
    if (failure.exitCode() == SaldoException.INVALID_INPUT) {
      return true;
    }
    String reason = reason(failure.getMessage(), 1);
    return INPUT_ERRORS.stream().anyMatch(reason::startsWith);
  }

  /** Quotes a string as a SQL literal, for the one place the dialect needs it: file paths. */
  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** Quotes an identifier. */
  static String identifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }

  private static Object normalise(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof java.math.BigInteger big) {
      return big.longValueExact();
    }
    if (value instanceof BigDecimal decimal && decimal.scale() <= 0) {
      return decimal.longValueExact();
    }
    return value;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // closing an in-memory database cannot lose anything
    }
  }
}
