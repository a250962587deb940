package nl.saldo.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.saldo.core.SaldoException;
import nl.saldo.core.output.OutputDirectory;

/**
 * {@code saldo demo --out DIR} replaces DIR/synth and DIR/run of an earlier demo, and nothing else:
 * DIR/run must be missing, empty or a previous saldo run (the rules of {@code saldo run
 * --overwrite}), DIR/synth missing, empty or holding only the files the synthesizer writes. Other
 * things in DIR are left alone.
 */
final class DemoGuard {
  private static final Set<String> SYNTH_FILES = synthFiles();

  private DemoGuard() {}

  static void check(Path out) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw SaldoException.invalidInput("--out " + out + " is a file, not a directory");
    }
    Path synth = out.resolve("synth");
    Path run = out.resolve("run");
    new InputGuard().check("--out", synth);
    new InputGuard().directory("synthetic data directory", synth).check("--out", run);
    if (Files.exists(run) && !isEmpty(run)) {
      String why = Files.isDirectory(run) ? OutputDirectory.notAPreviousRun(run) : "it is a file";
      if (why != null) {
        throw SaldoException.invalidInput(
            "--out "
                + out
                + ": "
                + run
                + " is not the output of a previous saldo run ("
                + why
                + "); saldo demo replaces only an earlier demo's run/ and synth/: choose another"
                + " directory");
      }
    }
    if (Files.exists(synth) && !isEmpty(synth)) {
      List<String> others = others(synth);
      if (!others.isEmpty()) {
        throw SaldoException.invalidInput(
            "--out "
                + out
                + ": "
                + synth
                + " holds files saldo synth does not write ("
                + String.join(", ", others.subList(0, Math.min(5, others.size())))
                + "); saldo demo replaces only an earlier demo's run/ and synth/: choose another"
                + " directory");
      }
    }
  }

  private static List<String> others(Path synth) {
    if (!Files.isDirectory(synth)) {
      return List.of("it is a file");
    }
    List<String> others = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(synth)) {
      for (Path path : walk.filter(p -> !Files.isDirectory(p)).sorted().toList()) {
        String relative = synth.relativize(path).toString().replace('\\', '/');
        if (!SYNTH_FILES.contains(relative)) {
          others.add(relative);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      others.add("cannot be listed: " + e.getMessage());
    }
    return others;
  }

  private static boolean isEmpty(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> synthFiles() {
    List<String> files = new ArrayList<>();
    for (String table : List.of("persons", "residences", "incomes", "addresses")) {
      files.add("data/" + table + ".csv");
      files.add("data/" + table + ".parquet");
    }
    files.addAll(
        List.of("areas/buurten.csv", "areas/gemeenten.csv", "areas/overlays/veenkolonien.csv"));
    return Set.copyOf(files);
  }
}
