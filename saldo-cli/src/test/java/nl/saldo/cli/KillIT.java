package nl.saldo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI (target/saldo.jar) on examples/small as a separate process, killed at random
 * moments with SIGKILL or SIGTERM: --out is afterwards absent or complete (every file its manifest
 * lists, with that hash), a SIGTERM leaves no stray file, and the next run into the same place
 * succeeds and leaves nothing beside --out or in the temporary directory (java.io.tmpdir and
 * --temp-dir point into the test's directory, so every stray file is seen). Two runs in the default
 * build; {@code -Dsaldo.kill.runs=50} for the full test ({@code -Dsaldo.kill.seed=N} repeats one).
 */
class KillIT {
  private static final Path JAR = Path.of("target", "saldo.jar");
  private static final Path EXAMPLE =
      Path.of("..", "examples", "small").toAbsolutePath().normalize();

  private static final String POI_DIRECTORY = "poifiles";

  @TempDir static Path dir;
  private static Path tmp;

  @BeforeAll
  static void setUp() throws IOException {
    assertThat(JAR).as("run mvn package first").exists();
    tmp = Files.createDirectories(dir.resolve("tmp"));
    // POI's shared java.io.tmpdir/poifiles, owned by another OS user, made a second user's run
    // fail after the whole pipeline (AccessDeniedException); here it is a file nobody can write
    // into, and every run must still succeed and leave java.io.tmpdir as it found it.
    Files.writeString(tmp.resolve(POI_DIRECTORY), "another user's");
  }

  private static Process start(Path cwd, Path tmpdir, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-Djava.io.tmpdir=" + tmpdir);
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .directory(cwd.toFile())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("last-output.txt").toFile())
        .start();
  }

  private static String[] run(String out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--data",
                EXAMPLE.resolve("data").toString(),
                "--areas",
                EXAMPLE.resolve("areas").toString(),
                "--out",
                out,
                "--lang",
                "en"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void killedRunsLeaveOutAbsentOrCompleteAndTheNextRunCleansUp() throws Exception {
    int runs = Integer.getInteger("saldo.kill.runs", 2);
    long seed = Long.getLong("saldo.kill.seed", System.nanoTime());
    Random random = new Random(seed);
    Path work = Files.createDirectories(dir.resolve("kill"));
    Path out = work.resolve("out");
    Path temp = work.resolve("temp");
    TreeMap<String, Integer> outcomes = new TreeMap<>();
    for (int i = 0; i < runs; i++) {
      boolean sigkill = random.nextBoolean();
      boolean ownTemp = random.nextBoolean();
      long delay = (long) (random.nextDouble() * Long.getLong("saldo.kill.maxDelayMs", 8000));
      Process process =
          start(
              work,
              tmp,
              ownTemp
                  ? run(out.toString(), "--overwrite", "--temp-dir", temp.toString())
                  : run(out.toString(), "--overwrite"));
      boolean finished = process.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!finished) {
        if (sigkill) {
          process.destroyForcibly();
        } else {
          process.destroy();
        }
      }
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("run %d ends", i).isTrue();
      String what =
          finished
              ? "finished (exit " + process.exitValue() + ")"
              : (sigkill ? "SIGKILL" : "SIGTERM")
                  + (Files.exists(out) ? ", out complete" : ", out absent");
      outcomes.merge(what, 1, Integer::sum);
      assertAbsentOrComplete(
          out, "run " + i + " " + what + " after " + delay + " ms, seed " + seed);
      if (!finished && !sigkill) {
        // The shutdown hook removes the run's directories; only when the SIGTERM falls into the
        // engine's start (the driver unpacking and loading its library, seconds on a loaded
        // machine) can a per-run directory or the driver's library copy remain (50-run test, seed
        // 12, run 23), and the next run removes them (checked after the last run). Nothing else
        // may remain.
        List<String> strays = strays(work, tmp);
        assertThat(strays)
            .as(
                "SIGTERM leaves at most a per-run directory (run %d, %d ms, seed %d)",
                i, delay, seed)
            .allMatch(
                name ->
                    name.startsWith(".out.saldo-tmp-")
                        || name.startsWith("temp/saldo-run-")
                        || name.startsWith("java.io.tmpdir/libduckdb_java"));
        if (!strays.isEmpty()) {
          outcomes.merge("SIGTERM left a per-run directory for the next run", 1, Integer::sum);
        }
      }
    }
    // a library copy younger than two seconds may be about to be loaded by a live run, so the
    // sweep leaves it; a copy a SIGKILL interrupted is older than that when a user runs again
    Thread.sleep(3000);
    Process last =
        start(work, tmp, run(out.toString(), "--overwrite", "--temp-dir", temp.toString()));
    assertThat(last.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).as(Files.readString(dir.resolve("last-output.txt"))).isZero();
    assertAbsentOrComplete(out, "the run after the kills");
    assertThat(out.resolve("manifest.json")).exists();
    // Known gap (README): the driver's library copy of a run killed while it loaded may outlive
    // the next run's sweep on a loaded machine; no per-run directory or output may remain.
    assertThat(strays(work, tmp))
        .as("seed %d", seed)
        .allMatch(name -> name.startsWith("java.io.tmpdir/libduckdb_java"));
    System.out.println("KillIT: " + runs + " runs, seed " + seed + ": " + outcomes);
  }

  /** Everything in {@code work} but out/ and an empty temp/, and everything in java.io.tmpdir. */
  private static List<String> strays(Path work, Path tmpdir) throws IOException {
    List<String> strays = new ArrayList<>();
    try (Stream<Path> entries = Files.list(work)) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        if (name.equals("out")) {
          continue;
        }
        if (name.equals("temp")) {
          try (Stream<Path> inside = Files.list(entry)) {
            inside.forEach(p -> strays.add("temp/" + p.getFileName()));
          }
          continue;
        }
        strays.add(name);
      }
    }
    try (Stream<Path> entries = Files.list(tmpdir)) {
      entries
          .filter(p -> !p.getFileName().toString().equals(POI_DIRECTORY))
          .forEach(p -> strays.add("java.io.tmpdir/" + p.getFileName()));
    }
    return strays;
  }

  private static void assertAbsentOrComplete(Path out, String when) throws Exception {
    if (!Files.exists(out)) {
      return;
    }
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    // the manifest and its outputs, and the exact accounting it leaves unlisted on purpose (§7)
    List<String> files = new ArrayList<>(List.of("manifest.json", "audit/accounting.json"));
    for (JsonNode output : manifest.at("/outputs")) {
      Path file = out.resolve(output.at("/file").asText());
      assertThat(file).as(when).exists();
      String sha =
          HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
      assertThat(sha).as(when + ": " + file).isEqualTo(output.at("/sha256").asText());
      files.add(output.at("/file").asText());
    }
    try (Stream<Path> walk = Files.walk(out)) {
      assertThat(
              walk.filter(Files::isRegularFile)
                  .map(p -> out.relativize(p).toString().replace('\\', '/'))
                  .toList())
          .as(when + ": only the files of the manifest")
          .containsExactlyInAnyOrderElementsOf(files);
    }
  }

  /** `--out . --overwrite` in a directory holding the inputs: refused, nothing touched. */
  @Test
  void outIsTheWorkingDirectory() throws Exception {
    Path v = Files.createDirectories(dir.resolve("cwd"));
    Files.writeString(v.resolve("notes.txt"), "mine");
    Path data = v.resolve("data");
    Files.createDirectories(data);
    try (Stream<Path> files = Files.list(EXAMPLE.resolve("data"))) {
      for (Path file : files.toList()) {
        Files.copy(file, data.resolve(file.getFileName()));
      }
    }
    Process process =
        start(
            v,
            tmp,
            "run",
            "--data",
            "data",
            "--areas",
            EXAMPLE.resolve("areas").toString(),
            "--out",
            ".",
            "--overwrite");
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = Files.readString(dir.resolve("last-output.txt"));
    assertThat(process.exitValue()).as(output).isEqualTo(2);
    assertThat(output)
        .contains(
            "saldo: error: --out . would overwrite input: it is the working directory; it holds"
                + " the data directory data");
    assertThat(v.resolve("notes.txt")).hasContent("mine");
    assertThat(data.resolve("persons.csv")).exists();
  }
}
