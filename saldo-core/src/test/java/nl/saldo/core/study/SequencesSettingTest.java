package nl.saldo.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The study file's {@code sequences} (issue #14) and the monitor's window copy of the settings. */
class SequencesSettingTest {

  private static StudySettings parse(String yaml) throws IOException {
    return StudyFile.parse(
        "test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void areaTypeAndSixByDefaultOrTheFirstLayerWhenAreaTypeIsOff() throws IOException {
    assertThat(StudyFile.defaults().sequences())
        .isEqualTo(new StudySettings.Sequences("area_type", 6));
    assertThat(parse("layers: [gemeente, region]").sequences().layer()).isEqualTo("gemeente");
    assertThat(parse("sequences: {layer: region, max_length: 3}").sequences())
        .isEqualTo(new StudySettings.Sequences("region", 3));
  }

  @Test
  void aLayerOutsideTheStudyOrTooShortALengthIsRefused() {
    assertThatThrownBy(() -> parse("layers: [gemeente]\nsequences: {layer: region}"))
        .hasMessageContaining("sequences.layer")
        .hasMessageContaining("not one of the study's layers");
    assertThatThrownBy(() -> parse("sequences: {layer: buurt}"))
        .hasMessageContaining("unknown layer \"buurt\"");
    assertThatThrownBy(() -> parse("sequences: {max_length: 1}"))
        .hasMessageContaining("expected 2 or more");
    assertThatThrownBy(() -> parse("sequences: {length: 3}"))
        .hasMessageContaining("sequences.length");
  }

  @Test
  void aWindowCopyMovesTheStockYearsWithTheWindowAndKeepsTheRest() throws IOException {
    StudySettings base = parse("sequences: {max_length: 4}\nazc: {more_than_persons: 10}");
    StudySettings window = base.withWindow(LocalDate.of(2013, 1, 1), LocalDate.of(2018, 12, 31));
    assertThat(window.stockStartYear()).isEqualTo(2013);
    assertThat(window.stockEndYear()).isEqualTo(2019);
    assertThat(window.yearsMoves()).isEqualTo(6);
    assertThat(window.azc()).isEqualTo(base.azc());
    assertThat(window.sequences()).isEqualTo(base.sequences());
    assertThat(window.analyses()).isEqualTo(base.analyses());
  }
}
