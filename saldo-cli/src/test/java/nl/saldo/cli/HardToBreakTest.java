package nl.saldo.cli;

import static nl.saldo.cli.RunCommandTest.saldo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import nl.saldo.cli.RunCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, as a careless or unlucky user: an --out that would delete the input, --overwrite on a
 * directory that is not a saldo run, options that are wrong, a study's absolute boundaries path, a
 * missing gemeenten.csv. Each refusal comes before any work (no "reading inputs" on stderr) with
 * exit code 2 and leaves every input as it was.
 */
class HardToBreakTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "small");

  @TempDir Path dir;

  /** A private copy of examples/small in {@code dir/v}. */
  private Path copyExample() throws IOException {
    Path v = dir.resolve("v");
    try (Stream<Path> walk = Files.walk(EXAMPLE)) {
      for (Path path : walk.toList()) {
        Path copy = v.resolve(EXAMPLE.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(path, copy);
        }
      }
    }
    return v;
  }

  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  private Result run(Path v, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--data",
                v.resolve("data").toString(),
                "--areas",
                v.resolve("areas").toString()));
    args.addAll(List.of(more));
    return saldo(args.toArray(String[]::new));
  }

  private static void refusedBeforeWork(Result result, String message) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.err()).contains("saldo: error: " + message).doesNotContain("reading inputs");
  }

  @Test
  void outEqualToTheDataDirectoryIsRefusedEvenWithOverwrite() throws IOException {
    Path v = copyExample();
    List<String> before = tree(v);
    Path data = v.resolve("data");
    refusedBeforeWork(
        run(v, "--out", data.toString(), "--overwrite"),
        "--out " + data + " would overwrite input: it is the data directory " + data);
    assertThat(tree(v)).isEqualTo(before);
  }

  @Test
  void outHoldingTheInputsIsRefused() throws IOException {
    Path v = copyExample();
    List<String> before = tree(v);
    refusedBeforeWork(
        run(v, "--out", v.toString(), "--overwrite"),
        "--out "
            + v
            + " would overwrite input: it holds the data directory "
            + v.resolve("data")
            + "; it holds the areas directory "
            + v.resolve("areas"));
    assertThat(tree(v)).isEqualTo(before);
  }

  @Test
  void outInsideAnInputDirectoryIsRefused() throws IOException {
    Path v = copyExample();
    Path inside = v.resolve("areas").resolve("overlays").resolve("out");
    refusedBeforeWork(
        run(v, "--out", inside.toString()),
        "--out "
            + inside
            + " would overwrite input: it lies inside the areas directory "
            + v.resolve("areas"));
    assertThat(inside).doesNotExist();
  }

  @Test
  void outHoldingTheStudyFileOrTheWorkingDirectoryIsRefused() throws IOException {
    Path v = copyExample();
    Path studies = Files.createDirectories(dir.resolve("studies"));
    Path study = Files.writeString(studies.resolve("study.yaml"), "name: noord-nederland-2018\n");
    refusedBeforeWork(
        run(v, "--out", studies.toString(), "--overwrite", "--study", study.toString()),
        "--out " + studies + " would overwrite input: it holds the study file " + study);
    assertThat(study).exists();
    Path parentOfWorkingDirectory = Path.of("").toAbsolutePath().getParent();
    refusedBeforeWork(
        run(v, "--out", parentOfWorkingDirectory.toString(), "--overwrite"),
        "--out "
            + parentOfWorkingDirectory
            + " would overwrite input: it holds the working directory");
  }

  @Test
  void anotherSpellingOfTheDataDirectoryThroughASymbolicLinkIsCaught() throws IOException {
    Path v = copyExample();
    Path link = Files.createSymbolicLink(dir.resolve("link"), v.resolve("data"));
    refusedBeforeWork(
        run(v, "--out", link.toString(), "--overwrite"),
        "--out " + link + " would overwrite input: it is the data directory");
    assertThat(tree(v.resolve("data"))).contains("persons.csv");
  }

  @Test
  void overwriteReplacesNothingButAPreviousSaldoRun() throws IOException {
    Path v = copyExample();
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(mine.resolve("thesis.docx"), "years of work");
    refusedBeforeWork(
        run(v, "--out", mine.toString(), "--overwrite"),
        "--out "
            + mine
            + " is not the output of a previous saldo run (it has no manifest.json); --overwrite"
            + " replaces only such a directory, never anything else: choose another directory");
    assertThat(mine.resolve("thesis.docx")).hasContent("years of work");
  }

  @Test
  void wrongOptionsAreRefusedBeforeAnyWork() throws IOException {
    Path v = copyExample();
    Path out = dir.resolve("out");
    refusedBeforeWork(
        run(v, "--out", out.toString(), "--lang", "fr"),
        "--lang fr is not supported: expected nl or en");
    refusedBeforeWork(
        run(v, "--out", out.toString(), "--memory-limit", "8"),
        "--memory-limit 8 is not a size: expected a number and a unit such as 500MB, 8GB or 16GiB");
    refusedBeforeWork(
        run(v, "--out", out.toString(), "--memory-limit", "8KB"),
        "--memory-limit 8KB is too small: expected at least 100MB");
    refusedBeforeWork(
        run(v, "--out", out.toString(), "--threads", "-2"),
        "--threads -2 is negative: expected 0 (one per core) or more");
    // --temp-dir naming a file is refused by TempDirectory (issue 17) before this check runs
    Path study =
        Files.writeString(dir.resolve("study.yaml"), "boundaries: " + dir.resolve("nowhere.json"));
    refusedBeforeWork(
        run(v, "--out", out.toString(), "--study", study.toString()),
        "study file boundaries: "
            + dir.resolve("nowhere.json")
            + " does not exist: expected a GeoJSON or TopoJSON file");
    assertThat(out).doesNotExist();
    try (Stream<Path> entries = Files.list(dir)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("v", "study.yaml");
    }
  }

  @Test
  void demoReplacesOnlyAnEarlierDemo() throws IOException {
    Path demo = Files.createDirectories(dir.resolve("demo").resolve("run"));
    Files.writeString(demo.resolve("notes.txt"), "mine");
    Result result = saldo("demo", "--out", dir.resolve("demo").toString(), "--fraction", "0.01");
    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.err())
        .contains(
            "saldo: error: --out "
                + dir.resolve("demo")
                + ": "
                + demo
                + " is not the output of a previous saldo run (it has no manifest.json)")
        .doesNotContain("generating");
    assertThat(demo.resolve("notes.txt")).hasContent("mine");
    Path synth = Files.createDirectories(dir.resolve("demo2").resolve("synth"));
    Files.writeString(synth.resolve("data.csv"), "mine");
    result = saldo("demo", "--out", dir.resolve("demo2").toString(), "--lang", "en");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("holds files saldo synth does not write (data.csv)");
    assertThat(saldo("demo", "--out", dir.resolve("demo3").toString(), "--lang", "xx").err())
        .contains("saldo: error: --lang xx is not supported: expected nl or en");
  }

  /**
   * One run with the study's boundaries given as an absolute path and no gemeenten.csv, then the
   * same run again over it with --overwrite (a previous run is replaced), then refused once a stray
   * file sits in it.
   */
  @Test
  void absolutePathsStayOutAndTheSourceOfGemeentenIsTold() throws IOException {
    Path v = copyExample();
    Files.delete(v.resolve("areas").resolve("gemeenten.csv"));
    Path geo =
        Files.copy(
            Path.of("..", "..", "shared", "data", "geo", "gemeente_2018_wgs84.topojson"),
            Files.createDirectories(dir.resolve("secret-place")).resolve("gm.topojson"));
    Path study =
        Files.writeString(
            dir.resolve("study.yaml"),
            "name: noord-nederland-2018\nboundaries: " + geo.toAbsolutePath() + "\n");
    Path out = dir.resolve("out");
    Result first = run(v, "--out", out.toString(), "--study", study.toString(), "--lang", "en");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err())
        .contains(
            "saldo: note: no gemeenten.csv in the areas directory; using the one bundled with study"
                + " noord-nederland-2018");
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.at("/study/boundaries").asText()).isEqualTo("gm.topojson");
    JsonNode gemeenten = null;
    for (JsonNode input : manifest.at("/inputs")) {
      if (input.at("/table").asText().equals("gemeenten")) {
        gemeenten = input;
      }
    }
    assertThat(gemeenten).isNotNull();
    assertThat(gemeenten.at("/file").asText())
        .isEqualTo("study noord-nederland-2018: gemeenten.csv");
    assertThat(gemeenten.at("/derived_from").asText()).isEqualTo("bundled with saldo");
    String secret = "secret-place";
    assertThat(Files.readString(out.resolve("manifest.json"))).doesNotContain(secret);
    assertThat(Files.readString(out.resolve("report.html"))).doesNotContain(secret);
    try (ZipFile xlsx = new ZipFile(out.resolve("report.xlsx").toFile())) {
      for (var entry : java.util.Collections.list(xlsx.entries())) {
        String text = new String(xlsx.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).as(entry.getName()).doesNotContain(secret);
      }
    }

    Result again =
        run(v, "--out", out.toString(), "--study", study.toString(), "--overwrite", "--lang", "en");
    assertThat(again.exitCode()).as(again.err()).isZero();
    Files.writeString(out.resolve("my-notes.txt"), "keep");
    Result refused =
        run(v, "--out", out.toString(), "--study", study.toString(), "--overwrite", "--lang", "en");
    refusedBeforeWork(
        refused,
        "--out "
            + out
            + " is not the output of a previous saldo run (it also holds my-notes.txt, which its"
            + " manifest does not list)");
    assertThat(out.resolve("my-notes.txt")).hasContent("keep");
    try (Stream<Path> entries = Files.list(dir)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .as("no staging or scratch directory left beside --out")
          .containsExactlyInAnyOrder("v", "secret-place", "study.yaml", "out");
    }
  }
}
