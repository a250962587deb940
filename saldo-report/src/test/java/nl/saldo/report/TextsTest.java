package nl.saldo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextsTest {
  private final Texts dutch = Texts.of("nl");
  private final Texts english = Texts.of("en");

  @Test
  void dutchCountsUseDotsForThousands() {
    assertThat(dutch.count(5990)).isEqualTo("5.990");
    assertThat(dutch.count(-1234567)).isEqualTo("-1.234.567");
    assertThat(dutch.signedCount(410)).isEqualTo("+410");
    assertThat(dutch.count(0)).isEqualTo("0");
  }

  @Test
  void dutchPercentagesUseADecimalComma() {
    assertThat(dutch.percent(0.13, 2)).isEqualTo("0,13%");
    assertThat(dutch.percent(-1234.5, 1)).isEqualTo("-1.234,5%");
    assertThat(dutch.percent(-0.001, 2)).isEqualTo("0,00%");
  }

  @Test
  void englishUsesCommaThousandsAndDecimalPoint() {
    assertThat(english.count(5990)).isEqualTo("5,990");
    assertThat(english.percent(-0.13, 2)).isEqualTo("-0.13%");
  }

  @Test
  void fillsPlaceholders() {
    assertThat(dutch.get("section.a.intro", 2011, 2017)).contains("(2011 en 2017)");
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(english.all().keySet()).isEqualTo(dutch.all().keySet());
  }

  @Test
  void rejectsAnUnknownLanguage() {
    assertThatThrownBy(() -> Texts.of("de"))
        .hasMessage("language 'de' is not supported, expected nl or en");
  }
}
