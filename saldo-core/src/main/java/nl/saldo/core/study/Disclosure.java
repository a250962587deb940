package nl.saldo.core.study;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Locale;

/**
 * Disclosure control (METHOD.md §7): rounding base for counts, threshold for percentage
 * denominators, where percentages come from ({@code percentages: published}, the default, or {@code
 * exact}: from unrounded counts, which marks the run unsafe), and the smallest number of persons a
 * published count may rest on ({@code min_cell}, 0 = no suppression). {@code unsafeUnrounded} comes
 * from --unsafe-unrounded only, never from the study file.
 */
public record Disclosure(
    Long roundingBase,
    Long minDenominator,
    @JsonIgnore boolean unsafeUnrounded,
    String percentages,
    Long minCell) {
  public Disclosure {
    roundingBase = roundingBase == null ? 10 : roundingBase;
    minDenominator = minDenominator == null ? 100 : minDenominator;
    percentages = percentages == null ? "published" : percentages.trim().toLowerCase(Locale.ROOT);
    minCell = minCell == null ? 0 : minCell;
  }

  public Disclosure(Long roundingBase, Long minDenominator, boolean unsafeUnrounded) {
    this(roundingBase, minDenominator, unsafeUnrounded, null, null);
  }

  /** True when percentages come from unrounded counts ({@code percentages: exact}). */
  public boolean exactPercentages() {
    return percentages.equals("exact");
  }

  /** True when the output must not leave the secure environment. */
  public boolean unsafe() {
    return unsafeUnrounded || exactPercentages();
  }

  /** These settings with counts left unrounded or not (--unsafe-unrounded). */
  Disclosure withUnsafeUnrounded(boolean unsafe) {
    return new Disclosure(roundingBase, minDenominator, unsafe, percentages, minCell);
  }

  void validate() {
    if (roundingBase < 1) {
      throw new StudyFault(
          "disclosure.rounding_base",
          "expected a positive whole number (use --unsafe-unrounded to skip rounding)");
    }
    StudyFault.nonNegative("disclosure.min_denominator", minDenominator);
    if (!percentages.equals("published") && !percentages.equals("exact")) {
      throw new StudyFault(
          "disclosure.percentages",
          "expected published (from the published counts, the default) or exact (from unrounded"
              + " counts: marks the run unsafe), got \""
              + percentages
              + "\"");
    }
    StudyFault.nonNegative("disclosure.min_cell", minCell);
  }
}
