package nl.saldo.sav;

import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;

/** The text {@code saldo inspect} prints: a file summary, then one block per variable. */
public final class InspectReport {

  private static final int LABELS_SHOWN = 5;
  private static final int VALUE_CHARS = 40;

  private InspectReport() {}

  public static void print(PrintWriter out, SavFile sav, SavProfile profile) {
    SavHeader header = sav.header();
    out.printf("file:        %s%n", sav.path());
    out.printf("written by:  %s%n", header.product());
    out.printf("compression: %s%n", header.compression());
    out.printf("encoding:    %s%n", header.encoding().name());
    if (!header.fileLabel().isEmpty()) {
      out.printf("label:       %s%n", header.fileLabel());
    }
    out.printf("rows:        %,d%s%n", profile.rows(), declared(header, profile));
    out.printf("variables:   %d%n", sav.variables().size());
    for (SavVariable variable : sav.variables()) {
      out.println();
      printVariable(out, variable, profile);
    }
  }

  private static String declared(SavHeader header, SavProfile profile) {
    long declared = header.declaredRowCount();
    if (declared < 0) {
      return " (the header declares no row count)";
    }
    return declared == profile.rows() ? "" : " (the header declares " + declared + ")";
  }

  private static void printVariable(PrintWriter out, SavVariable variable, SavProfile profile) {
    int i = variable.index();
    out.printf(
        "%d. %s  %s  %s%n", i + 1, variable.name(), variable.typeName(), variable.format().name());
    if (!variable.label().isEmpty()) {
      out.printf("   label:    %s%n", variable.label());
    }
    if (!variable.missing().isEmpty()) {
      out.printf("   missing:  %s%n", variable.missing().describe());
    }
    out.printf("   missing rows: %,d%n", profile.missing()[i]);
    if (!variable.valueLabels().isEmpty()) {
      out.printf(
          "   value labels (%d): %s%n",
          variable.valueLabels().size(), labels(variable.valueLabels()));
    }
    if (profile.identifier()[i]) {
      out.println("   values:   (identifier, not shown)");
    } else {
      out.printf(
          "   values:   %s%n",
          profile.examples().get(i).stream()
              .map(InspectReport::shortened)
              .collect(Collectors.joining(", ")));
    }
  }

  private static String shortened(String value) {
    return "'"
        + (value.length() > VALUE_CHARS ? value.substring(0, VALUE_CHARS) + "…" : value)
        + "'";
  }

  private static String labels(Map<String, String> labels) {
    String shown =
        labels.entrySet().stream()
            .limit(LABELS_SHOWN)
            .map(label -> label.getKey() + " = " + label.getValue())
            .collect(Collectors.joining("; "));
    return labels.size() > LABELS_SHOWN ? shown + "; …" : shown;
  }
}
