package nl.saldo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.saldo.core.SaldoException;

/**
 * Refuses an output directory that could destroy or pollute an input. Replacing {@code --out}
 * deletes it whole, so it must not be an input, hold an input or hold the working directory; and
 * writing into an input directory would mix outputs with inputs (an overlays/ directory would read
 * them as overlays on the next run), so {@code --out} must not lie inside the data, areas or
 * register directory either. Paths are compared after resolving symbolic links, so another spelling
 * of the same directory is caught too.
 */
final class InputGuard {
  private final Map<String, Path> directories = new LinkedHashMap<>();
  private final Map<String, Path> files = new LinkedHashMap<>();

  /** An input directory: {@code --out} may be neither inside nor around it. */
  InputGuard directory(String what, Path dir) {
    if (dir != null) {
      directories.put(what, dir);
    }
    return this;
  }

  /** An input file: {@code --out} may not be it or hold it. */
  InputGuard file(String what, Path file) {
    if (file != null) {
      files.put(what, file);
    }
    return this;
  }

  /** Throws an invalid-input error naming the input that {@code out} would destroy. */
  void check(String option, Path out) {
    Path target = real(out);
    List<String> faults = new ArrayList<>();
    Path workingDirectory = real(Path.of(""));
    if (workingDirectory.startsWith(target)) {
      faults.add(
          target.equals(workingDirectory)
              ? "it is the working directory"
              : "it holds the working directory " + workingDirectory);
    }
    for (Map.Entry<String, Path> input : directories.entrySet()) {
      Path dir = real(input.getValue());
      if (dir.equals(target)) {
        faults.add("it is the " + input.getKey() + " " + input.getValue());
      } else if (dir.startsWith(target)) {
        faults.add("it holds the " + input.getKey() + " " + input.getValue());
      } else if (target.startsWith(dir)) {
        faults.add("it lies inside the " + input.getKey() + " " + input.getValue());
      }
    }
    for (Map.Entry<String, Path> input : files.entrySet()) {
      Path file = real(input.getValue());
      if (file.equals(target)) {
        faults.add("it is the " + input.getKey() + " " + input.getValue());
      } else if (file.startsWith(target)) {
        faults.add("it holds the " + input.getKey() + " " + input.getValue());
      }
    }
    if (!faults.isEmpty()) {
      throw SaldoException.invalidInput(
          option
              + " "
              + out
              + " would overwrite input: "
              + String.join("; ", faults)
              + ". Choose an output directory outside every input");
    }
  }

  /**
   * The real path: symbolic links of the longest existing ancestor resolved, the rest (not yet
   * created) appended.
   */
  static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute;
    }
  }
}
