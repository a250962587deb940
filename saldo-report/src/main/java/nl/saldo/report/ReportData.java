package nl.saldo.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The data the HTML report's script draws from, as one JSON object: the three tables as they were
 * published (no number is recomputed here), the texts of the chosen language, the unit profiles,
 * the manifest as rows (counts rounded) and the map.
 */
final class ReportData {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ReportData() {}

  static ObjectNode of(RunTables tables, ReportOptions options) {
    Texts texts = Texts.of(options.lang());
    StudyFacts study = StudyFacts.of(tables.manifest());
    ObjectNode data = JSON.objectNode();
    data.put("lang", options.lang());
    data.put("unsafe", tables.unsafeUnrounded());
    data.set("study", study(study, tables));
    ObjectNode words = data.putObject("texts");
    texts.all().forEach(words::put);
    ObjectNode labels = data.putObject("groupLabels");
    Groups.STOCK.forEach(group -> labels.put(group, study.label(texts, group)));
    data.set("layers", layers(tables, texts));
    data.set("stocks", stocks(tables.stocks()));
    data.set("migration", migration(tables.migration()));
    // the flow diagram offers every layer but gemeente, whose od rows (units squared) would swell
    // the file
    data.set(
        "od", od(tables.od().stream().filter(row -> !row.layer().equals("gemeente")).toList()));
    data.set("profiles", profiles(tables, texts));
    data.set("findings", findings(KeyFindings.of(tables, texts)));
    AnalysisTables analyses = AnalysisTables.read(tables.runDir());
    data.set("components", components(analyses));
    data.set("segregation", segregation(analyses));
    ManifestRows manifestRows = ManifestRows.of(tables);
    data.set(
        "settingsRows",
        rows(namedSettings(manifestRows.settings(tables.manifest()), tables, texts)));
    data.set("manifestRows", rows(manifestRows.rest(tables.manifest())));
    ObjectNode map = MapLayer.of(tables.units("gemeente"), MapLayer.boundaries(options, tables));
    map.set("members", MapLayer.members(tables.runDir()));
    data.set("map", map);
    return data;
  }

  private static ObjectNode study(StudyFacts study, RunTables tables) {
    return JSON.objectNode()
        .put("name", tables.studyName())
        .put("displayName", tables.units("study").getOrDefault("study", tables.studyName()))
        .put("startYear", study.startYear())
        .put("endYear", study.endYear())
        .put("windowStartYear", study.windowStartYear())
        .put("windowEndYear", study.windowEndYear())
        .put("low", study.lowThreshold())
        .put("high", study.highThreshold())
        .put("maxGapDays", tables.manifest().path("study").path("max_gap_days").asInt(1))
        .put(
            "roundingBase",
            tables.manifest().path("study").path("disclosure").path("rounding_base").asInt(10))
        .put(
            "minDenominator",
            tables.manifest().path("study").path("disclosure").path("min_denominator").asInt(100))
        .put(
            "disclosureControl",
            tables.manifest().path("run").path("disclosure_control").asBoolean(true));
  }

  private static ArrayNode layers(RunTables tables, Texts texts) {
    ArrayNode layers = JSON.arrayNode();
    for (String layer : tables.layers()) {
      ObjectNode node = layers.addObject();
      node.put("code", layer);
      node.put("label", layerLabel(tables, texts, layer));
      ArrayNode units = node.putArray("units");
      tables
          .units(layer)
          .forEach(
              (code, name) ->
                  units
                      .addObject()
                      .put("code", code)
                      .put("name", name)
                      .put("text", tables.inText(layer, code)));
    }
    return layers;
  }

  /** The layer's name: the study's (names.csv), else the report's word for it, else its code. */
  static String layerLabel(RunTables tables, Texts texts, String layer) {
    String named = tables.layerName(layer);
    if (named != null) {
      return named;
    }
    return texts.has("layer." + layer) ? texts.get("layer." + layer) : layer;
  }

  /** The study's name and its layers as the report names them, not as codes. */
  static List<String[]> namedSettings(List<String[]> pairs, RunTables tables, Texts texts) {
    return pairs.stream()
        .map(
            pair ->
                switch (pair[0]) {
                  case "name" -> new String[] {pair[0], tables.studyText()};
                  case "layers" ->
                      new String[] {
                        pair[0],
                        String.join(
                            ", ",
                            java.util.Arrays.stream(pair[1].split(",\\s*"))
                                .map(layer -> layerLabel(tables, texts, layer.trim()))
                                .toList())
                      };
                  default -> pair;
                })
        .toList();
  }

  private static ArrayNode findings(KeyFindings findings) {
    ArrayNode out = JSON.arrayNode();
    for (KeyFindings.Finding finding : findings.findings()) {
      ObjectNode node =
          out.addObject()
              .put("layer", finding.layer())
              .put("unit", finding.unit())
              .put("name", finding.name())
              .put("verdict", finding.verdict());
      node.put("share", finding.shareChangePp());
      node.put("lower", finding.netPctLower());
      node.put("higher", finding.netPctHigher());
    }
    return out;
  }

  private static ArrayNode rows(List<String[]> pairs) {
    ArrayNode out = JSON.arrayNode();
    pairs.forEach(pair -> out.addArray().add(pair[0]).add(pair[1]));
    return out;
  }

  private static ArrayNode stocks(List<StockRow> rows) {
    ArrayNode out = JSON.arrayNode();
    for (StockRow row : rows) {
      ArrayNode values =
          out.addArray()
              .add(row.layer())
              .add(row.unit())
              .add(row.group())
              .add(row.popStart())
              .add(row.popEnd())
              .add(row.change());
      values
          .add(row.changePctPerYear())
          .add(row.shareStartPct())
          .add(row.shareEndPct())
          .add(row.shareChangePp());
    }
    return out;
  }

  private static ArrayNode migration(List<MigrationRow> rows) {
    ArrayNode out = JSON.arrayNode();
    for (MigrationRow row : rows) {
      out.addArray()
          .add(row.layer())
          .add(row.unit())
          .add(row.group())
          .add(row.inMovers())
          .add(row.outMovers())
          .add(row.net())
          .add(row.netPctPerYear())
          .add(row.netShareOfChangePct())
          .add(row.effect());
    }
    return out;
  }

  private static ArrayNode components(AnalysisTables analyses) {
    ArrayNode out = JSON.arrayNode();
    for (AnalysisTables.ComponentRow row : analyses.components()) {
      ArrayNode values = out.addArray().add(row.layer()).add(row.unit()).add(row.group());
      for (Long count : row.counts()) {
        values.add(count);
      }
    }
    return out;
  }

  private static ArrayNode segregation(AnalysisTables analyses) {
    ArrayNode out = JSON.arrayNode();
    for (AnalysisTables.SegregationRow row : analyses.segregation()) {
      out.addArray()
          .add(row.layer())
          .add(row.within())
          .add(row.split())
          .add(row.index())
          .add(row.moment())
          .add(row.value());
    }
    return out;
  }

  private static ArrayNode od(List<OdRow> rows) {
    ArrayNode out = JSON.arrayNode();
    rows.forEach(
        row ->
            out.addArray()
                .add(row.layer())
                .add(row.origin())
                .add(row.destination())
                .add(row.group())
                .add(row.moves()));
    return out;
  }

  private static ObjectNode profiles(RunTables tables, Texts texts) {
    Profile profile = new Profile(tables, texts);
    ObjectNode out = JSON.objectNode();
    for (String layer : tables.layers()) {
      ObjectNode perUnit = out.putObject(layer);
      for (Map.Entry<String, String> unit : tables.units(layer).entrySet()) {
        ArrayNode paragraphs = perUnit.putArray(unit.getKey());
        profile
            .paragraphs(layer, unit.getKey(), tables.inText(layer, unit.getKey()))
            .forEach(paragraphs::add);
      }
    }
    return out;
  }
}
