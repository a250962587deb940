package nl.saldo.core.output;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * -Dsaldo.write.timing=true prints the time of every part of the write stage (tables, manifest,
 * each report) to stderr, wall and CPU time of the thread that did it, to find the next cost.
 */
public final class WriteTiming {
  private static final boolean ON = Boolean.getBoolean("saldo.write.timing");

  private final long wall;
  private final long cpu;

  private WriteTiming() {
    wall = System.nanoTime();
    cpu = ON ? threads().getCurrentThreadCpuTime() : 0;
  }

  /** Starts timing a part on the current thread. */
  public static WriteTiming start() {
    return new WriteTiming();
  }

  /** Prints the part's time since {@link #start()} when timing is on. */
  public void done(String what) {
    if (ON) {
      System.err.printf(
          "write %6.2f s wall %6.2f s cpu  %s%n",
          (System.nanoTime() - wall) / 1e9,
          (threads().getCurrentThreadCpuTime() - cpu) / 1e9,
          what);
    }
  }

  private static ThreadMXBean threads() {
    return ManagementFactory.getThreadMXBean();
  }
}
