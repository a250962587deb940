package nl.saldo.core.study;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.saldo.core.SaldoException;

/** The study file's faults in plain words: file, setting, what was expected, what was found. */
final class StudyFileFaults {
  private StudyFileFaults() {}

  static SaldoException fault(String source, String key, String what) {
    return SaldoException.invalidInput(source + ", setting " + key + ": " + what);
  }

  static SaldoException syntax(String source, JsonProcessingException e) {
    String problem = e.getOriginalMessage();
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
      problem = yaml.getProblem();
    }
    if (problem != null && problem.startsWith("Duplicate field '")) {
      String key = problem.substring("Duplicate field '".length(), problem.lastIndexOf('\''));
      problem = "the setting " + key + " is given twice";
    }
    return SaldoException.invalidInput(
        source + StudyFile.where(e.getLocation()) + ": not a valid study file: " + problem);
  }

  static SaldoException binding(String source, JsonMappingException e, String found) {
    List<JsonMappingException.Reference> path = e.getPath();
    if (e.getCause() instanceof SaldoException saldo) {
      return saldo;
    }
    StringBuilder key = new StringBuilder();
    boolean inList = false;
    for (JsonMappingException.Reference reference : path) {
      inList = reference.getFieldName() == null;
      if (!inList) {
        key.append(key.length() == 0 ? "" : ".").append(reference.getFieldName());
      }
    }
    if (key.length() == 0) {
      return SaldoException.invalidInput(
          source + ": expected a mapping of settings at the top level");
    }
    if (e.getCause() instanceof InputCoercionException number) {
      return fault(
          source, key.toString(), "expected a whole number, found " + found + " (too large)");
    }
    if (e.getCause() instanceof JsonProcessingException parsing
        && !(parsing instanceof JsonMappingException)) {
      return syntax(source, parsing);
    }
    if (e instanceof PropertyBindingException unknown) {
      boolean topLevel = key.indexOf(".") < 0;
      List<String> known =
          Stream.concat(
                  unknown.getKnownPropertyIds().stream().map(Object::toString),
                  topLevel
                      ? InputProfile.all().stream().map(InputProfile::section)
                      : Stream.<String>empty())
              // set by flags and by StudyFile, never written in a study file
              .filter(name -> !name.equals("unsafe_unrounded") && !name.equals("input_profile"))
              .sorted()
              .toList();
      String what = key.toString().startsWith("analyses.") ? "unknown analysis" : "unknown setting";
      return fault(source, key.toString(), what + " (known: " + String.join(", ", known) + ")");
    }
    return fault(source, key.toString(), expected(e, inList, found));
  }

  private static String expected(JsonMappingException e, boolean inList, String found) {
    Class<?> type =
        e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
            ? m.getTargetType()
            : null;
    if (e instanceof InvalidFormatException format && format.getValue() != null) {
      found = String.valueOf(format.getValue());
    }
    if (type == LocalDate.class) {
      return "expected a date YYYY-MM-DD, found \"" + found + "\"";
    }
    if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
      return (inList ? "expected whole numbers" : "expected a whole number")
          + ", found \""
          + found
          + "\"";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "expected true or false";
    }
    if (type == BigDecimal.class) {
      return "expected numbers, found \"" + found + "\"";
    }
    if (type != null && Collection.class.isAssignableFrom(type)) {
      return "expected a list, e.g. [a, b]";
    }
    if (type != null && (Map.class.isAssignableFrom(type) || type.isRecord())) {
      return "expected a mapping";
    }
    return "cannot read \"" + found + "\": " + e.getOriginalMessage();
  }

  /** Dates as written in the study file: YYYY-MM-DD. */
  static final class DateReader extends StdScalarDeserializer<LocalDate> {
    DateReader() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = parser.getValueAsString();
      try {
        return LocalDate.parse(text == null ? parser.getText() : text.trim());
      } catch (DateTimeParseException e) {
        throw InvalidFormatException.from(parser, "not a date", parser.getText(), LocalDate.class);
      }
    }
  }
}
