package nl.saldo.report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The few study settings the report's wording needs, read from manifest.json with the method's
 * defaults.
 */
record StudyFacts(
    int startYear,
    int endYear,
    int windowStartYear,
    int windowEndYear,
    int lowThreshold,
    int highThreshold) {

  static StudyFacts of(JsonNode manifest) {
    JsonNode study = manifest.path("study");
    JsonNode years = study.path("stock_years");
    JsonNode thresholds = study.path("income").path("thresholds");
    return new StudyFacts(
        years.path(0).asInt(2011),
        years.path(1).asInt(2017),
        year(study.path("move_window").path("start"), 2011),
        year(study.path("move_window").path("end"), 2016),
        thresholds.path(0).asInt(101),
        thresholds.path(1).asInt(150));
  }

  private static int year(JsonNode date, int fallback) {
    String text = date.asText("");
    return text.length() >= 4 ? Integer.parseInt(text.substring(0, 4)) : fallback;
  }

  /**
   * "personen in een huishouden met een inkomen onder 101% van het bijstandsniveau" and the like.
   */
  String people(Texts texts, String group) {
    return texts.get("group.people." + group, lowThreshold, highThreshold);
  }

  /** What movers of a group were in the year after their move ("student waren"). */
  String after(Texts texts, String group) {
    return texts.get("group.after." + group, lowThreshold, highThreshold);
  }

  /** Short label of a group for charts and tables ("<101%", "Student"). */
  String label(Texts texts, String group) {
    return texts.get("group.label." + group, lowThreshold, highThreshold);
  }
}
