package nl.saldo.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.AttributeCategories;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.input.InputTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input-profile seam (issue #9, item 2) with two profiles only this test registers
 * (META-INF/services in the test resources): the core binds, names and refuses them knowing no more
 * of a profile than {@link InputProfile} says, so the CBS one in saldo-sav is nothing special.
 */
class InputProfileTest {
  /** A profile of this test: its section, name and what it reads, as given. */
  private abstract static class Fixed implements InputProfile {
    private final String section;
    private final String name;
    private final String derivedFrom;

    Fixed(String section, String name, String derivedFrom) {
      this.section = section;
      this.name = name;
      this.derivedFrom = derivedFrom;
    }

    @Override
    public String section() {
      return section;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String derivedFrom() {
      return derivedFrom;
    }
  }

  /** The profile most tests choose (ServiceLoader makes it with the public constructor). */
  public static final class TestRegisters extends Fixed {
    public TestRegisters() {
      super("test_registers", "test", "test register files");
    }
  }

  /** A second profile, to show that a study file chooses one. */
  public static final class OtherRegisters extends Fixed {
    public OtherRegisters() {
      super("other_registers", "other", "other files");
    }
  }

  @Test
  void theSectionChoosesTheProfileAndIsKeptAsWritten() throws IOException {
    StudySettings settings =
        parse("name: t\ntest_registers:\n  root: G:/data\n  years: [2011, 2017]\n");
    assertThat(settings.inputProfile().profile()).isInstanceOf(TestRegisters.class);
    assertThat(settings.inputProfile().settings())
        .isEqualTo(Map.of("root", "G:/data", "years", List.of(2011, 2017)));
    assertThat(settings.name()).isEqualTo("t");
    assertThat(settings)
        .as("two reads of one study file are equal settings")
        .isEqualTo(parse("name: t\ntest_registers:\n  root: G:/data\n  years: [2011, 2017]\n"))
        .isNotEqualTo(parse("name: t\ntest_registers:\n  root: H:/data\n  years: [2011, 2017]\n"));
    // the manifest's study section writes the section back under its own key
    assertThat(StudyFile.asMap(settings))
        .containsEntry("test_registers", Map.of("root", "G:/data", "years", List.of(2011, 2017)))
        .doesNotContainKey("input_profile");
    // and the settings the run derives for another window keep it
    assertThat(
            settings
                .withRepairs(java.util.Set.of())
                .withUnsafeUnrounded(false)
                .withWindow(
                    java.time.LocalDate.of(2012, 1, 1), java.time.LocalDate.of(2012, 12, 31))
                .inputProfile())
        .isEqualTo(settings.inputProfile());
  }

  @Test
  void anEmptySectionChoosesTheProfileWithItsDefaults() throws IOException {
    StudySettings settings = parse("test_registers:\n");
    assertThat(settings.inputProfile().profile().name()).isEqualTo("test");
    assertThat(settings.inputProfile().settings()).isEmpty();
    assertThat(parse("name: t\n").inputProfile()).isNull();
    assertThat(StudyFile.asMap(parse("name: t\n"))).doesNotContainKey("test_registers");
  }

  @Test
  void aSectionThatIsNoMappingOrASecondProfileIsRefused() {
    assertThatThrownBy(() -> parse("test_registers: 5\n"))
        .isInstanceOf(SaldoException.class)
        .hasMessage(
            "test.yaml, setting test_registers: expected a mapping of the profile's settings");
    assertThatThrownBy(() -> parse("test_registers: {}\nother_registers: {}\n"))
        .isInstanceOf(SaldoException.class)
        .hasMessage(
            "test.yaml, setting other_registers: the microdata come from one input profile;"
                + " remove other_registers or test_registers");
  }

  @Test
  void aMisspelledTopLevelKeyListsTheProfilesAmongTheSettings() {
    assertThatThrownBy(() -> parse("test_register: {}\n"))
        .isInstanceOf(SaldoException.class)
        .hasMessageStartingWith("test.yaml, setting test_register: unknown setting (known: ")
        .hasMessageContaining(", other_registers, ")
        .hasMessageContaining(", test_registers")
        .hasMessageContaining("stock_years")
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .as("the settings' own name for the choice is no key of the file")
                    .doesNotContain("input_profile"));
  }

  @Test
  void theFourMicrodataTablesAreTheProfilesAndTheAreasStayFiles(@TempDir Path dir)
      throws IOException {
    Path areas = Files.createDirectories(dir.resolve("areas"));
    Files.writeString(areas.resolve("buurten.csv"), "buurt_code\n");
    Files.writeString(areas.resolve("gemeenten.csv"), "gemeente_code\n");
    InputSet inputs = InputSet.find(dir, null, parse("test_registers: {}\n"));

    InputFile persons = inputs.of(InputTable.PERSONS).get(0);
    assertThat(persons.derived()).isTrue();
    assertThat(persons.bundled()).isTrue();
    assertThat(persons.path()).isEqualTo(dir);
    assertThat(persons.displayName()).isEqualTo("test profile: persons");
    assertThat(persons.profile().derivedFrom()).isEqualTo("test register files");
    assertThat(inputs.of(InputTable.INCOMES).get(0).displayName())
        .isEqualTo("test profile: incomes");
    InputFile gemeenten = inputs.of(InputTable.GEMEENTEN).get(0);
    assertThat(gemeenten.derived()).isFalse();
    assertThat(gemeenten.path()).isEqualTo(areas.resolve("gemeenten.csv"));

    assertThatThrownBy(
            () ->
                InputSet.find(
                    "hdfs://cluster/data", areas, parse("test_registers: {}\n"), url -> true))
        .hasMessage(
            "--data hdfs://cluster/data: test register files (test_registers) are read from a"
                + " local directory");
    assertThatThrownBy(
            () ->
                AttributeCategories.read(
                    inputs,
                    parse("test_registers: {}\nprofiles: {attributes: {persons: [schooling]}}\n")
                        .profiles(),
                    (file, table, attributes) -> {},
                    (file, table, max) -> List.of()))
        .hasMessage(
            "study file, profiles.attributes.persons: extra attributes are read from format-v1"
                + " files only, not from the test_registers profile's test register files");
  }

  private static StudySettings parse(String yaml) throws IOException {
    return StudyFile.parse(
        "test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }
}
