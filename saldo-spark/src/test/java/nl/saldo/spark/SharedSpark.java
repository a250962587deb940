package nl.saldo.spark;

import org.apache.spark.sql.SparkSession;

/** The one local[2] Spark session of the test JVM, started once, stopped when the JVM ends. */
final class SharedSpark {
  private static SparkSession session;

  private SharedSpark() {}

  static synchronized SparkSession start() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("saldo-tests")
              .master("local[2]")
              .config("spark.ui.enabled", "false")
              .config("spark.ui.showConsoleProgress", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .getOrCreate();
      session.sparkContext().setLogLevel("ERROR");
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
