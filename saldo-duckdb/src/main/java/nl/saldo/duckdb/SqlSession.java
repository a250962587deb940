package nl.saldo.duckdb;

import java.util.List;

/**
 * What the method's orchestration ({@link SqlEngine}, {@link InputChecks}, {@link InputAccounting})
 * asks of an engine's SQL: run a file of the method's SQL, run a statement or a query with bind
 * parameters, quote a name. DuckDB and Spark each implement it over their own session.
 */
public interface SqlSession {
  /** Runs every statement of a SQL file of the method ({@code staging/settings.sql}). */
  void script(String path);

  /** True when the engine has the SQL file (a stage's contracts are optional). */
  boolean hasScript(String path);

  /**
   * Runs the one query of a SQL file and returns all its rows; {@code what} names it in an error.
   */
  List<List<Object>> scriptRows(String what, String path);

  /**
   * Runs one statement; {@code what} names it in an error. Bind parameters ({@code ?}) in one query
   * block only: Spark 4.2 refuses them in an inline table ({@code values (?, ?)}) and binds those
   * of a {@code union all} out of order.
   */
  void execute(String what, String statement, Object... parameters);

  /** Runs a query and returns all rows; for small results only (aggregates, faults, marts). */
  List<List<Object>> rows(String what, String query, Object... parameters);

  /** The single number a {@code select count(*)} query returns. */
  long count(String what, String query, Object... parameters);

  /** A quoted identifier in the engine's dialect. */
  String quote(String name);

  /** Removes the text a table was read as ({@code raw_TABLE}), once its typed table is made. */
  void dropRaw(String table);
}
