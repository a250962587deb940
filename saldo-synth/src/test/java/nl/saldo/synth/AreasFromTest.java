package nl.saldo.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --areas-from reads the real CBS files; the built-in summary gives the same population. */
class AreasFromTest {
  private static final Path SHARED_DATA = Path.of("../../shared/data");

  @Test
  void realFilesAndBuiltInSummaryGiveTheSameBytes(@TempDir Path fromFiles, @TempDir Path builtIn)
      throws IOException {
    assumeTrue(Files.isDirectory(SHARED_DATA), "shared/data not on this machine");
    Synthesizer.generate(options(fromFiles, SHARED_DATA), line -> {});
    Synthesizer.generate(options(builtIn, null), line -> {});
    for (String file :
        List.of(
            "data/persons.csv",
            "data/residences.csv",
            "data/incomes.csv",
            "data/addresses.csv",
            "areas/buurten.csv")) {
      assertThat(Files.mismatch(fromFiles.resolve(file), builtIn.resolve(file)))
          .as(file)
          .isEqualTo(-1L);
    }
  }

  @Test
  void namesTheMissingFileOfAnIncompleteDirectory(@TempDir Path out, @TempDir Path empty) {
    assertThatThrownBy(() -> Synthesizer.generate(options(out, empty), line -> {}))
        .hasMessage(
            "--areas-from "
                + empty
                + ": missing areas/gemeenten_2018.csv; expected the"
                + " layout of shared/data (see its PROVENANCE.md)");
  }

  private static SynthOptions options(Path out, Path areasFrom) {
    return new SynthOptions(
        out,
        "noord-nederland-2018",
        SynthOptions.Scale.NORTH,
        0.003,
        5,
        SynthOptions.Format.CSV,
        areasFrom);
  }
}
