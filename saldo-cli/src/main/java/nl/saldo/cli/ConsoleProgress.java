package nl.saldo.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.saldo.core.pipeline.ProgressListener;
import nl.saldo.core.pipeline.Stage;

/**
 * Progress on stderr: quiet for runs of a few seconds; after that a line per stage, and a heartbeat
 * every ten seconds while a long stage runs.
 */
final class ConsoleProgress implements ProgressListener, AutoCloseable {
  private static final long QUIET_MILLIS = 2_000;

  private final PrintStream out;
  private final long start = System.currentTimeMillis();
  private final ScheduledExecutorService heartbeat =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "saldo-progress");
            thread.setDaemon(true);
            return thread;
          });
  private volatile Stage current;
  private volatile long stageStart;

  ConsoleProgress(PrintStream out) {
    this.out = out;
    heartbeat.scheduleAtFixedRate(this::beat, 10, 10, TimeUnit.SECONDS);
  }

  @Override
  public void started(Stage stage) {
    current = stage;
    stageStart = System.currentTimeMillis();
    if (elapsed() > QUIET_MILLIS) {
      out.printf(
          Locale.ROOT,
          "saldo: [%2d/%d] %s …%n",
          stage.ordinal() + 1,
          Stage.values().length,
          stage.description());
    }
  }

  @Override
  public void finished(Stage stage, long millis) {
    current = null;
    if (elapsed() > QUIET_MILLIS) {
      out.printf(
          Locale.ROOT, "saldo:         %s done in %.1f s%n", stage.description(), millis / 1000.0);
    }
  }

  private void beat() {
    Stage stage = current;
    if (stage != null) {
      out.printf(
          Locale.ROOT,
          "saldo:         … still %s (%d s)%n",
          stage.description(),
          (System.currentTimeMillis() - stageStart) / 1000);
    }
  }

  private long elapsed() {
    return System.currentTimeMillis() - start;
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
  }
}
