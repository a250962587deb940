package nl.saldo.sav;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** An in-memory DuckDB that, like saldo's engine, never installs or loads an extension. */
final class OfflineDuckDb {

  private OfflineDuckDb() {}

  static Connection open() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("autoinstall_known_extensions", "false");
    properties.setProperty("autoload_known_extensions", "false");
    return DriverManager.getConnection("jdbc:duckdb:", properties);
  }
}
