package nl.saldo.core.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.saldo.core.SaldoException;

/**
 * A run's outputs are written to a hidden temporary directory beside the target and moved into
 * place only when complete, so a failed run leaves no half-written results. An existing non-empty
 * target is refused unless overwriting was asked for.
 */
public final class OutputDirectory implements AutoCloseable {
  private final Path target;
  private final boolean overwrite;
  private final Path staging;
  private boolean published;

  private OutputDirectory(Path target, boolean overwrite, Path staging) {
    this.target = target;
    this.overwrite = overwrite;
    this.staging = staging;
  }

  /** Checks the target and creates the staging directory. */
  public static OutputDirectory prepare(Path target, boolean overwrite) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw SaldoException.invalidInput("--out " + target + " is a file, not a directory");
    }
    if (!overwrite && !isEmptyOrMissing(absolute)) {
      throw SaldoException.invalidInput(
          "--out "
              + target
              + " exists and is not empty; choose another directory or add --overwrite");
    }
    try {
      Path parent = absolute.getParent();
      Files.createDirectories(parent);
      Path staging =
          Files.createTempDirectory(parent, "." + absolute.getFileName() + ".saldo-tmp-");
      usualPermissions(staging);
      return new OutputDirectory(absolute, overwrite, staging);
    } catch (IOException e) {
      throw new SaldoException(
          SaldoException.FAILED,
          "cannot create output directory beside " + target + ": " + e.getMessage(),
          e);
    }
  }

  /** Where to write while the run is not complete. */
  public Path staging() {
    return staging;
  }

  public Path target() {
    return target;
  }

  /** Moves the complete output into place. */
  public void publish() {
    try {
      Path old = null;
      if (Files.exists(target)) {
        if (!overwrite && !isEmptyOrMissing(target)) {
          throw SaldoException.invalidInput(
              "--out " + target + " was filled while saldo ran; nothing written");
        }
        old = target.resolveSibling("." + target.getFileName() + ".saldo-old-" + System.nanoTime());
        move(target, old);
      }
      move(staging, target);
      published = true;
      if (old != null) {
        delete(old);
      }
    } catch (IOException e) {
      throw new SaldoException(
          SaldoException.FAILED, "cannot move outputs into " + target + ": " + e.getMessage(), e);
    }
  }

  /** Removes the staging directory when the run did not complete. */
  @Override
  public void close() {
    if (!published) {
      delete(staging);
    }
  }

  /**
   * A temporary directory is private to its owner; the published output gets a directory's usual
   * rights.
   */
  private static void usualPermissions(Path dir) {
    try {
      Files.setPosixFilePermissions(
          dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system (Windows): the directory keeps the rights it was created with
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static boolean isEmptyOrMissing(Path dir) {
    if (!Files.exists(dir)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      System.err.println("saldo: warning: could not remove " + dir + ": " + e.getMessage());
    }
  }
}
