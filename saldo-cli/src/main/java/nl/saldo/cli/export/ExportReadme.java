package nl.saldo.cli.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.saldo.core.SaldoException;
import nl.saldo.core.pipeline.Mart;

/**
 * The bundle's README.md: the rules and parameters applied, the cells per table, and every table
 * and column described in Dutch and English (descriptions.properties).
 */
final class ExportReadme {
  private ExportReadme() {}

  static String readme(
      Map<Mart, PublishedTable> tables, JsonNode manifest, long base, long threshold)
      throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# ")
        .append(manifest.path("study").path("name").asText("saldo"))
        .append(" — export\n\n");
    md.append(
        "Made by saldo export from one run. Only these files leave the secure environment:"
            + " the tables (with suppressed.csv when min_cell > 0, factors.csv when the run had area factors), manifest.json, report.html, report.xlsx, report.pdf, this README.md and checks.json."
            + " Gemaakt door saldo export uit één run. Alleen deze bestanden verlaten de beveiligde"
            + " omgeving.\n\n");
    md.append("## Rules applied / Toegepaste regels\n\n");
    md.append("| parameter | value |\n|---|---|\n");
    md.append("| rounding_base | ").append(base).append(" |\n");
    md.append("| min_denominator | ").append(threshold).append(" |\n");
    md.append("| percentages | published |\n");
    md.append("| min_cell | ")
        .append(manifest.path("study").path("disclosure").path("min_cell").asLong(0))
        .append(" |\n\n");
    md.append(
        "* EN: every count is rounded on its own to the nearest multiple of "
            + base
            + ", halves away from zero (a net and a change from their own unrounded value, so in − out"
            + " = net and the groups' sum = total hold before rounding only). Every percentage,"
            + " share, rate and effect is computed from the published counts of the same row and"
            + " unit; a percentage over a published denominator below "
            + threshold
            + " (or 0) is empty. od.csv lists a pair only when a published count is not 0. The"
            + " counts in manifest.json are rounded too. An empty count is suppressed (min_cell).\n");
    md.append(
        "* NL: elk aantal is afzonderlijk afgerond op het dichtstbijzijnde veelvoud van "
            + base
            + ", helften van nul af (saldo en verandering uit hun eigen niet-afgeronde waarde, dus"
            + " instroom − uitstroom = saldo en de som van de groepen = totaal gelden alleen vóór"
            + " afronding). Elk percentage, aandeel, elke rate en elk effect is berekend uit de"
            + " gepubliceerde aantallen van dezelfde rij en hetzelfde gebied; een percentage met een"
            + " gepubliceerde noemer onder "
            + threshold
            + " (of 0) is leeg. od.csv bevat een paar alleen als een gepubliceerd aantal niet 0 is."
            + " Ook de aantallen in manifest.json zijn afgerond. Een leeg aantal is onderdrukt"
            + " (min_cell).\n\n");
    cellsPerTable(md, tables, base);
    tablesAndColumns(md, tables, descriptions());
    md.append(
        "\n### manifest.json\n\n* NL: tool en versie, instellingen van de studie, invoerbestanden"
            + " met grootte en SHA-256, aantallen rijen en verhuizingen (afgerond).\n* EN: tool and"
            + " version, study settings, input files with size and SHA-256, rows and moves counted"
            + " (rounded).\n\n### checks.json\n\n* NL: de controles van deze bundel, per tabel;"
            + " saldo export schrijft geen bundel als er één faalt.\n* EN: the checks of this"
            + " bundle, per table; saldo export writes no bundle when one fails.\n");
    return md.toString();
  }

  /** Per table its rows, count cells (suppressed among them) and figures (empty among them). */
  private static void cellsPerTable(StringBuilder md, Map<Mart, PublishedTable> tables, long base) {
    md.append("## Cells per table / Cellen per tabel\n\n");
    md.append("| table | rows | count cells (all rounded to ")
        .append(base)
        .append(
            ") | suppressed (empty) counts | published figures | empty figures |\n|---|---|---|---|---|---|\n");
    for (Map.Entry<Mart, PublishedTable> entry : tables.entrySet()) {
      long counts = 0;
      long suppressed = 0;
      long figures = 0;
      long emptyFigures = 0;
      PublishedTable table = entry.getValue();
      for (List<String> row : table.cells()) {
        for (int i = 0; i < Math.min(row.size(), table.header().size()); i++) {
          String column = table.header().get(i);
          if (entry.getKey().isCount(column)) {
            counts++;
            suppressed += row.get(i).isEmpty() ? 1 : 0;
          } else if (column.endsWith("_pct")
              || column.endsWith("_pp")
              || column.endsWith("_year")
              || column.equals("effect")
              || (column.equals("value") && entry.getKey() == Mart.SEGREGATION)) {
            figures++;
            emptyFigures += row.get(i).isEmpty() ? 1 : 0;
          }
        }
      }
      md.append("| ")
          .append(entry.getKey().fileName())
          .append(" | ")
          .append(table.cells().size())
          .append(" | ")
          .append(counts)
          .append(" | ")
          .append(suppressed)
          .append(" | ")
          .append(figures - emptyFigures)
          .append(" | ")
          .append(emptyFigures)
          .append(" |\n");
    }
  }

  private static void tablesAndColumns(
      StringBuilder md, Map<Mart, PublishedTable> tables, Properties words) {
    md.append("\n## Tables and columns / Tabellen en kolommen\n");
    for (Map.Entry<Mart, PublishedTable> entry : tables.entrySet()) {
      Mart mart = entry.getKey();
      md.append("\n### ").append(mart.fileName()).append("\n\n");
      md.append("* NL: ").append(describe(words, "table." + mart.tableName() + ".nl")).append('\n');
      md.append("* EN: ")
          .append(describe(words, "table." + mart.tableName() + ".en"))
          .append("\n\n");
      md.append("| column | Nederlands | English |\n|---|---|---|\n");
      for (String column : mart.columns()) {
        md.append("| `")
            .append(column)
            .append("` | ")
            .append(describe(words, columnKey(words, mart, column) + ".nl"))
            .append(" | ")
            .append(describe(words, columnKey(words, mart, column) + ".en"))
            .append(" |\n");
      }
    }
  }

  /** column.TABLE.COLUMN when a table gives a column a meaning of its own, else column.COLUMN. */
  private static String columnKey(Properties words, Mart mart, String column) {
    String own = "column." + mart.tableName() + "." + column;
    return words.getProperty(own + ".nl") != null ? own : "column." + column;
  }

  private static String describe(Properties words, String key) {
    String text = words.getProperty(key);
    if (text == null) {
      throw new SaldoException(
          SaldoException.INTERNAL,
          "saldo export has no description " + key + " (descriptions.properties)");
    }
    return text;
  }

  private static Properties descriptions() throws IOException {
    Properties words = new Properties();
    try (InputStream in = ExportReadme.class.getResourceAsStream("descriptions.properties")) {
      words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return words;
  }
}
