package nl.saldo.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The manifest as key/value rows for people (section i, the settings sheet): nested keys joined
 * with dots. Counts of persons, rows and moves in it are rounded like the tables (METHOD.md §7)
 * when the run is disclosure-controlled, so that only rounded counts appear in the reports.
 */
final class ManifestRows {
  private static final Pattern COUNT_KEY =
      Pattern.compile(
          "(^|\\.)(moves|rows_|dropped|repaired|excluded|ignored|persons|spells)|\\.(found|counted|total|both)$");
  private final long roundingBase;

  private ManifestRows(long roundingBase) {
    this.roundingBase = roundingBase;
  }

  static ManifestRows of(RunTables tables) {
    JsonNode manifest = tables.manifest();
    boolean control =
        manifest.path("run").path("disclosure_control").asBoolean(true)
            && !tables.unsafeUnrounded();
    return new ManifestRows(
        control ? manifest.path("study").path("disclosure").path("rounding_base").asLong(10) : 1);
  }

  /** The study settings (manifest "study"). */
  List<String[]> settings(JsonNode manifest) {
    List<String[]> rows = new ArrayList<>();
    flatten("", manifest.path("study"), rows);
    return rows;
  }

  /** Everything else of the manifest: tool, run, inputs, moves, outputs, timings. */
  List<String[]> rest(JsonNode manifest) {
    List<String[]> rows = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = manifest.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!field.getKey().equals("study")) {
        flatten(field.getKey(), field.getValue(), rows);
      }
    }
    return rows;
  }

  private void flatten(String prefix, JsonNode node, List<String[]> rows) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        flatten(
            prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(),
            field.getValue(),
            rows);
      }
    } else if (node.isArray() && containsContainers(node)) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "[" + i + "]", node.get(i), rows);
      }
    } else if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(item.asText()));
      rows.add(new String[] {prefix, String.join(", ", items)});
    } else if (node.isIntegralNumber() && COUNT_KEY.matcher(prefix).find()) {
      rows.add(new String[] {prefix, Long.toString(round(node.asLong()))});
    } else {
      rows.add(new String[] {prefix, node.isNull() ? "" : node.asText()});
    }
  }

  /** Nearest multiple of the rounding base, halves away from zero (15 → 20, -25 → -30). */
  long round(long count) {
    return BigDecimal.valueOf(count)
            .divide(BigDecimal.valueOf(roundingBase), 0, RoundingMode.HALF_UP)
            .longValue()
        * roundingBase;
  }

  private static boolean containsContainers(JsonNode array) {
    for (JsonNode item : array) {
      if (item.isContainerNode()) {
        return true;
      }
    }
    return false;
  }
}
