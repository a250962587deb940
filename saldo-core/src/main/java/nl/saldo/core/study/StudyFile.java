package nl.saldo.core.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.saldo.core.SaldoException;
import nl.saldo.core.UserPath;

/**
 * Reads a study file (METHOD.md §10) into {@link StudySettings}: every key optional, every default
 * METHOD.md's, unknown keys refused so a typo cannot silently fall back to a default.
 */
public final class StudyFile {
  private static final Set<String> KNOWN_KEYS =
      Set.of(
          "name",
          "stock_years",
          "move_window",
          "max_gap_days",
          "income",
          "azc",
          "urbanity_bounds",
          "disclosure",
          "layers",
          "columns",
          "repair",
          "boundaries",
          "cbs_ra",
          "analyses",
          "sequences");
  public static final Set<String> INPUT_TABLES =
      Set.of("persons", "residences", "addresses", "incomes", "buurten", "gemeenten", "overlays");

  /** METHOD.md §10: a study file without a name is the report's study. */
  public static final String DEFAULT_NAME = "noord-nederland-2018";

  private final String source;
  private final JsonNode root;

  private StudyFile(String source, JsonNode root) {
    this.source = source;
    this.root = root;
  }

  /** The settings of METHOD.md with no study file at all. */
  public static StudySettings defaults() {
    return new StudyFile("defaults", new ObjectMapper().createObjectNode()).settings();
  }

  /** A study file path, or the name of a bundled study such as {@code noord-nederland-2018}. */
  public static StudySettings load(String pathOrName) {
    Path path = null;
    SaldoException notAPath = null;
    try {
      path = UserPath.of(pathOrName);
    } catch (SaldoException e) {
      notAPath = e;
    }
    if (path != null && Files.isRegularFile(path)) {
      try (InputStream in = Files.newInputStream(path)) {
        return parse(path.toString(), in);
      } catch (IOException e) {
        throw new SaldoException(
            SaldoException.FAILED, "cannot read study file " + path + ": " + e.getMessage(), e);
      }
    }
    if (BundledStudies.exists(pathOrName)) {
      try (InputStream in = BundledStudies.open(pathOrName, "study.yaml")) {
        return parse("bundled study " + pathOrName, in);
      } catch (IOException e) {
        throw SaldoException.internal("cannot read bundled study " + pathOrName, e);
      }
    }
    if (notAPath != null) {
      throw notAPath;
    }
    throw SaldoException.invalidInput(
        "study \""
            + pathOrName
            + "\" is neither a file nor a bundled study (bundled: "
            + String.join(", ", BundledStudies.names())
            + ")");
  }

  static StudySettings parse(String source, InputStream in) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
    if (root == null || root.isMissingNode() || root.isNull()) {
      root = new ObjectMapper().createObjectNode();
    }
    if (!root.isObject()) {
      throw SaldoException.invalidInput(
          source + ": expected a mapping of settings at the top level");
    }
    return new StudyFile(source, root).settings();
  }

  private StudySettings settings() {
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String key = names.next();
      if (!KNOWN_KEYS.contains(key)) {
        throw fault(
            key,
            "unknown setting (known: "
                + String.join(", ", KNOWN_KEYS.stream().sorted().toList())
                + ")");
      }
    }
    List<Integer> stockYears = intList("stock_years", List.of(2011, 2017));
    if (stockYears.size() != 2 || stockYears.get(0) >= stockYears.get(1)) {
      throw fault(
          "stock_years", "expected two years, the first before the second, e.g. [2011, 2017]");
    }
    JsonNode window = object("move_window");
    LocalDate windowStart = date(window, "move_window.start", LocalDate.of(2011, 1, 1));
    LocalDate windowEnd = date(window, "move_window.end", LocalDate.of(2016, 12, 31));
    if (windowEnd.isBefore(windowStart)) {
      throw fault("move_window", "end " + windowEnd + " lies before start " + windowStart);
    }
    int maxGapDays = nonNegativeInt(root, "max_gap_days", 1);
    return new StudySettings(
        text(root, "name", DEFAULT_NAME),
        stockYears.get(0),
        stockYears.get(1),
        windowStart,
        windowEnd,
        maxGapDays,
        income(),
        azc(),
        urbanityBounds(),
        disclosure(),
        layers(),
        columns(),
        repairs(),
        root.hasNonNull("boundaries") ? root.get("boundaries").asText() : null,
        cbsRa(),
        analyses(),
        sequences());
  }

  /** analyses: {components: true, segregation: true} — each optional, on by default. */
  private StudySettings.Analyses analyses() {
    JsonNode analyses = object("analyses");
    for (Iterator<String> keys = analyses.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!key.equals("components") && !key.equals("segregation")) {
        throw fault("analyses." + key, "unknown analysis (known: components, segregation)");
      }
      if (!analyses.get(key).isBoolean()) {
        throw fault("analyses." + key, "expected true or false");
      }
    }
    return new StudySettings.Analyses(
        analyses.path("components").asBoolean(true), analyses.path("segregation").asBoolean(true));
  }

  private StudySettings.Sequences sequences() {
    JsonNode node = object("sequences");
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String key = names.next();
      if (!Set.of("layer", "max_length").contains(key)) {
        throw fault("sequences." + key, "unknown setting (known: layer, max_length)");
      }
    }
    // Without a layer of its own: area_type, or the study's first layer when area_type is off.
    List<String> studyLayers = layers();
    String fallback =
        studyLayers.contains(StudySettings.Sequences.DEFAULT.layer()) || studyLayers.isEmpty()
            ? StudySettings.Sequences.DEFAULT.layer()
            : studyLayers.get(0);
    String layer = text(node, "layer", fallback);
    if (!StudySettings.BUILT_IN_LAYERS.contains(layer)) {
      throw fault(
          "sequences.layer",
          "unknown layer \""
              + layer
              + "\" (built-in layers: "
              + String.join(", ", StudySettings.BUILT_IN_LAYERS)
              + ")");
    }
    if (!studyLayers.isEmpty() && !studyLayers.contains(layer)) {
      throw fault("sequences.layer", "layer \"" + layer + "\" is not one of the study's layers");
    }
    int maxLength =
        integer(node, "sequences.max_length", StudySettings.Sequences.DEFAULT.maxLength());
    if (maxLength < 2) {
      throw fault("sequences.max_length", "expected 2 or more, found " + maxLength);
    }
    return new StudySettings.Sequences(layer, maxLength);
  }

  private StudySettings.Income income() {
    JsonNode income = object("income");
    List<BigDecimal> thresholds =
        decimalList(
            income, "income.thresholds", List.of(new BigDecimal("101"), new BigDecimal("150")));
    if (thresholds.size() != 2 || thresholds.get(0).compareTo(thresholds.get(1)) >= 0) {
      throw fault(
          "income.thresholds",
          "expected two increasing percentages of the social minimum, e.g. [101, 150]");
    }
    return new StudySettings.Income(
        thresholds.get(0),
        thresholds.get(1),
        integer(income, "income.stock_year_offset", 0),
        integer(income, "income.move_year_offset", 1));
  }

  private StudySettings.Azc azc() {
    JsonNode azc = object("azc");
    JsonNode period = azc.path("period");
    LocalDate start = date(period, "azc.period.start", LocalDate.of(1995, 1, 1));
    LocalDate end = date(period, "azc.period.end", LocalDate.of(2017, 12, 31));
    if (end.isBefore(start)) {
      throw fault("azc.period", "end " + end + " lies before start " + start);
    }
    String origin = text(azc, "origin", "non_western").trim().toLowerCase(java.util.Locale.ROOT);
    if (!List.of("nl", "western", "non_western", "unknown").contains(origin)) {
      throw fault("azc.origin", "expected one of nl, western, non_western, unknown");
    }
    return new StudySettings.Azc(
        start,
        end,
        nonNegativeInt(azc, "more_than_persons", 25),
        nonNegativeInt(azc, "min_age_years", 1),
        origin);
  }

  private List<BigDecimal> urbanityBounds() {
    List<BigDecimal> bounds =
        decimalList(
            root,
            "urbanity_bounds",
            List.of(
                new BigDecimal(500),
                new BigDecimal(1000),
                new BigDecimal(1500),
                new BigDecimal(2500)));
    boolean increasing = bounds.size() == 4;
    for (int i = 1; increasing && i < bounds.size(); i++) {
      increasing = bounds.get(i - 1).compareTo(bounds.get(i)) < 0;
    }
    if (!increasing) {
      throw fault(
          "urbanity_bounds", "expected four increasing oad bounds, e.g. [500, 1000, 1500, 2500]");
    }
    return bounds;
  }

  private StudySettings.Disclosure disclosure() {
    JsonNode disclosure = object("disclosure");
    long base = nonNegativeInt(disclosure, "rounding_base", 10);
    if (base < 1) {
      throw fault(
          "disclosure.rounding_base",
          "expected a positive whole number (use --unsafe-unrounded to skip rounding)");
    }
    String percentages = disclosure.path("percentages").asText("published");
    if (!percentages.equals("published") && !percentages.equals("exact")) {
      throw fault(
          "disclosure.percentages",
          "expected published (from the published counts, the default) or exact (from unrounded"
              + " counts: marks the run unsafe), got \""
              + percentages
              + "\"");
    }
    int minCell = nonNegativeInt(disclosure, "min_cell", 0);
    if (minCell > 0) {
      // Cell suppression (issue #11, part 3) is designed in docs/disclosure.md but not built yet:
      // refuse rather than publish tables a reader would believe suppressed.
      throw fault(
          "disclosure.min_cell",
          "cell suppression is not available yet (see docs/disclosure.md); leave min_cell at 0");
    }
    return new StudySettings.Disclosure(
        base,
        nonNegativeInt(disclosure, "min_denominator", 100),
        false,
        percentages.equals("exact"),
        minCell);
  }

  private List<String> layers() {
    if (!root.has("layers")) {
      return StudySettings.BUILT_IN_LAYERS;
    }
    List<String> layers = new ArrayList<>();
    for (JsonNode layer : array("layers")) {
      String name = layer.asText();
      if (!StudySettings.BUILT_IN_LAYERS.contains(name)) {
        throw fault(
            "layers",
            "unknown layer \""
                + name
                + "\" (built-in layers: "
                + String.join(", ", StudySettings.BUILT_IN_LAYERS)
                + "; overlays are always added)");
      }
      layers.add(name);
    }
    return StudySettings.BUILT_IN_LAYERS.stream().filter(layers::contains).toList();
  }

  private Map<String, Map<String, String>> columns() {
    Map<String, Map<String, String>> columns = new LinkedHashMap<>();
    JsonNode node = object("columns");
    for (Iterator<Map.Entry<String, JsonNode>> tables = node.fields(); tables.hasNext(); ) {
      Map.Entry<String, JsonNode> table = tables.next();
      if (!INPUT_TABLES.contains(table.getKey())) {
        throw fault(
            "columns." + table.getKey(),
            "unknown input table (known: "
                + String.join(", ", INPUT_TABLES.stream().sorted().toList())
                + ")");
      }
      Map<String, String> mapping = new LinkedHashMap<>();
      table
          .getValue()
          .fields()
          .forEachRemaining(column -> mapping.put(column.getKey(), column.getValue().asText()));
      columns.put(table.getKey(), Map.copyOf(mapping));
    }
    return Map.copyOf(columns);
  }

  /** The cbs_ra section as it stands; saldo-sav checks its keys (CbsRaSettings). */
  @SuppressWarnings("unchecked")
  private Map<String, Object> cbsRa() {
    if (!root.has("cbs_ra")) {
      return null;
    }
    JsonNode section = root.get("cbs_ra");
    if (section.isNull()) {
      return Map.of();
    }
    if (!section.isObject()) {
      throw fault(
          "cbs_ra", "expected a mapping (see the cbs-ra profile's documentation, CBS-RA.md)");
    }
    return java.util.Collections.unmodifiableMap(
        new ObjectMapper().convertValue(section, LinkedHashMap.class));
  }

  private Set<RepairPolicy> repairs() {
    Set<RepairPolicy> repairs = new LinkedHashSet<>();
    if (root.has("repair")) {
      for (JsonNode policy : array("repair")) {
        repairs.add(RepairPolicy.parse(policy.asText()));
      }
    }
    return Set.copyOf(repairs);
  }

  private JsonNode object(String key) {
    JsonNode node = root.path(key);
    if (node.isMissingNode() || node.isNull()) {
      return new ObjectMapper().createObjectNode();
    }
    if (!node.isObject()) {
      throw fault(key, "expected a mapping");
    }
    return node;
  }

  private JsonNode array(String key) {
    JsonNode node = root.path(key);
    if (!node.isArray()) {
      throw fault(key, "expected a list, e.g. [a, b]");
    }
    return node;
  }

  private List<Integer> intList(String key, List<Integer> fallback) {
    if (!root.has(key)) {
      return fallback;
    }
    List<Integer> values = new ArrayList<>();
    for (JsonNode value : array(key)) {
      if (!value.canConvertToExactIntegral()) {
        throw fault(key, "expected whole numbers, found \"" + value.asText() + "\"");
      }
      values.add(value.asInt());
    }
    return values;
  }

  private List<BigDecimal> decimalList(JsonNode parent, String key, List<BigDecimal> fallback) {
    String leaf = key.substring(key.lastIndexOf('.') + 1);
    JsonNode node = parent.path(leaf);
    if (node.isMissingNode() || node.isNull()) {
      return fallback;
    }
    if (!node.isArray()) {
      throw fault(key, "expected a list of numbers");
    }
    List<BigDecimal> values = new ArrayList<>();
    for (JsonNode value : node) {
      if (!value.isNumber()) {
        throw fault(key, "expected numbers, found \"" + value.asText() + "\"");
      }
      values.add(value.decimalValue());
    }
    return values;
  }

  private int integer(JsonNode parent, String key, int fallback) {
    String leaf = key.substring(key.lastIndexOf('.') + 1);
    JsonNode node = parent.path(leaf);
    if (node.isMissingNode() || node.isNull()) {
      return fallback;
    }
    if (!node.canConvertToExactIntegral()) {
      throw fault(key, "expected a whole number, found \"" + node.asText() + "\"");
    }
    return node.asInt();
  }

  private int nonNegativeInt(JsonNode parent, String key, int fallback) {
    int value = integer(parent, key, fallback);
    if (value < 0) {
      throw fault(key, "expected zero or more, found " + value);
    }
    return value;
  }

  private String text(JsonNode parent, String key, String fallback) {
    JsonNode node = parent.path(key);
    if (node.isMissingNode() || node.isNull() || node.asText().isBlank()) {
      return fallback;
    }
    return node.asText().trim();
  }

  private LocalDate date(JsonNode parent, String key, LocalDate fallback) {
    String leaf = key.substring(key.lastIndexOf('.') + 1);
    JsonNode node = parent.path(leaf);
    if (node.isMissingNode() || node.isNull()) {
      return fallback;
    }
    try {
      return LocalDate.parse(node.asText().trim());
    } catch (DateTimeParseException e) {
      throw fault(key, "expected a date YYYY-MM-DD, found \"" + node.asText() + "\"");
    }
  }

  private SaldoException fault(String key, String what) {
    return SaldoException.invalidInput(source + ", setting " + key + ": " + what);
  }
}
