package nl.saldo.core.pipeline;

import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import nl.saldo.core.SaldoException;

/** Creates engines; implementations are found with {@link ServiceLoader} by name. */
public interface EngineFactory {
  String DEFAULT = "duckdb";

  String name();

  /**
   * @param tempDir where the engine may spill to disk, or null for its default
   * @param memoryLimit e.g. "8GB", or null for the engine's default
   * @param threads worker threads, or 0 for the engine's default
   */
  Engine create(Path tempDir, String memoryLimit, int threads);

  /**
   * As {@link #create(Path, String, int)}, with options only some engines know (Spark: {@code
   * master}, the cluster to run on); an engine without options ignores them.
   */
  default Engine create(
      Path tempDir, String memoryLimit, int threads, java.util.Map<String, String> options) {
    return create(tempDir, memoryLimit, threads);
  }

  /**
   * Whether a file under a file system URL ({@code hdfs://…/persons.csv}) exists, for {@code --data
   * URL}; an engine that reads local files only (the default) refuses the URL.
   */
  default boolean exists(String url) {
    throw SaldoException.invalidInput(urlRefused(name(), url));
  }

  /** The message of an engine that reads local files only, given a file system URL. */
  static String urlRefused(String engine, String url) {
    return url
        + ": the "
        + engine
        + " engine reads local files only; a file system URL (hdfs://, s3a://, abfss://, file://)"
        + " is read by --engine spark (or copy the data to a local directory)";
  }

  static EngineFactory named(String name) {
    ServiceLoader<EngineFactory> factories = ServiceLoader.load(EngineFactory.class);
    return factories.stream()
        .map(ServiceLoader.Provider::get)
        .filter(factory -> factory.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                SaldoException.invalidInput(
                    "unknown engine \""
                        + name
                        + "\" (available: "
                        + factories.stream()
                            .map(p -> p.get().name())
                            .collect(Collectors.joining(", "))
                        + ")"));
  }
}
