package nl.saldo.core.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.saldo.core.SaldoException;

/**
 * A run's outputs are written to a hidden per-run directory beside the target ({@code
 * .NAME.saldo-tmp-PID-…}, a {@link ScratchDirectory}) and moved into place only when complete, so a
 * failed, stopped or killed run leaves no half-written results. An existing non-empty target is
 * refused unless overwriting was asked for, and even then only a directory that holds a previous
 * saldo run (its manifest.json and the files that manifest lists, nothing else) is replaced.
 */
public final class OutputDirectory implements AutoCloseable {
  /**
   * Files of saldo's own in a run directory that its manifest does not list: the exact accounting
   * (kept out of the manifest on purpose, docs/disclosure.md) and what saldo demo and saldo
   * compare-report write into a published run afterwards.
   */
  static final Set<String> WRITTEN_LATER =
      Set.of("audit/accounting.json", "compare-report.csv", "compare-report.txt");

  private final Path target;
  private final boolean overwrite;
  private final ScratchDirectory run;
  private final Path staging;
  private boolean published;

  private OutputDirectory(Path target, boolean overwrite, ScratchDirectory run) {
    this.target = target;
    this.overwrite = overwrite;
    this.run = run;
    this.staging = run.resolve("staging");
  }

  /** Checks the target, removes what killed runs left beside it, creates the staging directory. */
  public static OutputDirectory prepare(Path target, boolean overwrite) {
    Path absolute = target.toAbsolutePath().normalize();
    if (absolute.getParent() == null) {
      throw SaldoException.invalidInput("--out " + target + " is the root of the file system");
    }
    checkTarget(target, absolute, overwrite);
    return new OutputDirectory(
        absolute, overwrite, ScratchDirectory.create(absolute.getParent(), prefix(absolute)));
  }

  /** The name prefix of the per-run directories beside {@code target}. */
  public static String prefix(Path target) {
    return "." + target.toAbsolutePath().normalize().getFileName() + ".saldo-tmp-";
  }

  private static void checkTarget(Path shown, Path absolute, boolean overwrite) {
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw SaldoException.invalidInput("--out " + shown + " is a file, not a directory");
    }
    if (isEmptyOrMissing(absolute)) {
      return;
    }
    if (!overwrite) {
      throw SaldoException.invalidInput(
          "--out "
              + shown
              + " exists and is not empty; choose another directory or add --overwrite");
    }
    String why = notAPreviousRun(absolute);
    if (why != null) {
      throw SaldoException.invalidInput(
          "--out "
              + shown
              + " is not the output of a previous saldo run ("
              + why
              + "); --overwrite replaces only such a directory, never anything else: choose another"
              + " directory");
    }
  }

  /**
   * Null when {@code dir} holds a previous saldo run: a manifest.json written by saldo and only the
   * files that manifest lists; otherwise what is in the way.
   */
  public static String notAPreviousRun(Path dir) {
    Path manifestFile = dir.resolve("manifest.json");
    if (!Files.isRegularFile(manifestFile)) {
      return "it has no manifest.json";
    }
    JsonNode manifest;
    try {
      manifest = new ObjectMapper().readTree(manifestFile.toFile());
    } catch (IOException e) {
      return "its manifest.json cannot be read as JSON";
    }
    if (manifest == null
        || !"saldo".equals(manifest.path("tool").path("name").asText())
        || !manifest.path("outputs").isArray()) {
      return "its manifest.json was not written by saldo";
    }
    Set<String> listed = new HashSet<>(WRITTEN_LATER);
    listed.add("manifest.json");
    for (JsonNode output : manifest.path("outputs")) {
      listed.add(output.path("file").asText());
    }
    List<String> others = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.filter(p -> !Files.isDirectory(p)).sorted().toList()) {
        String relative = dir.relativize(path).toString().replace('\\', '/');
        if (!listed.contains(relative)) {
          others.add(relative);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return "it cannot be listed: " + e.getMessage();
    }
    if (!others.isEmpty()) {
      return "it also holds "
          + String.join(", ", others.subList(0, Math.min(5, others.size())))
          + (others.size() > 5 ? " and " + (others.size() - 5) + " more files" : "")
          + ", which its manifest does not list";
    }
    return null;
  }

  /** Where to write while the run is not complete. */
  public Path staging() {
    return staging;
  }

  public Path target() {
    return target;
  }

  /** The run's private directory, for other scratch (spill files, temporary files). */
  public ScratchDirectory scratch() {
    return run;
  }

  /** Moves the complete output into place. */
  public void publish() {
    try {
      run.ifOpen(
          () -> {
            if (Files.exists(target)) {
              if (!isEmptyOrMissing(target) && (!overwrite || notAPreviousRun(target) != null)) {
                throw SaldoException.invalidInput(
                    "--out " + target + " was filled while saldo ran; nothing written");
              }
              move(target, run.path().resolve("previous"));
            }
            move(staging, target);
            published = true;
          });
    } catch (IOException e) {
      throw new SaldoException(
          SaldoException.FAILED, "cannot move outputs into " + target + ": " + e.getMessage(), e);
    }
  }

  /** Removes the per-run directory: the staging directory if not published, the replaced run. */
  @Override
  public void close() {
    run.close();
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
}
