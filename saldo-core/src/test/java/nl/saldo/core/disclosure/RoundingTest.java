package nl.saldo.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RoundingTest {

  @Test
  void halvesGoAwayFromZero() {
    assertThat(Rounding.roundToBase(15, 10)).isEqualTo(20);
    assertThat(Rounding.roundToBase(-25, 10)).isEqualTo(-30);
    assertThat(Rounding.roundToBase(14, 10)).isEqualTo(10);
    assertThat(Rounding.roundToBase(-14, 10)).isEqualTo(-10);
    assertThat(Rounding.roundToBase(4, 10)).isZero();
    assertThat(Rounding.roundToBase(5, 10)).isEqualTo(10);
    assertThat(Rounding.roundToBase(-5, 10)).isEqualTo(-10);
    assertThat(Rounding.roundToBase(0, 10)).isZero();
  }

  @Test
  void oddBasesRoundHalvesAwayFromZeroToo() {
    assertThat(Rounding.roundToBase(7, 5)).isEqualTo(5);
    assertThat(Rounding.roundToBase(8, 5)).isEqualTo(10);
    assertThat(Rounding.roundToBase(-8, 5)).isEqualTo(-10);
    assertThat(Rounding.roundToBase(3, 3)).isEqualTo(3);
    assertThat(Rounding.roundToBase(7, 1)).isEqualTo(7);
  }

  @Property
  void resultIsTheNearestMultipleAndSymmetric(
      @ForAll @LongRange(min = -10_000_000, max = 10_000_000) long value,
      @ForAll @IntRange(min = 1, max = 1000) int base) {
    long rounded = Rounding.roundToBase(value, base);
    assertThat(rounded % base).isZero();
    assertThat(Math.abs(rounded - value) * 2).isLessThanOrEqualTo(base);
    assertThat(Rounding.roundToBase(-value, base)).isEqualTo(-rounded);
    assertThat(Math.abs(rounded)).isGreaterThanOrEqualTo(Math.abs(value) - base / 2);
  }
}
