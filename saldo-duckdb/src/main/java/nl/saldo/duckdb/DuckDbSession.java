package nl.saldo.duckdb;

import java.util.List;

/** The method's SQL on DuckDB: the resource files of this module, run over the JDBC connection. */
final class DuckDbSession implements SqlSession {
  private final Database database;

  DuckDbSession(Database database) {
    this.database = database;
  }

  @Override
  public void script(String path) {
    database.execute(SqlScript.load(path));
  }

  @Override
  public boolean hasScript(String path) {
    return SqlScript.exists(path);
  }

  @Override
  public List<List<Object>> scriptRows(String what, String path) {
    return database.rows(what, SqlScript.load(path).query());
  }

  @Override
  public void execute(String what, String statement, Object... parameters) {
    database.execute(what, statement, parameters);
  }

  @Override
  public List<List<Object>> rows(String what, String query, Object... parameters) {
    return database.rows(what, query, parameters);
  }

  @Override
  public long count(String what, String query, Object... parameters) {
    return database.count(what, query, parameters);
  }

  @Override
  public String quote(String name) {
    return Database.identifier(name);
  }

  @Override
  public void dropRaw(String table) {
    RawTables.drop(database, table);
  }
}
