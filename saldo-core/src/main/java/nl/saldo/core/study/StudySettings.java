package nl.saldo.core.study;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every setting of METHOD.md §10 in the shape of the study file, bound by {@link StudyFile}
 * (defaults &lt; study file &lt; flags) and handed to every stage. Immutable. A setting left out
 * takes its default in the record's constructor, the one place defaults live; {@link #validate()}
 * checks what the types cannot. {@code inputProfile} is the study file's choice of an {@link
 * InputProfile} (its section as written, which the profile binds), or null when the microdata are
 * format v1; {@link StudyFile} takes it out of the file before the rest is bound, and it is written
 * back under the profile's section.
 */
public record StudySettings(
    String name,
    List<Integer> stockYears,
    StudySections.MoveWindow moveWindow,
    Integer maxGapDays,
    Income income,
    Azc azc,
    List<BigDecimal> urbanityBounds,
    Disclosure disclosure,
    List<String> layers,
    Map<String, Map<String, String>> columns,
    @JsonProperty("repair") Set<RepairPolicy> repairs,
    String boundaries,
    @JsonIgnore InputProfile.Choice inputProfile,
    Analyses analyses,
    Sequences sequences,
    Profiles profiles,
    FactorFit factors,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Map<String, DisplayName>> names) {

  /** The built-in layers in METHOD.md §9 row order; overlays follow by name. */
  public static final List<String> BUILT_IN_LAYERS =
      List.of("gemeente", "region", "area_type", "province", "study", "urbanity");

  /** The input tables whose columns the study file may rename. */
  public static final Set<String> INPUT_TABLES =
      Set.of("persons", "residences", "addresses", "incomes", "buurten", "gemeenten", "overlays");

  /** METHOD.md §10: a study file without a name is the report's study. */
  public static final String DEFAULT_NAME = "noord-nederland-2018";

  public StudySettings {
    name = name == null || name.isBlank() ? DEFAULT_NAME : name.trim();
    stockYears = stockYears == null ? List.of(2011, 2017) : List.copyOf(stockYears);
    moveWindow = moveWindow == null ? new StudySections.MoveWindow(null, null) : moveWindow;
    maxGapDays = maxGapDays == null ? 1 : maxGapDays;
    income = income == null ? new Income(null, null, null) : income;
    azc = azc == null ? new Azc(null, null, null, null) : azc;
    urbanityBounds =
        urbanityBounds == null
            ? List.of(
                new BigDecimal(500),
                new BigDecimal(1000),
                new BigDecimal(1500),
                new BigDecimal(2500))
            : List.copyOf(urbanityBounds);
    disclosure = disclosure == null ? new Disclosure(null, null, false) : disclosure;
    layers = layers == null ? BUILT_IN_LAYERS : StudySections.inLayerOrder(layers);
    columns = columns == null ? Map.of() : Map.copyOf(columns);
    repairs = RepairPolicy.inSpellingOrder(repairs);
    analyses = analyses == null ? Analyses.ALL : analyses;
    sequences = (sequences == null ? new Sequences(null, null) : sequences).withLayerFrom(layers);
    profiles = profiles == null ? new Profiles(null, null, null) : profiles;
    factors = factors == null ? new FactorFit(null) : factors;
    names = names == null ? Map.of() : StudySections.copyOfNames(names);
  }

  /**
   * The study file's {@code names:} section: per layer and unit code how the reports name the unit,
   * in Dutch and English, and inside a sentence ("de Veenkoloniën"); in the file's order, which is
   * the reports' order. Beside the bundled study's names and the gemeenten file's {@code
   * area_type_name}/{@code region_name} columns; the study file's come last and win.
   */
  public record DisplayName(String nl, String en, String nlInText, String enInText) {
    /** The name in a language (nl or en), the other language's when it has none, else null. */
    public String name(String lang) {
      String own = "en".equals(lang) ? en : nl;
      String other = "en".equals(lang) ? nl : en;
      return own != null && !own.isBlank() ? own.trim() : other == null ? null : other.trim();
    }

    /** The name inside a sentence in a language; the name itself when none is given. */
    public String inText(String lang) {
      String text = "en".equals(lang) ? enInText : nlInText;
      return text != null && !text.isBlank() ? text.trim() : name(lang);
    }
  }

  /** The analyses beyond the report (METHOD.md §12, §13), each on unless switched off. */
  public record Analyses(Boolean components, Boolean segregation) {
    public static final Analyses ALL = new Analyses(true, true);

    public Analyses {
      components = components == null || components;
      segregation = segregation == null || segregation;
    }
  }

  /**
   * sequences.csv (issue #14): the layer whose units make up each person's sequence, and the most
   * units written before the rest is cut to {@code >…}. A study file without a layer takes
   * area_type, or the study's first layer when area_type is off ({@link StudySettings}'s
   * constructor fills it in, knowing the layers).
   */
  public record Sequences(String layer, Integer maxLength) {
    public static final Sequences DEFAULT = new Sequences("area_type", 6);

    public Sequences {
      layer = layer == null || layer.isBlank() ? null : layer.trim();
      maxLength = maxLength == null ? 6 : maxLength;
    }

    /** This section with the layer the study falls back on when none is given. */
    Sequences withLayerFrom(List<String> studyLayers) {
      if (layer != null) {
        return this;
      }
      String fallback =
          studyLayers.contains(DEFAULT.layer()) || studyLayers.isEmpty()
              ? DEFAULT.layer()
              : studyLayers.get(0);
      return new Sequences(fallback, maxLength);
    }

    void validate(List<String> studyLayers) {
      StudySections.checkBuiltIn("sequences.layer", layer, "");
      if (!studyLayers.isEmpty() && !studyLayers.contains(layer)) {
        throw new StudyFault(
            "sequences.layer", "layer \"" + layer + "\" is not one of the study's layers");
      }
      if (maxLength < 2) {
        throw new StudyFault("sequences.max_length", "expected 2 or more, found " + maxLength);
      }
    }
  }

  /** Checks what the types cannot: orders, ranges, names; throws {@link StudyFault}. */
  void validate() {
    if (stockYears.size() != 2 || stockYears.get(0) >= stockYears.get(1)) {
      throw new StudyFault(
          "stock_years", "expected two years, the first before the second, e.g. [2011, 2017]");
    }
    moveWindow.validate();
    StudyFault.nonNegative("max_gap_days", maxGapDays);
    income.validate();
    azc.validate();
    StudySections.checkUrbanityBounds(urbanityBounds);
    disclosure.validate();
    StudySections.checkLayers(layers);
    StudySections.checkColumns(columns);
    sequences.validate(layers);
    profiles.validate();
    factors.validate();
    StudySections.checkNames(names, layers);
  }

  public int stockStartYear() {
    return stockYears.get(0);
  }

  public int stockEndYear() {
    return stockYears.get(1);
  }

  public LocalDate windowStart() {
    return moveWindow.start();
  }

  public LocalDate windowEnd() {
    return moveWindow.end();
  }

  /** The chosen profile's section as the study file writes it (none for format v1). */
  @JsonAnyGetter
  Map<String, Object> inputProfileSection() {
    return inputProfile == null
        ? Map.of()
        : Map.of(inputProfile.profile().section(), inputProfile.settings());
  }

  /** These settings with the microdata derived by an input profile (from the study file). */
  StudySettings withInputProfile(InputProfile.Choice choice) {
    return copy(stockYears, moveWindow, disclosure, repairs, choice);
  }

  /** These settings with the repairs chosen on the command line added. */
  public StudySettings withRepairs(Set<RepairPolicy> more) {
    Set<RepairPolicy> all = new java.util.HashSet<>(repairs);
    all.addAll(more);
    return copy(stockYears, moveWindow, disclosure, all, inputProfile);
  }

  /** These settings with counts left unrounded (--unsafe-unrounded). */
  public StudySettings withUnsafeUnrounded(boolean unsafe) {
    return copy(
        stockYears, moveWindow, disclosure.withUnsafeUnrounded(unsafe), repairs, inputProfile);
  }

  /**
   * These settings for another move window (saldo monitor): the stock years follow the window
   * (start year and end year + 1); every other setting stays.
   */
  public StudySettings withWindow(LocalDate start, LocalDate end) {
    return copy(
        List.of(start.getYear(), end.getYear() + 1),
        new StudySections.MoveWindow(start, end),
        disclosure,
        repairs,
        inputProfile);
  }

  private StudySettings copy(
      List<Integer> changedStockYears,
      StudySections.MoveWindow changedWindow,
      Disclosure changedDisclosure,
      Set<RepairPolicy> changedRepairs,
      InputProfile.Choice changedInputProfile) {
    return new StudySettings(
        name,
        changedStockYears,
        changedWindow,
        maxGapDays,
        income,
        azc,
        urbanityBounds,
        changedDisclosure,
        layers,
        columns,
        changedRepairs,
        boundaries,
        changedInputProfile,
        analyses,
        sequences,
        profiles,
        factors,
        names);
  }

  /** years_stock of METHOD.md §6: end − start stock year. */
  public int yearsStock() {
    return stockEndYear() - stockStartYear();
  }

  /** years_moves of METHOD.md §6: the calendar years the move window touches. */
  public int yearsMoves() {
    return windowEnd().getYear() - windowStart().getYear() + 1;
  }

  /** The effective settings in the study-file shape, for the manifest (the binding's mapper). */
  public Map<String, Object> asStudyFile() {
    return StudyFile.asMap(this);
  }
}
