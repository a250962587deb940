package nl.saldo.core.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * profiles.csv (issue #14, who moves): the lower bounds of the age classes (default 0, 18, 25, 35,
 * 50, 65: classes 0-17 … 65+), the extra columns of {@code persons} and {@code incomes} to break
 * the flows down by ({@code attributes: {persons: [education], incomes: [benefit]}}), and the most
 * distinct values such a column may have (it is a category, not a measurement or an identifier).
 */
public record Profiles(
    List<Integer> ageClasses, Map<String, List<String>> attributes, Integer maxCategories) {
  public static final List<Integer> DEFAULT_AGE_CLASSES = List.of(0, 18, 25, 35, 50, 65);

  /** The attributes every profile has, whatever the study file names. */
  public static final List<String> BUILT_IN = List.of("age_class", "origin", "household_kind");

  /** The input tables an extra attribute may come from, with the columns it may not be. */
  static final Map<String, Set<String>> SOURCES =
      Map.of(
          "persons", Set.of("person_id", "birth_date", "origin", "register_entry_date"),
          "incomes", Set.of("person_id", "year", "household_kind", "student", "income_pct"));

  public Profiles {
    ageClasses = ageClasses == null ? DEFAULT_AGE_CLASSES : List.copyOf(ageClasses);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (attributes != null) {
      for (Map.Entry<String, List<String>> entry : attributes.entrySet()) {
        List<String> names = new ArrayList<>();
        for (String name : entry.getValue() == null ? List.<String>of() : entry.getValue()) {
          names.add(name == null ? "" : name.trim());
        }
        copy.put(entry.getKey(), List.copyOf(names));
      }
    }
    attributes = java.util.Collections.unmodifiableMap(copy);
    maxCategories = maxCategories == null ? 50 : maxCategories;
  }

  /** The extra columns of one input table ({@code persons} or {@code incomes}), maybe none. */
  public List<String> attributesOf(String table) {
    return attributes.getOrDefault(table, List.of());
  }

  /** The label of every age class in order: {@code 0-17}, …, {@code 65+}. */
  public List<String> ageClassLabels() {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < ageClasses.size(); i++) {
      int from = ageClasses.get(i);
      labels.add(i + 1 < ageClasses.size() ? from + "-" + (ageClasses.get(i + 1) - 1) : from + "+");
    }
    return labels;
  }

  void validate() {
    if (ageClasses.isEmpty() || ageClasses.get(0) != 0) {
      throw new StudyFault(
          "profiles.age_classes",
          "expected increasing lower bounds in years starting at 0, e.g. [0, 18, 25, 35, 50, 65]");
    }
    for (int i = 1; i < ageClasses.size(); i++) {
      if (ageClasses.get(i) == null || ageClasses.get(i) <= ageClasses.get(i - 1)) {
        throw new StudyFault(
            "profiles.age_classes",
            "expected increasing lower bounds in years, found "
                + ageClasses.get(i)
                + " after "
                + ageClasses.get(i - 1));
      }
    }
    if (maxCategories < 2) {
      throw new StudyFault("profiles.max_categories", "expected 2 or more, found " + maxCategories);
    }
    Set<String> seen = new java.util.HashSet<>(BUILT_IN);
    for (Map.Entry<String, List<String>> entry : attributes.entrySet()) {
      String table = entry.getKey();
      if (!SOURCES.containsKey(table)) {
        throw new StudyFault(
            "profiles.attributes." + table,
            "unknown input table (an attribute comes from persons or incomes)");
      }
      for (String name : entry.getValue()) {
        String key = "profiles.attributes." + table;
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
          throw new StudyFault(
              key, "\"" + name + "\" is not a column name (letters, digits and _, a letter first)");
        }
        if (SOURCES.get(table).contains(name.toLowerCase(java.util.Locale.ROOT))) {
          throw new StudyFault(
              key,
              name
                  + " is a format-v1 column of "
                  + table
                  + ", not an extra attribute (an identifier or a date is never a category)");
        }
        if (!seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
          throw new StudyFault(key, "attribute " + name + " is named twice or is built in");
        }
      }
    }
  }
}
