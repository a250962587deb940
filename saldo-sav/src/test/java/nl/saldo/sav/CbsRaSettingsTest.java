package nl.saldo.sav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CbsRaSettingsTest {

  @Test
  void defaultsNameTheCbsVariables() {
    CbsRaSettings defaults = CbsRaSettings.defaults();
    assertThat(defaults.residences().endDate()).isEqualTo("GBADATUMEINDEADRESHOUDING");
    assertThat(defaults.residences().openEndDates()).containsExactly("20501231");
    assertThat(defaults.addresses().buurtVariable()).isEqualTo("bc2018");
    assertThat(defaults.incomes().years())
        .containsExactly(2011, 2012, 2013, 2014, 2015, 2016, 2017);
  }

  /** The codes checked against public Remote Access scripts (CBS-RA.md, §4 sources). */
  @Test
  void defaultsCarryTheVerifiedCodes() {
    CbsRaSettings defaults = CbsRaSettings.defaults();
    CbsRaSettings.Incomes incomes = defaults.incomes();
    assertThat(incomes.populationType()).isEqualTo("INHPOPIIV");
    assertThat(incomes.populationCodes())
        .containsExactly(
            Map.entry("1", "private"),
            Map.entry("2", "student"),
            Map.entry("3", "institutional"),
            Map.entry("8", "institutional"),
            Map.entry("7", "unknown_income"),
            Map.entry("9", "outside_population"));
    assertThat(incomes.incomePctNegativeMissing()).isTrue();
    assertThat(incomes.personHouseholdFile())
        .isEqualTo(
            "InkomenBestedingen\\KOPPELPERSOONHUISHOUDEN\\**\\KOPPELPERSOONHUISHOUDEN{year}*.sav");
    assertThat(List.of(incomes.personSource(), incomes.personNumber()))
        .containsExactly("RINPERSOONS", "RINPERSOON");
    assertThat(List.of(incomes.personHouseholdSource(), incomes.personHouseholdNumber()))
        .containsExactly("RINPERSOONSHKW", "RINPERSOONHKW");
    assertThat(defaults.persons().missing().get("origin")).containsExactly("----", "0000");
    assertThat(defaults.persons().missing().get("birth_month")).containsExactly("--");
    assertThat(defaults.addresses().missing().get("buurt")).containsExactly("--------");
    assertThat(defaults.persons().file())
        .isEqualTo("Bevolking\\GBAPERSOONTAB\\**\\GBAPERSOON*TAB*.sav");
    assertThat(defaults.persons().version()).isEqualTo("highest");
    assertThat(defaults.persons().originFileType()).isEqualTo("LANDTYPE");
    assertThat(defaults.root()).isEmpty();
  }

  @Test
  void refusesACodeInTwoLists() {
    assertThatThrownBy(
            () ->
                CbsRaSettings.fromSection(
                    Map.of("incomes", Map.of("student_codes", List.of("2", "3")))))
        .hasMessageContaining(
            "cbs_ra.incomes: population code 3 is in both student_codes and institutional_codes");
  }

  @Test
  void aStudyFileSectionChangesOnlyWhatItNames(@TempDir Path dir) throws Exception {
    Path study = dir.resolve("cbs-ra.yaml");
    Files.writeString(
        study,
        """
        name: noord-nederland-2018
        cbs_ra:
          addresses:
            classification_year: 2019
          incomes:
            years: [2016, 2017]
        """);
    CbsRaSettings settings = CbsRaSettings.fromStudyFile(study);
    assertThat(settings.addresses().buurtVariable()).isEqualTo("bc2019");
    assertThat(settings.addresses().file())
        .isEqualTo("BouwenWonen\\VSLGWBTAB\\**\\VSLGWB*TAB*.sav");
    assertThat(settings.incomes().years()).isEqualTo(List.of(2016, 2017));
    assertThat(settings.incomes().incomePct()).isEqualTo("INHARMSOC");
  }

  @Test
  void namesAnUnknownSettingAndListsTheKnownOnes() {
    assertThatThrownBy(() -> CbsRaSettings.fromSection(Map.of("residences", Map.of("end", "X"))))
        .hasMessage(
            "cbs_ra.residences.end is not a setting; the settings are file, version, person_source, "
                + "person_number, start_date, end_date, open_end_dates, object_type, object_number, missing");
  }

  @Test
  void rejectsAnOriginOutsideTheMethodsSet() {
    assertThatThrownBy(
            () ->
                CbsRaSettings.fromSection(
                    Map.of("persons", Map.of("origin_codes", Map.of("5022", "turkish")))))
        .hasMessageContaining(
            "cbs_ra.persons.origin_codes: code 5022 maps to 'turkish'; expected one of nl, western, non_western, unknown");
  }
}
