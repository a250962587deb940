package nl.saldo.core.study;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.UserPath;

/**
 * Reads a study file (METHOD.md §10) into {@link StudySettings} by data binding: every key
 * optional, every default in the records' constructors, unknown and duplicate keys refused at every
 * depth so a typo cannot silently fall back to a default; the same mapper writes the manifest's
 * {@code study} section. Faults become {@link SaldoException#INVALID_INPUT} naming file and setting
 * ({@link StudyFileFaults}).
 */
public final class StudyFile {
  /** Binds the study file; the same configuration writes it back ({@link #asMap}). */
  static final ObjectMapper MAPPER = configure(YAMLMapper.builder(yamlFactory()).build());

  private StudyFile() {}

  /** The settings of METHOD.md with no study file at all. */
  public static StudySettings defaults() {
    try {
      return parse("defaults", new ByteArrayInputStream(new byte[0]));
    } catch (IOException e) {
      throw SaldoException.internal("cannot bind the default settings", e);
    }
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
    JsonNode tree;
    try (JsonParser parser = MAPPER.createParser(in.readAllBytes())) {
      tree = MAPPER.readTree(parser);
    } catch (JsonProcessingException e) {
      throw StudyFileFaults.syntax(source, e);
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      tree = MAPPER.createObjectNode();
    }
    if (!tree.isObject()) {
      throw SaldoException.invalidInput(
          source + ": expected a mapping of settings at the top level");
    }
    InputProfile.Choice profile = takeInputProfile(source, (ObjectNode) tree);
    try (JsonParser parser = MAPPER.treeAsTokens(tree)) {
      StudySettings settings;
      try {
        settings = MAPPER.readValue(parser, StudySettings.class);
      } catch (JsonMappingException e) {
        throw StudyFileFaults.binding(source, e, parser.getText());
      }
      settings.validate();
      return profile == null ? settings : settings.withInputProfile(profile);
    } catch (StudyFault fault) {
      throw StudyFileFaults.fault(source, fault.key(), fault.getMessage());
    }
  }

  /**
   * Takes the section of an {@link InputProfile} out of the study file (an empty section, {@code
   * cbs_ra:} alone, chooses the profile with its defaults); the rest is bound as settings. Two
   * profiles' sections are refused: the microdata come from one place.
   */
  @SuppressWarnings("unchecked")
  private static InputProfile.Choice takeInputProfile(String source, ObjectNode tree) {
    InputProfile.Choice choice = null;
    for (InputProfile profile : InputProfile.all()) {
      JsonNode section = tree.remove(profile.section());
      if (section == null) {
        continue;
      }
      if (choice != null) {
        throw StudyFileFaults.fault(
            source,
            profile.section(),
            "the microdata come from one input profile; remove "
                + profile.section()
                + " or "
                + choice.profile().section());
      }
      if (!section.isNull() && !section.isObject()) {
        throw StudyFileFaults.fault(
            source, profile.section(), "expected a mapping of the profile's settings");
      }
      choice =
          new InputProfile.Choice(
              profile,
              section.isNull() ? Map.of() : MAPPER.convertValue(section, LinkedHashMap.class));
    }
    return choice;
  }

  /** The settings in the study file's shape, as the manifest writes them. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(StudySettings settings) {
    return MAPPER.convertValue(settings, LinkedHashMap.class);
  }

  /** The dotted setting name of where the parser stands, e.g. {@code income.stock_year_offset}. */
  static String path(JsonStreamContext context) {
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext at = context; at != null; at = at.getParent()) {
      if (at.getCurrentName() != null) {
        path.insert(0, path.length() == 0 ? at.getCurrentName() : at.getCurrentName() + ".");
      }
    }
    return path.toString();
  }

  static String where(JsonLocation location) {
    return location == null || location.getLineNr() < 1
        ? ""
        : ", line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static YAMLFactory yamlFactory() {
    YAMLFactory factory = new YAMLFactory();
    factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return factory;
  }

  private static ObjectMapper configure(ObjectMapper mapper) {
    mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
      mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Collection)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    SimpleModule dates = new SimpleModule("study-dates");
    dates.addSerializer(LocalDate.class, ToStringSerializer.instance);
    dates.addDeserializer(LocalDate.class, new StudyFileFaults.DateReader());
    mapper.registerModule(dates);
    return mapper;
  }
}
