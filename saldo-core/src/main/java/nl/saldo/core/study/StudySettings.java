package nl.saldo.core.study;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every setting of METHOD.md §10, read once (defaults &lt; study file &lt; flags) and handed to
 * every stage. Immutable. {@code cbsRa} is the study file's {@code cbs_ra} section, or null when
 * the microdata are format v1.
 */
public record StudySettings(
    String name,
    int stockStartYear,
    int stockEndYear,
    LocalDate windowStart,
    LocalDate windowEnd,
    int maxGapDays,
    Income income,
    Azc azc,
    List<BigDecimal> urbanityBounds,
    Disclosure disclosure,
    List<String> layers,
    Map<String, Map<String, String>> columns,
    Set<RepairPolicy> repairs,
    String boundaries,
    Map<String, Object> cbsRa,
    Analyses analyses,
    Sequences sequences) {

  /** The built-in layers in METHOD.md §9 row order; overlays follow by name. */
  public static final List<String> BUILT_IN_LAYERS =
      List.of("gemeente", "region", "area_type", "province", "study", "urbanity");

  public record Income(
      BigDecimal lowerThreshold,
      BigDecimal upperThreshold,
      int stockYearOffset,
      int moveYearOffset) {}

  public record Azc(
      LocalDate periodStart,
      LocalDate periodEnd,
      int moreThanPersons,
      int minAgeYears,
      String origin) {}

  /**
   * The analyses beyond the report (METHOD.md §12, §13), each on unless the study file's {@code
   * analyses} switches it off; a switched-off analysis writes no table.
   */
  public record Analyses(boolean components, boolean segregation) {
    public static final Analyses ALL = new Analyses(true, true);
  }

  /**
   * sequences.csv (issue #14): the layer whose units make up each person's sequence, and the most
   * units written before the rest is cut to {@code >…}.
   */
  public record Sequences(String layer, int maxLength) {
    public static final Sequences DEFAULT = new Sequences("area_type", 6);
  }

  /**
   * Disclosure control: rounding base for counts, threshold for percentage denominators, whether
   * percentages come from unrounded counts ({@code percentages: exact}, unsafe), and the smallest
   * number of persons a published count may rest on ({@code min_cell}, 0 = no suppression).
   */
  public record Disclosure(
      long roundingBase,
      long minDenominator,
      boolean unsafeUnrounded,
      boolean exactPercentages,
      long minCell) {
    public Disclosure(long roundingBase, long minDenominator, boolean unsafeUnrounded) {
      this(roundingBase, minDenominator, unsafeUnrounded, false, 0);
    }

    /** True when the output must not leave the secure environment. */
    public boolean unsafe() {
      return unsafeUnrounded || exactPercentages;
    }
  }

  /**
   * True when the microdata come as CBS Remote Access register files (the study file's cbs_ra
   * section).
   */
  public boolean cbsRaProfile() {
    return cbsRa != null;
  }

  /** These settings with the repairs chosen on the command line added. */
  public StudySettings withRepairs(Set<RepairPolicy> more) {
    Set<RepairPolicy> all = new java.util.HashSet<>(repairs);
    all.addAll(more);
    return new StudySettings(
        name,
        stockStartYear,
        stockEndYear,
        windowStart,
        windowEnd,
        maxGapDays,
        income,
        azc,
        urbanityBounds,
        disclosure,
        layers,
        columns,
        Set.copyOf(all),
        boundaries,
        cbsRa,
        analyses,
        sequences);
  }

  /** These settings with counts left unrounded (--unsafe-unrounded). */
  public StudySettings withUnsafeUnrounded(boolean unsafe) {
    Disclosure changed =
        new Disclosure(
            disclosure.roundingBase(),
            disclosure.minDenominator(),
            unsafe,
            disclosure.exactPercentages(),
            disclosure.minCell());
    return new StudySettings(
        name,
        stockStartYear,
        stockEndYear,
        windowStart,
        windowEnd,
        maxGapDays,
        income,
        azc,
        urbanityBounds,
        changed,
        layers,
        columns,
        repairs,
        boundaries,
        cbsRa,
        analyses,
        sequences);
  }

  /**
   * These settings for another move window (saldo monitor): the stock years follow the window
   * (start year and end year + 1); every other setting stays.
   */
  public StudySettings withWindow(LocalDate start, LocalDate end) {
    return new StudySettings(
        name,
        start.getYear(),
        end.getYear() + 1,
        start,
        end,
        maxGapDays,
        income,
        azc,
        urbanityBounds,
        disclosure,
        layers,
        columns,
        repairs,
        boundaries,
        cbsRa,
        analyses,
        sequences);
  }

  /** years_stock of METHOD.md §6: end − start stock year. */
  public int yearsStock() {
    return stockEndYear - stockStartYear;
  }

  /** years_moves of METHOD.md §6: the calendar years the move window touches. */
  public int yearsMoves() {
    return windowEnd.getYear() - windowStart.getYear() + 1;
  }

  /** The effective settings in the study-file shape, for the manifest. */
  public Map<String, Object> asStudyFile() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", name);
    out.put("stock_years", List.of(stockStartYear, stockEndYear));
    out.put("move_window", Map.of("start", windowStart.toString(), "end", windowEnd.toString()));
    out.put("max_gap_days", maxGapDays);
    Map<String, Object> incomeMap = new LinkedHashMap<>();
    incomeMap.put("thresholds", List.of(income.lowerThreshold(), income.upperThreshold()));
    incomeMap.put("stock_year_offset", income.stockYearOffset());
    incomeMap.put("move_year_offset", income.moveYearOffset());
    out.put("income", incomeMap);
    Map<String, Object> azcMap = new LinkedHashMap<>();
    azcMap.put(
        "period", Map.of("start", azc.periodStart().toString(), "end", azc.periodEnd().toString()));
    azcMap.put("more_than_persons", azc.moreThanPersons());
    azcMap.put("min_age_years", azc.minAgeYears());
    azcMap.put("origin", azc.origin());
    out.put("azc", azcMap);
    out.put("urbanity_bounds", urbanityBounds);
    Map<String, Object> disclosureMap = new LinkedHashMap<>();
    disclosureMap.put("rounding_base", disclosure.roundingBase());
    disclosureMap.put("min_denominator", disclosure.minDenominator());
    disclosureMap.put("percentages", disclosure.exactPercentages() ? "exact" : "published");
    disclosureMap.put("min_cell", disclosure.minCell());
    out.put("disclosure", disclosureMap);
    out.put("layers", layers);
    out.put("columns", columns);
    out.put("repair", repairs.stream().map(RepairPolicy::spelling).sorted().toList());
    out.put("boundaries", boundaries);
    out.put("sequences", Map.of("layer", sequences.layer(), "max_length", sequences.maxLength()));
    if (cbsRa != null) {
      out.put("cbs_ra", cbsRa);
    }
    out.put(
        "analyses",
        Map.of("components", analyses.components(), "segregation", analyses.segregation()));
    return out;
  }
}
