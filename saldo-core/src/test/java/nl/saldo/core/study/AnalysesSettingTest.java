package nl.saldo.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The study file's {@code analyses} (METHOD.md §12, §13 switched on or off). */
class AnalysesSettingTest {

  @Test
  void bothOnByDefaultAndWrittenBackToTheManifest() {
    StudySettings settings = StudyFile.defaults();
    assertThat(settings.analyses()).isEqualTo(StudySettings.Analyses.ALL);
    assertThat(settings.asStudyFile().get("analyses"))
        .isEqualTo(Map.of("components", true, "segregation", true));
  }

  @Test
  void eachSwitchesOffOnItsOwn() throws IOException {
    assertThat(parse("analyses: {components: false}").analyses())
        .isEqualTo(new StudySettings.Analyses(false, true));
    assertThat(parse("analyses: {segregation: false}").analyses())
        .isEqualTo(new StudySettings.Analyses(true, false));
    assertThat(parse("analyses: {}").analyses()).isEqualTo(StudySettings.Analyses.ALL);
  }

  @Test
  void survivesTheCommandLineCopies() throws IOException {
    StudySettings off = parse("analyses: {components: false, segregation: false}");
    assertThat(off.withUnsafeUnrounded(true).analyses())
        .isEqualTo(new StudySettings.Analyses(false, false));
    assertThat(off.withRepairs(java.util.Set.of()).analyses())
        .isEqualTo(new StudySettings.Analyses(false, false));
  }

  @Test
  void unknownAnalysesAndNonBooleansAreRefused() {
    assertThatThrownBy(() -> parse("analyses: {sorting: true}"))
        .hasMessage(
            "test.yaml, setting analyses.sorting: unknown analysis (known: components, segregation)");
    assertThatThrownBy(() -> parse("analyses: {components: maybe}"))
        .hasMessage("test.yaml, setting analyses.components: expected true or false");
  }

  private static StudySettings parse(String yaml) throws IOException {
    return StudyFile.parse(
        "test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }
}
