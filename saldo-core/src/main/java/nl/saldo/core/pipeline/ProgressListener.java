package nl.saldo.core.pipeline;

/** Hears when stages start and end, for progress on the terminal. */
public interface ProgressListener {
  ProgressListener SILENT = new ProgressListener() {};

  default void started(Stage stage) {}

  default void finished(Stage stage, long millis) {}
}
