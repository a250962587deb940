package nl.saldo.core.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import nl.saldo.core.SaldoException;

/**
 * One run's private directory for everything that must not outlive the run: the staging directory
 * of the outputs, the engine's spill files, the report writer's temporary files. Its name is {@code
 * PREFIX<pid>-<random>} and it holds {@code saldo.lock}, a file locked for as long as the run
 * lives; the operating system releases that lock when the process dies, however it dies.
 *
 * <p>The directory is removed by {@link #close()} on a normal end, by a shutdown hook on SIGTERM or
 * Ctrl-C, and after SIGKILL or a power cut by the next run that creates a directory with the same
 * prefix in the same place ({@link #sweep}): a directory is stale when its lock can be taken (its
 * owner is dead), or when it has no lock file yet and the process named in it no longer exists. A
 * directory whose lock is held by a live run, or that this user may not open, is never touched.
 */
public final class ScratchDirectory implements AutoCloseable {
  public static final String LOCK_FILE = "saldo.lock";

  /** The prefix of a run's directory inside --temp-dir. */
  public static final String TEMP_PREFIX = "saldo-run-";

  /**
   * Directories of this JVM: never swept, whatever their lock says (POSIX locks are per process).
   */
  private static final Set<Path> OWN = ConcurrentHashMap.newKeySet();

  private static final long WATCH_NANOS = 1_000_000_000L;

  private final Path dir;
  private final FileChannel channel;
  private final Thread hook;
  private boolean closed;

  private ScratchDirectory(Path dir, FileChannel channel) {
    this.dir = dir;
    this.channel = channel;
    this.hook = new Thread(this::onShutdown, "saldo-cleanup " + dir.getFileName());
  }

  /**
   * Removes stale directories with {@code prefix} in {@code parent}, then creates and locks a new
   * one.
   */
  public static ScratchDirectory create(Path parent, String prefix) {
    try {
      Files.createDirectories(parent);
      sweep(parent, prefix);
      Path dir = Files.createTempDirectory(parent, prefix + ProcessHandle.current().pid() + "-");
      OWN.add(dir);
      FileChannel channel =
          FileChannel.open(
              dir.resolve(LOCK_FILE),
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        throw new IOException("cannot lock " + dir.resolve(LOCK_FILE));
      }
      channel.write(
          ByteBuffer.wrap(
              ("saldo run, process " + ProcessHandle.current().pid() + "\n")
                  .getBytes(StandardCharsets.UTF_8)));
      channel.force(true);
      ScratchDirectory scratch = new ScratchDirectory(dir, channel);
      Runtime.getRuntime().addShutdownHook(scratch.hook);
      return scratch;
    } catch (IOException e) {
      throw new SaldoException(
          SaldoException.FAILED,
          "cannot create a temporary directory in " + parent + ": " + e.getMessage(),
          e);
    }
  }

  public Path path() {
    return dir;
  }

  /** A subdirectory, created on first use. */
  public synchronized Path resolve(String name) {
    if (closed) {
      throw new SaldoException(SaldoException.FAILED, "saldo was stopped; nothing written");
    }
    try {
      return Files.createDirectories(dir.resolve(name));
    } catch (IOException e) {
      throw new SaldoException(
          SaldoException.FAILED, "cannot create " + dir.resolve(name) + ": " + e.getMessage(), e);
    }
  }

  /** True once the directory is removed (normal end or shutdown hook); then nothing may use it. */
  public synchronized boolean closed() {
    return closed;
  }

  /**
   * Runs {@code action} unless the directory is already removed, holding off the shutdown hook
   * meanwhile (a SIGTERM during the final move into place waits for the move to finish).
   */
  public synchronized void ifOpen(IoAction action) throws IOException {
    if (closed) {
      throw new SaldoException(SaldoException.FAILED, "saldo was stopped; nothing written");
    }
    action.run();
  }

  /** An action on the file system. */
  @FunctionalInterface
  public interface IoAction {
    void run() throws IOException;
  }

  /** Removes the directory and everything in it. */
  @Override
  public void close() {
    closeQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs or ran
    }
  }

  private synchronized void closeQuietly() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      channel.close();
    } catch (IOException e) {
      // the lock goes with the process anyway
    }
    for (int attempt = 1; attempt <= 3 && Files.exists(dir); attempt++) {
      deleteTree(dir, attempt == 3);
    }
    OWN.remove(dir);
  }

  /**
   * On SIGTERM or Ctrl-C the run's other threads (the engine's, the report writer, a driver
   * unpacking its library) go on while this hook runs and may create files, even the directory
   * again, after a first pass; so the hook deletes what appears for a second, then the JVM halts.
   */
  private void onShutdown() {
    closeQuietly();
    long until = System.nanoTime() + WATCH_NANOS;
    while (System.nanoTime() < until) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        return;
      }
      if (Files.exists(dir)) {
        deleteTree(dir, false);
      }
    }
  }

  /** Removes the directories with {@code prefix} in {@code parent} whose run is dead. */
  public static void sweep(Path parent, String prefix) {
    List<Path> candidates;
    try (Stream<Path> entries = Files.list(parent)) {
      candidates =
          entries
              .filter(path -> path.getFileName().toString().startsWith(prefix))
              .filter(Files::isDirectory)
              .toList();
    } catch (IOException e) {
      return;
    }
    for (Path candidate : candidates) {
      if (!OWN.contains(candidate) && stale(candidate, prefix)) {
        deleteTree(candidate, true);
      }
    }
  }

  private static boolean stale(Path dir, String prefix) {
    Path lockFile = dir.resolve(LOCK_FILE);
    if (!Files.exists(lockFile)) {
      return !alive(dir.getFileName().toString().substring(prefix.length()));
    }
    try (FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return false;
      }
      lock.release();
      return true;
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException | OverlappingFileLockException e) {
      return false;
    }
  }

  /** Whether the process whose id starts {@code nameRest} ("1234-5678") still runs. */
  private static boolean alive(String nameRest) {
    int dash = nameRest.indexOf('-');
    try {
      long pid = Long.parseLong(dash < 0 ? nameRest : nameRest.substring(0, dash));
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return true; // not one of ours: leave it alone
    }
  }

  /** Deletes a tree; a warning on failure only when {@code warn}. */
  static void deleteTree(Path root, boolean warn) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      if (warn) {
        System.err.println("saldo: warning: could not remove " + root + ": " + e.getMessage());
      }
    }
  }
}
