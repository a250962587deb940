package nl.saldo.core.study;

import java.math.BigDecimal;
import java.util.List;

/** Income position (METHOD.md §3): thresholds in % of the social minimum, year offsets. */
public record Income(List<BigDecimal> thresholds, Integer stockYearOffset, Integer moveYearOffset) {
  public Income {
    thresholds =
        thresholds == null
            ? List.of(new BigDecimal("101"), new BigDecimal("150"))
            : List.copyOf(thresholds);
    stockYearOffset = stockYearOffset == null ? 0 : stockYearOffset;
    moveYearOffset = moveYearOffset == null ? 1 : moveYearOffset;
  }

  public BigDecimal lowerThreshold() {
    return thresholds.get(0);
  }

  public BigDecimal upperThreshold() {
    return thresholds.get(1);
  }

  void validate() {
    if (thresholds.size() != 2 || lowerThreshold().compareTo(upperThreshold()) >= 0) {
      throw new StudyFault(
          "income.thresholds",
          "expected two increasing percentages of the social minimum, e.g. [101, 150]");
    }
  }
}
