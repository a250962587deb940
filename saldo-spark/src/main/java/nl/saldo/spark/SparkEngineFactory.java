package nl.saldo.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.pipeline.Engine;
import nl.saldo.core.pipeline.EngineFactory;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;

/**
 * The engine {@code spark}: the method on Apache Spark. The master is {@code --master} (option
 * {@code master}), else spark-submit's ({@code spark.master}), else {@code local[THREADS]} on this
 * machine. A Spark session already running in the JVM (spark-submit's, a test's) is shared and left
 * running; every engine works in a session of its own (its own temporary views and functions).
 */
public final class SparkEngineFactory implements EngineFactory {
  public static final String MASTER = "master";

  @Override
  public String name() {
    return "spark";
  }

  /**
   * Through Hadoop's file system of the URL's scheme (hdfs, s3a, abfss with the user's connector on
   * the class path, file): configured as Spark's, from a running session or from spark-submit's
   * {@code spark.hadoop.*} settings.
   */
  @Override
  public boolean exists(String url) {
    SparkSession running = SparkSession.getActiveSession().getOrElse(() -> null);
    if (running == null) {
      running = SparkSession.getDefaultSession().getOrElse(() -> null);
    }
    Configuration conf;
    if (running != null) {
      conf = running.sparkContext().hadoopConfiguration();
    } else {
      conf = new Configuration();
      for (String key : System.getProperties().stringPropertyNames()) {
        if (key.startsWith("spark.hadoop.")) {
          conf.set(key.substring("spark.hadoop.".length()), System.getProperty(key));
        }
      }
    }
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(url);
      // a Parquet table may be a directory of parts, as Spark writes one
      return path.getFileSystem(conf).exists(path);
    } catch (java.io.IOException | RuntimeException e) {
      throw SaldoException.invalidInput(url + ": cannot be reached: " + e.getMessage());
    }
  }

  @Override
  public Engine create(Path tempDir, String memoryLimit, int threads) {
    return create(tempDir, memoryLimit, threads, Map.of());
  }

  @Override
  public Engine create(Path tempDir, String memoryLimit, int threads, Map<String, String> options) {
    SparkSession running = SparkSession.getActiveSession().getOrElse(() -> null);
    if (running == null) {
      running = SparkSession.getDefaultSession().getOrElse(() -> null);
    }
    boolean owned = running == null;
    String master =
        options.getOrDefault(
            MASTER,
            System.getProperty(
                "spark.master", "local[" + (threads > 0 ? Integer.toString(threads) : "*") + "]"));
    SparkSession base;
    try {
      if (owned) {
        SparkSession.Builder builder =
            SparkSession.builder()
                .appName("saldo")
                .master(master)
                .config("spark.ui.showConsoleProgress", "false");
        if (master.startsWith("local")) {
          builder.config("spark.ui.enabled", "false");
        }
        if (tempDir != null) {
          builder.config("spark.local.dir", Files.createDirectories(tempDir).toString());
        }
        if (memoryLimit != null && !master.startsWith("local")) {
          builder.config("spark.executor.memory", memoryLimit);
        }
        base = builder.getOrCreate();
        base.sparkContext().setLogLevel("ERROR");
      } else {
        base = running;
      }
    } catch (java.io.IOException | RuntimeException e) {
      throw new SaldoException(
          SaldoException.FAILED, "cannot start Spark (" + master + "): " + e.getMessage(), e);
    }
    SparkSession session = base.newSession();
    // the method's SQL quotes identifiers with double quotes ("group"), which Spark reads only in
    // ANSI mode; ANSI also makes a failed cast an error instead of a silent null (try_cast is
    // meant)
    session.conf().set("spark.sql.ansi.enabled", "true");
    session.conf().set("spark.sql.ansi.doubleQuotedIdentifiers", "true");
    session.conf().set("spark.sql.session.timeZone", "UTC");
    // Spark 4.2's join reordering fails an assertion on the method's joins beside a cross join
    // with the one-row settings table; the SQL is written in a good join order already
    session
        .conf()
        .set(
            "spark.sql.optimizer.excludedRules",
            "org.apache.spark.sql.catalyst.optimizer.ReorderJoin");
    if (base.sparkContext().isLocal() && !base.conf().contains("spark.sql.shuffle.partitions")) {
      session
          .conf()
          .set(
              "spark.sql.shuffle.partitions",
              Integer.toString(Math.max(2, 2 * base.sparkContext().defaultParallelism())));
    }
    SparkSession toStop = owned ? base : null;
    return new SparkEngine(
        session,
        () -> {
          if (toStop != null) {
            toStop.stop();
          }
        });
  }
}
