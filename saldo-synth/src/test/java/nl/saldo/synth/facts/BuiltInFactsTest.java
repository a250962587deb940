package nl.saldo.synth.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in summary holds the same facts as the real CBS files it was written from. */
class BuiltInFactsTest {
  private static final Path SHARED_DATA = Path.of("../../shared/data");

  @Test
  void hasTheMunicipalitiesOf2018WithTheirFigures() {
    AreaFacts facts = BuiltInFacts.load();
    assertThat(facts.municipalities()).hasSize(380);
    Municipality groningen = facts.municipalities().get(facts.indexOf("GM0014"));
    assertThat(groningen.gemeenteName()).isEqualTo("Groningen");
    assertThat(groningen.oad()).isEqualTo(3456);
    assertThat(groningen.inhabitants2018()).isEqualTo(202_810);
    long north2018 =
        facts.municipalities().stream()
            .filter(m -> List.of("Groningen", "Friesland", "Drenthe").contains(m.province()))
            .mapToLong(Municipality::inhabitants2018)
            .sum();
    assertThat(north2018).isEqualTo(1_722_312);
  }

  @Test
  void equalsWhatTheSharedDataReaderReads() throws IOException {
    assumeTrue(Files.isDirectory(SHARED_DATA), "shared/data not on this machine");
    AreaFacts real = new SharedDataReader(SHARED_DATA).read();
    AreaFacts builtIn = BuiltInFacts.load();
    for (int m = 0; m < real.municipalities().size(); m++) {
      Municipality a = real.municipalities().get(m);
      Municipality b = builtIn.municipalities().get(builtIn.indexOf(a.gemeenteCode()));
      assertThat(b.inhabitants2011()).as(a.gemeenteCode()).isEqualTo(a.inhabitants2011());
      assertThat(b.inhabitants2017()).as(a.gemeenteCode()).isEqualTo(a.inhabitants2017());
      assertThat(b.oad()).as(a.gemeenteCode()).isEqualTo(Math.rint(a.oad()));
      assertThat(b.agePct())
          .as(a.gemeenteCode())
          .isEqualTo(Arrays.stream(a.agePct()).map(Math::rint).toArray());
    }
    int groningen = real.indexOf("GM0014");
    int leeuwarden = real.indexOf("GM0080");
    assertThat(builtIn.moves2018(builtIn.indexOf("GM0014"), builtIn.indexOf("GM0080")))
        .isEqualTo(real.moves2018(groningen, leeuwarden))
        .isPositive();
  }
}
