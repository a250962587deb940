package nl.saldo.cli.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The checks on manifest.json: the run was made safe, and its counts are rounded (§7). */
record ManifestChecks(JsonNode manifest, long base, CheckLog log) {
  /** A key of the manifest that holds a count (§7: rounded like the tables). */
  private static final Pattern MANIFEST_COUNT =
      Pattern.compile(
          "(^|\\.)(rows_read|rows_used|rows_dropped\\.[^.]+|moves\\.[a-z_.]+|spells\\.used|azc_addresses)$");

  void runIsSafe() {
    List<String> failures = new ArrayList<>();
    JsonNode run = manifest.path("run");
    if (!run.path("disclosure_control").asBoolean(false)) {
      failures.add("manifest run.disclosure_control is not true");
    }
    if (run.path("unsafe_unrounded").asBoolean(false)) {
      failures.add("the run was made with --unsafe-unrounded");
    }
    if (run.path("exact_percentages").asBoolean(false)) {
      failures.add("the run was made with disclosure.percentages: exact");
    }
    if (base < 2) {
      failures.add("rounding_base " + base + " rounds nothing");
    }
    log.add("run", "disclosure_control_on", 1, failures);
  }

  void manifestCounts() {
    List<String> failures = new ArrayList<>();
    long[] checked = {0};
    walk(
        "",
        manifest,
        (path, node) -> {
          if (node.isIntegralNumber() && MANIFEST_COUNT.matcher(path).find()) {
            checked[0]++;
            if (node.asLong() % base != 0) {
              failures.add(
                  "manifest.json " + path + " = " + node.asLong() + ", not a multiple of " + base);
            }
          }
        });
    log.add("manifest.json", "counts_multiple_of_base", checked[0], failures);
  }

  private interface NodeVisitor {
    void visit(String path, JsonNode node);
  }

  private static void walk(String path, JsonNode node, NodeVisitor visitor) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        walk(
            path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
            field.getValue(),
            visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(path, node.get(i), visitor);
      }
    } else {
      visitor.visit(path, node);
    }
  }
}
