package nl.saldo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo prints ten lines of the comparison: header, the central measure, the tally. */
class ComparisonDigestTest {
  @Test
  void keepsTheHeaderTheCentralMeasureAndTheTallyInTenLines() {
    List<String> lines = new ArrayList<>();
    lines.add("area measure group report saldo diff tol ok");
    for (int i = 0; i < 200; i++) {
      lines.add("Krimpgebieden pop_2011 total " + i);
    }
    for (int i = 0; i < 9; i++) {
      lines.add("Area" + i + " share_change_pp lower -1.2 -0.9 0.3 0.5 yes");
    }
    lines.add("190 of 209 figures within tolerance (30 without a value in the run); table in x");
    List<String> digest = ComparisonDigest.digest(String.join("\n", lines));
    assertThat(digest).hasSize(9);
    assertThat(digest.get(0)).startsWith("area measure");
    assertThat(digest.subList(1, 8)).allMatch(line -> line.contains("share_change_pp"));
    assertThat(digest.get(8)).startsWith("190 of 209 figures within tolerance");
  }

  @Test
  void inDutchTheHeaderAndTheTallyAreDutch() {
    List<String> digest =
        ComparisonDigest.dutch(
            List.of(
                "area                     measure                    group        report      saldo"
                    + "      diff       tol ok",
                "Krimpgebieden share_change_pp lower -1.2 -0.9 0.3 0.5 yes",
                "228 of 239 figures within tolerance (3 without a value in the run); table in x"));
    assertThat(digest.get(0))
        .startsWith("gebied ")
        .contains("maat", "groep", "studie", "saldo", "vers")
        .doesNotContain("area", "measure", "report");
    assertThat(digest.get(0))
        .hasSameSizeAs(
            "area                     measure                    group        report      saldo"
                + "      diff       tol ok");
    assertThat(digest.get(1)).contains("share_change_pp");
    assertThat(digest.get(2))
        .isEqualTo("228 van 239 cijfers binnen de marge (3 zonder waarde in de run); tabel in x");
  }

  @Test
  void withoutTheCentralMeasureTheFirstFiguresStand() {
    List<String> digest = ComparisonDigest.digest("head\na\nb\ntally");
    assertThat(digest).containsExactly("head", "a", "b", "tally");
  }
}
