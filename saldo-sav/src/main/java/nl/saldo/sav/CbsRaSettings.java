package nl.saldo.sav;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code cbs_ra:} section of a study file: which CBS files and variables make saldo's input
 * tables. Built-in defaults ({@code nl/saldo/sav/cbs-ra.yaml}, documented there and in CBS-RA.md)
 * with the user's section laid over them key by key.
 */
public record CbsRaSettings(
    String root,
    Persons persons,
    Residences residences,
    Addresses addresses,
    Incomes incomes,
    double warnSharePct) {

  public static final String SECTION = "cbs_ra";
  private static final Set<String> ORIGINS = Set.of("nl", "western", "non_western", "unknown");
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public record Persons(
      String file,
      String version,
      String personSource,
      String personNumber,
      String birthYear,
      String birthMonth,
      String birthDay,
      String origin,
      String registerEntryDate,
      Map<String, String> originCodes,
      String originCodesFile,
      String originFileCode,
      String originFileType,
      List<String> originFileWestern,
      List<String> originFileNonWestern,
      Map<String, List<String>> missing) {}

  public record Residences(
      String file,
      String version,
      String personSource,
      String personNumber,
      String startDate,
      String endDate,
      List<String> openEndDates,
      String objectType,
      String objectNumber,
      Map<String, List<String>> missing) {}

  public record Addresses(
      String file,
      String version,
      String objectType,
      String objectNumber,
      int classificationYear,
      String buurt,
      String buurtCodePrefix,
      Map<String, List<String>> missing) {

    /** The buurt variable of the classification year, e.g. {@code bc2018}. */
    public String buurtVariable() {
      return buurt.replace("{classification_year}", Integer.toString(classificationYear));
    }
  }

  public record Incomes(
      List<Integer> years,
      String householdFile,
      String householdVersion,
      String householdSource,
      String householdNumber,
      String incomePct,
      boolean incomePctNegativeMissing,
      String populationType,
      List<String> privateCodes,
      List<String> studentCodes,
      List<String> institutionalCodes,
      List<String> unknownIncomeCodes,
      List<String> outsidePopulationCodes,
      String personHouseholdFile,
      String personHouseholdVersion,
      String personSource,
      String personNumber,
      String personHouseholdSource,
      String personHouseholdNumber,
      Map<String, List<String>> missing) {

    /** Population-type code → how saldo reads it; a code in two lists is refused. */
    public Map<String, String> populationCodes() {
      Map<String, String> codes = new java.util.LinkedHashMap<>();
      Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
      lists.put("private", privateCodes);
      lists.put("student", studentCodes);
      lists.put("institutional", institutionalCodes);
      lists.put("unknown_income", unknownIncomeCodes);
      lists.put("outside_population", outsidePopulationCodes);
      for (Map.Entry<String, List<String>> list : lists.entrySet()) {
        for (String code : list.getValue()) {
          String before = codes.put(code.strip(), list.getKey());
          if (before != null) {
            throw new IllegalArgumentException(
                "cbs_ra.incomes: population code "
                    + code
                    + " is in both "
                    + before
                    + "_codes and "
                    + list.getKey()
                    + "_codes");
          }
        }
      }
      return codes;
    }
  }

  public CbsRaSettings {
    for (Map.Entry<String, String> code : persons.originCodes().entrySet()) {
      if (!ORIGINS.contains(code.getValue())) {
        throw new IllegalArgumentException(
            "cbs_ra.persons.origin_codes: code "
                + code.getKey()
                + " maps to '"
                + code.getValue()
                + "'; expected one of nl, western, non_western, unknown");
      }
    }
    if (incomes.years().isEmpty()) {
      throw new IllegalArgumentException("cbs_ra.incomes.years: give at least one income year");
    }
    incomes.populationCodes();
  }

  public static CbsRaSettings defaults() {
    return fromSection(Map.of());
  }

  /** The {@code cbs_ra:} section of a study file (defaults when the file has none). */
  public static CbsRaSettings fromStudyFile(Path studyFile) throws IOException {
    JsonNode study = YAML.readTree(studyFile.toFile());
    JsonNode section = study == null ? null : study.get(SECTION);
    try {
      return merge(section);
    } catch (IllegalArgumentException invalid) {
      throw new IllegalArgumentException(studyFile + ": " + invalid.getMessage(), invalid);
    }
  }

  /**
   * A {@code cbs_ra:} section already parsed into maps and lists (e.g. by the study file reader).
   */
  public static CbsRaSettings fromSection(Map<String, ?> section) {
    return merge(YAML.valueToTree(section));
  }

  private static CbsRaSettings merge(JsonNode section) {
    try (InputStream defaults = CbsRaSettings.class.getResourceAsStream("cbs-ra.yaml")) {
      ObjectNode merged = (ObjectNode) YAML.readTree(defaults).get(SECTION);
      if (section != null && !section.isNull()) {
        layOver(merged, section, SECTION);
      }
      return YAML.treeToValue(merged, CbsRaSettings.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException invalid) {
      throw new IllegalArgumentException(
          "cbs_ra settings: " + invalid.getOriginalMessage(), invalid);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** Keys of {@code user} replace those of {@code base}; nested sections merge key by key. */
  private static void layOver(ObjectNode base, JsonNode user, String where) {
    if (!user.isObject()) {
      throw new IllegalArgumentException(
          where + " must be a section of keys, not '" + user.asText() + "'");
    }
    Iterator<Map.Entry<String, JsonNode>> fields = user.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode current = base.get(field.getKey());
      if (current == null) {
        throw new IllegalArgumentException(
            where
                + "."
                + field.getKey()
                + " is not a setting; the settings are "
                + String.join(", ", (Iterable<String>) base::fieldNames));
      }
      boolean nestedSection = current.isObject() && !field.getKey().equals("origin_codes");
      if (nestedSection) {
        layOver((ObjectNode) current, field.getValue(), where + "." + field.getKey());
      } else {
        base.set(field.getKey(), field.getValue());
      }
    }
  }
}
