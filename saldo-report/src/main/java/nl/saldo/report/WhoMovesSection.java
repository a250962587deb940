package nl.saldo.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report section of issue #14 "who moves" (profiles.csv), static HTML from the published table
 * alone: per area type (the area_type layer, or the study's first layer when that is off) and
 * attribute, the shares of in-movers, out-movers and stayers of lower incomes and of higher incomes
 * incl. students side by side, and one sentence on the age class in which in-movers and stayers of
 * krimp differ most. A missing profiles.csv leaves the section out.
 */
final class WhoMovesSection {
  static final List<String> COLUMNS =
      List.of(
          "layer",
          "unit",
          "unit_name",
          "flow",
          "attribute",
          "value",
          "group",
          "persons",
          "share_pct");
  private static final List<String> FLOWS = List.of("in_movers", "out_movers", "stayers");
  private static final List<String> GROUPS = List.of("lower", "higher_incl_students");

  private WhoMovesSection() {}

  static String html(Path runDir, String lang) {
    return html(runDir, lang, (layer, unit) -> unit);
  }

  /**
   * The section, with each unit under its display name ({@code names}: layer, unit →
   * "Krimpgebieden"), the attributes and their values in words, and the shares with the language's
   * decimal separator (16,91 in Dutch).
   */
  static String html(Path runDir, String lang, java.util.function.BinaryOperator<String> names) {
    Path file = runDir.resolve("profiles.csv");
    Texts texts = Texts.of(lang);
    if (!Files.exists(file)) {
      return "";
    }
    boolean en = "en".equals(lang);
    List<CsvTable.Row> rows = CsvTable.read(file, COLUMNS).rows();
    String layer =
        rows.stream().anyMatch(r -> r.text("layer").equals("area_type"))
            ? "area_type"
            : rows.isEmpty() ? "area_type" : rows.get(0).text("layer");
    StringBuilder html = new StringBuilder("<section id=\"who-moves\">\n<h2>");
    html.append(
        en
            ? "Who moves: in-movers, out-movers and stayers"
            : "Wie verhuist: vestigers, vertrekkers en blijvers");
    html.append("</h2>\n<p>")
        .append(
            en
                ? "Shares in % of the in-movers, out-movers (every counted move once, group after the move, age at the move date) and stayers (in the area on both stock dates, group and age at the start) by attribute, from the published counts of profiles.csv; empty below the threshold."
                : "Aandelen in % van de vestigers, vertrekkers (elke getelde verhuizing één keer, groep na de verhuizing, leeftijd op de verhuisdatum) en blijvers (op beide peildata in het gebied, groep en leeftijd aan het begin) naar kenmerk, uit de gepubliceerde aantallen van profiles.csv; leeg onder de drempel.")
        .append("</p>\n");
    String sentence = krimpSentence(rows, layer, en, names.apply(layer, "krimp"), texts);
    if (sentence != null) {
      html.append("<p id=\"who-moves-answer\">")
          .append(HtmlReport.escape(sentence))
          .append("</p>\n");
    }
    Map<String, Map<String, Map<List<String>, String>>> byUnit = new LinkedHashMap<>();
    Map<String, Set<String>> valuesOf = new LinkedHashMap<>();
    for (CsvTable.Row row : rows) {
      if (!row.text("layer").equals(layer) || !GROUPS.contains(row.text("group"))) {
        continue;
      }
      String attribute = row.text("attribute");
      valuesOf.computeIfAbsent(attribute, k -> new LinkedHashSet<>()).add(row.text("value"));
      byUnit
          .computeIfAbsent(names.apply(layer, row.text("unit")), k -> new LinkedHashMap<>())
          .computeIfAbsent(attribute, k -> new LinkedHashMap<>())
          .put(
              List.of(row.text("value"), row.text("flow"), row.text("group")),
              row.text("share_pct"));
    }
    for (Map.Entry<String, Map<String, Map<List<String>, String>>> unit : byUnit.entrySet()) {
      html.append("<h3>").append(HtmlReport.escape(unit.getKey())).append("</h3>\n");
      for (Map.Entry<String, Map<List<String>, String>> attribute : unit.getValue().entrySet()) {
        html.append("<table class=\"profiles\">\n<tr><th>")
            .append(HtmlReport.escape(attributeLabel(attribute.getKey(), en)))
            .append("</th>");
        for (String group : GROUPS) {
          for (String flow : FLOWS) {
            html.append("<th>")
                .append(HtmlReport.escape(groupLabel(group, en) + ", " + flowLabel(flow, en)))
                .append("</th>");
          }
        }
        html.append("</tr>\n");
        for (String value : valuesOf.get(attribute.getKey())) {
          html.append("<tr><td>").append(HtmlReport.escape(valueLabel(value, en))).append("</td>");
          for (String group : GROUPS) {
            for (String flow : FLOWS) {
              String share = attribute.getValue().get(List.of(value, flow, group));
              html.append("<td>")
                  .append(
                      share == null || share.isEmpty()
                          ? ""
                          : texts.decimal(Double.parseDouble(share), 2))
                  .append("</td>");
            }
          }
          html.append("</tr>\n");
        }
        html.append("</table>\n");
      }
    }
    html.append("</section>\n");
    return html.toString();
  }

  /**
   * The age class of krimp's lower incomes where the share of in-movers exceeds that of stayers
   * most, in percentage points, from the published shares; null when krimp or a share is absent.
   */
  static String krimpSentence(
      List<CsvTable.Row> rows, String layer, boolean en, String krimpName, Texts texts) {
    Map<String, Double> in = new LinkedHashMap<>();
    Map<String, Double> stay = new LinkedHashMap<>();
    for (CsvTable.Row row : rows) {
      if (row.text("layer").equals(layer)
          && row.text("unit").equals("krimp")
          && row.text("group").equals("lower")
          && row.text("attribute").equals("age_class")
          && row.percent("share_pct") != null) {
        if (row.text("flow").equals("in_movers")) {
          in.put(row.text("value"), row.percent("share_pct"));
        } else if (row.text("flow").equals("stayers")) {
          stay.put(row.text("value"), row.percent("share_pct"));
        }
      }
    }
    String best = null;
    double gap = 0;
    for (Map.Entry<String, Double> entry : in.entrySet()) {
      double difference = entry.getValue() - stay.getOrDefault(entry.getKey(), 0.0);
      if (stay.containsKey(entry.getKey()) && (best == null || difference > gap)) {
        best = entry.getKey();
        gap = difference;
      }
    }
    if (best == null) {
      return null;
    }
    String inPct = texts.decimal(in.get(best), 2);
    String stayPct = texts.decimal(stay.get(best), 2);
    return en
        ? "Lower-income in-movers into "
            + krimpName
            + " differ most from its lower-income stayers in age class "
            + best
            + ": "
            + inPct
            + "% of the in-movers against "
            + stayPct
            + "% of the stayers."
        : "Vestigers met een laag inkomen in "
            + krimpName
            + " verschillen het meest van de blijvers met een laag inkomen in leeftijdsklasse "
            + best
            + ": "
            + inPct
            + "% van de vestigers tegen "
            + stayPct
            + "% van de blijvers.";
  }

  /** The three attributes every study has in words; an extra attribute keeps its column name. */
  private static String attributeLabel(String attribute, boolean en) {
    return switch (attribute) {
      case "age_class" -> en ? "Age" : "Leeftijd";
      case "origin" -> en ? "Origin" : "Herkomst";
      case "household_kind" -> en ? "Household" : "Huishouden";
      default -> attribute;
    };
  }

  /** The coded values of origin and household kind in words; age classes and others as they are. */
  private static String valueLabel(String value, boolean en) {
    return switch (value) {
      case "nl" -> en ? "Dutch" : "Nederlands";
      case "western" -> en ? "Western" : "westers";
      case "non_western" -> en ? "non-Western" : "niet-westers";
      case "unknown" -> en ? "unknown" : "onbekend";
      case "missing" -> en ? "not known" : "niet bekend";
      case "private" -> en ? "private" : "particulier";
      case "institutional" -> en ? "institutional" : "institutioneel";
      default -> value;
    };
  }

  private static String flowLabel(String flow, boolean en) {
    return switch (flow) {
      case "in_movers" -> en ? "in-movers" : "vestigers";
      case "out_movers" -> en ? "out-movers" : "vertrekkers";
      default -> en ? "stayers" : "blijvers";
    };
  }

  private static String groupLabel(String group, boolean en) {
    return group.equals("lower")
        ? (en ? "lower" : "laag")
        : (en ? "higher incl. students" : "hoog incl. studenten");
  }
}
