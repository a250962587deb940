package nl.saldo.duckdb;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The DuckDB driver copies its 70 MB native library to {@code java.io.tmpdir/libduckdb_java*.so}
 * (Files.createTempFile, read once at JVM start, so a run cannot redirect it) and deletes it only
 * when the JVM exits normally. On Linux a loaded library may be unlinked at once: this class
 * removes the process's own copy as soon as it is loaded, so a later SIGKILL leaves nothing, and
 * removes copies that killed runs left, recognised as files of this user that no live process of
 * this user has open or mapped. Elsewhere (no {@code /proc}) it does nothing.
 */
final class NativeLibraryFiles {
  private static final Path PROC = Path.of("/proc");
  private static final String PREFIX = "libduckdb_java";
  private static volatile boolean forgotten;
  private static volatile boolean loading;
  private static final java.util.concurrent.atomic.AtomicBoolean SWEPT =
      new java.util.concurrent.atomic.AtomicBoolean();

  private NativeLibraryFiles() {}

  /** Unlinks the library file this process has loaded, if it is a temporary copy. */
  static void forgetOwnCopy() {
    Path self = PROC.resolve("self").resolve("maps");
    if (!Files.isReadable(self)) {
      return;
    }
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    for (Path mapped : mapped(self)) {
      if (isCopy(mapped) && tmp.equals(mapped.getParent())) {
        try {
          Files.deleteIfExists(mapped);
        } catch (IOException e) {
          // deleteOnExit still removes it at a normal exit
        }
      }
    }
    forgotten = true;
  }

  /** Removes the copies of dead processes from java.io.tmpdir, once per process. */
  static void sweepOnce() {
    if (SWEPT.compareAndSet(false, true)) {
      sweep();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(NativeLibraryFiles::onShutdown, "saldo-duckdb-library"));
    }
  }

  /**
   * On SIGTERM during the driver's first use the copy may be half-written or not yet begun, and the
   * JVM's own deleteOnExit may run before the driver registers it: while the driver loads (at most
   * ten seconds) the process's own copy, open or mapped, is removed, so the JVM cannot halt with
   * one in place.
   */
  private static void onShutdown() {
    if (forgotten) {
      return;
    }
    long until = System.nanoTime() + 10_000_000_000L;
    long settle = System.nanoTime() + 1_000_000_000L;
    do {
      for (Path own : own()) {
        try {
          Files.deleteIfExists(own);
        } catch (IOException e) {
          // gone or not ours
        }
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        return;
      }
    } while (System.nanoTime() < until && (loading || System.nanoTime() < settle));
    for (Path own : own()) {
      try {
        Files.deleteIfExists(own);
      } catch (IOException e) {
        // gone or not ours
      }
    }
  }

  /** Called around the driver's first load, so the shutdown hook knows to wait for it. */
  static void loading(boolean now) {
    loading = now;
  }

  /** This process's copies in java.io.tmpdir: mapped, or open while being unpacked. */
  private static Set<Path> own() {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    Set<Path> own = new HashSet<>(mapped(PROC.resolve("self").resolve("maps")));
    own.addAll(open(PROC.resolve("self")));
    own.removeIf(path -> !tmp.equals(path.getParent()));
    return own;
  }

  private static Set<Path> open(Path process) {
    Set<Path> open = new HashSet<>();
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
      for (Path fd : fds) {
        try {
          Path target = Files.readSymbolicLink(fd);
          if (isCopy(target)) {
            open.add(target);
          }
        } catch (IOException e) {
          // closed meanwhile
        }
      }
    } catch (IOException e) {
      // another user's process, or gone
    }
    return open;
  }

  /** Removes the copies of dead processes from java.io.tmpdir. */
  static void sweep() {
    if (!Files.isReadable(PROC.resolve("self").resolve("maps"))) {
      return;
    }
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    List<Path> copies;
    try (Stream<Path> entries = Files.list(tmp)) {
      copies = entries.filter(NativeLibraryFiles::isCopy).toList();
    } catch (IOException e) {
      return;
    }
    if (copies.isEmpty()) {
      return;
    }
    Set<Path> inUse = inUse();
    String me = System.getProperty("user.name");
    FileTime recent = FileTime.fromMillis(System.currentTimeMillis() - 2000);
    for (Path copy : copies) {
      try {
        if (!inUse.contains(copy)
            && Files.getOwner(copy).getName().equals(me)
            && Files.getLastModifiedTime(copy).compareTo(recent) < 0) {
          Files.deleteIfExists(copy);
        }
      } catch (IOException e) {
        // someone else's, or gone already
      }
    }
  }

  private static boolean isCopy(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    return name.startsWith(PREFIX) && name.endsWith(".so");
  }

  /** Files mapped or open in any process this user may inspect. */
  private static Set<Path> inUse() {
    Set<Path> used = new HashSet<>();
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
      for (Path process : processes) {
        used.addAll(mapped(process.resolve("maps")));
        used.addAll(open(process));
      }
    } catch (IOException e) {
      // no /proc
    }
    return used;
  }

  private static Set<Path> mapped(Path maps) {
    Set<Path> paths = new HashSet<>();
    try (Stream<String> lines = Files.lines(maps)) {
      lines
          .filter(line -> line.contains(PREFIX))
          .forEach(
              line -> {
                int slash = line.indexOf('/');
                if (slash >= 0) {
                  String file = line.substring(slash).replace(" (deleted)", "");
                  paths.add(Path.of(file));
                }
              });
    } catch (IOException | java.io.UncheckedIOException e) {
      // another user's process, or gone
    }
    return paths;
  }
}
