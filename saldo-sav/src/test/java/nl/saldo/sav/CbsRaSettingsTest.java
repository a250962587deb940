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
    assertThat(defaults.missingCodes()).contains("-", "--", "9999999999");
    assertThat(defaults.incomes().years())
        .containsExactly(2011, 2012, 2013, 2014, 2015, 2016, 2017);
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
    assertThat(settings.addresses().file()).isEqualTo("VSLGWB*TAB*.sav");
    assertThat(settings.incomes().years()).isEqualTo(List.of(2016, 2017));
    assertThat(settings.incomes().incomePct()).isEqualTo("INHARMSOC");
  }

  @Test
  void namesAnUnknownSettingAndListsTheKnownOnes() {
    assertThatThrownBy(() -> CbsRaSettings.fromSection(Map.of("residences", Map.of("end", "X"))))
        .hasMessage(
            "cbs_ra.residences.end is not a setting; the settings are file, person_source, person_number, "
                + "start_date, end_date, open_end_dates, object_type, object_number");
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
