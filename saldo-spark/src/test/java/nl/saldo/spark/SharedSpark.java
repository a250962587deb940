package nl.saldo.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local[2] Spark session of the test JVM, started once, stopped when the JVM ends, set up
 * for inputs of a few rows.
 */
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
              // the tests' inputs are a few rows: Spark's fixed cost per query is the time, so no
              // adaptive re-planning, no Java code generated and compiled per query, one partition
              // per shuffle (the results are Spark's either way; saldo bench runs the defaults)
              .config("spark.sql.shuffle.partitions", "1")
              .config("spark.sql.adaptive.enabled", "false")
              .config("spark.sql.codegen.wholeStage", "false")
              .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
              .getOrCreate();
      session.sparkContext().setLogLevel("ERROR");
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
