package nl.saldo.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report sections of issue #14, static HTML from the published tables alone: the most frequent
 * sequences per group with the one-sentence answer on stepwise sorting (sequences.csv), and per
 * area type the municipalities ranked by the net migration of higher incomes incl. students
 * (migration.csv, stocks.csv, municipalities.csv). A table that is missing leaves its section out.
 */
final class BeyondSections {
  static final List<String> SEQUENCE_COLUMNS = List.of("layer", "sequence", "group", "persons");
  static final List<String> MUNICIPALITY_COLUMNS =
      List.of("gemeente_code", "gemeente_name", "region", "area_type", "province");
  static final List<String> GROUPS =
      List.of("lt101", "101_150", "ge150", "student", "lower", "higher_incl_students");
  static final int TOP = 5;

  private BeyondSections() {}

  /**
   * Share (in %, two decimals) of the stepwise answer, or null when its denominator is too small.
   */
  record Stepwise(long intoKrimp, long viaOverig, String sharePct) {}

  static String html(RunTables tables, String lang, long minDenominator) {
    Path runDir = tables.runDir();
    boolean en = "en".equals(lang);
    StringBuilder html = new StringBuilder();
    Path sequences = runDir.resolve("sequences.csv");
    if (Files.exists(sequences)) {
      html.append(sequences(CsvTable.read(sequences, SEQUENCE_COLUMNS), en, minDenominator));
    }
    Path municipalities = runDir.resolve("municipalities.csv");
    if (Files.exists(municipalities)) {
      html.append(ranking(CsvTable.read(municipalities, MUNICIPALITY_COLUMNS), tables, en));
    }
    return html.toString();
  }

  /**
   * Of the lower-income persons whose sequence ends in krimp after another unit (a sequence cut
   * with >… is left out: its end is unknown), those whose step before krimp was overig; from the
   * published counts, empty below the threshold on the published denominator (METHOD.md §7).
   */
  static Stepwise stepwise(CsvTable table, long minDenominator) {
    long into = 0;
    long via = 0;
    for (CsvTable.Row row : table.rows()) {
      String sequence = row.text("sequence");
      if (!row.text("group").equals("lower") || !sequence.endsWith(">krimp")) {
        continue;
      }
      into += row.count("persons");
      if (sequence.endsWith("overig>krimp")) {
        via += row.count("persons");
      }
    }
    String share =
        into == 0 || into < minDenominator
            ? null
            : new java.math.BigDecimal(via * 100)
                .divide(new java.math.BigDecimal(into), 2, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    return new Stepwise(into, via, share);
  }

  private static String sequences(CsvTable table, boolean en, long minDenominator) {
    StringBuilder html = new StringBuilder("<section id=\"sequences\">\n<h2>");
    html.append(en ? "Stepwise sorting: sequences of moves" : "Stapsgewijze sortering: reeksen");
    html.append("</h2>\n");
    Stepwise answer = stepwise(table, minDenominator);
    html.append("<p id=\"stepwise-answer\">");
    if (answer.sharePct() == null) {
      html.append(
          en
              ? "Too few lower-income movers into krimp with two or more moves to say which step came first ("
                  + answer.intoKrimp()
                  + ")."
              : "Te weinig lage inkomens met twee of meer verhuizingen naar krimp om te zeggen welke stap eraan voorafging ("
                  + answer.intoKrimp()
                  + ").");
    } else {
      html.append(
          HtmlReport.escape(
              en
                  ? "Of the "
                      + answer.intoKrimp()
                      + " lower-income persons with two or more moves who ended up moving into krimp, "
                      + answer.viaOverig()
                      + " ("
                      + answer.sharePct()
                      + "%) came there straight from overig: that is the stepwise route rest → overig → krimp or a part of it."
                  : "Van de "
                      + answer.intoKrimp()
                      + " personen met een laag inkomen en twee of meer verhuizingen die uiteindelijk naar krimp verhuisden, kwamen er "
                      + answer.viaOverig()
                      + " ("
                      + answer.sharePct()
                      + "%) direct uit overig gebied: de stapsgewijze route rest → overig → krimp of een deel daarvan."));
    }
    html.append("</p>\n");
    Map<String, List<CsvTable.Row>> byGroup = new LinkedHashMap<>();
    for (CsvTable.Row row : table.rows()) {
      byGroup.computeIfAbsent(row.text("group"), k -> new ArrayList<>()).add(row);
    }
    html.append("<table class=\"sequences\">\n")
        .append(
            HtmlReport.headerRow(en, "group", "groep", "sequence", "reeks", "persons", "personen"));
    for (String group : GROUPS) {
      List<CsvTable.Row> rows = byGroup.getOrDefault(group, List.of());
      rows.stream()
          .sorted(
              Comparator.comparingLong((CsvTable.Row r) -> -r.count("persons"))
                  .thenComparing(r -> r.text("sequence")))
          .limit(TOP)
          .forEach(
              r ->
                  html.append("<tr><td>")
                      .append(HtmlReport.escape(group))
                      .append("</td><td>")
                      .append(HtmlReport.escape(r.text("sequence").replace(">", " → ")))
                      .append("</td><td>")
                      .append(r.count("persons"))
                      .append("</td></tr>\n"));
    }
    html.append("</table>\n</section>\n");
    return html.toString();
  }

  private static String ranking(CsvTable municipalities, RunTables tables, boolean en) {
    Map<String, MigrationRow> higher = new LinkedHashMap<>();
    for (MigrationRow row : tables.migration()) {
      if (row.layer().equals("gemeente") && row.group().equals("higher_incl_students")) {
        higher.put(row.unit(), row);
      }
    }
    Map<String, StockRow> stocks = new LinkedHashMap<>();
    for (StockRow row : tables.stocks()) {
      if (row.layer().equals("gemeente") && row.group().equals("higher_incl_students")) {
        stocks.put(row.unit(), row);
      }
    }
    Map<String, List<CsvTable.Row>> byType = new LinkedHashMap<>();
    for (CsvTable.Row row : municipalities.rows()) {
      byType.computeIfAbsent(row.text("area_type"), k -> new ArrayList<>()).add(row);
    }
    StringBuilder html = new StringBuilder("<section id=\"attractive-places\">\n<h2>");
    html.append(
        en
            ? "Places that attract higher incomes (incl. students)"
            : "Plaatsen die hogere inkomens (incl. studenten) aantrekken");
    html.append("</h2>\n<p>")
        .append(
            en
                ? "Per area type, municipalities by net domestic migration of higher incomes incl. students in % per year of their start stock (highest first; suppressed rates last)."
                : "Per gebiedstype de gemeenten naar binnenlands migratiesaldo van hogere inkomens incl. studenten in % per jaar van hun beginstand (hoogste eerst; onderdrukte percentages achteraan).")
        .append("</p>\n");
    byType.keySet().stream()
        .sorted()
        .forEach(
            type -> {
              html.append("<h3>").append(HtmlReport.escape(type)).append("</h3>\n");
              html.append("<table class=\"ranking\">\n")
                  .append(
                      HtmlReport.headerRow(
                          en,
                          "#",
                          "#",
                          "municipality",
                          "gemeente",
                          "net % per year",
                          "saldo % per jaar",
                          "net",
                          "saldo",
                          "stock at start",
                          "beginstand"));
              List<CsvTable.Row> rows = new ArrayList<>(byType.get(type));
              rows.removeIf(r -> !higher.containsKey(r.text("gemeente_code")));
              rows.sort(
                  Comparator.comparing(
                      (CsvTable.Row r) -> higher.get(r.text("gemeente_code")).netPctPerYear(),
                      Comparator.nullsLast(Comparator.reverseOrder())));
              int rank = 1;
              for (CsvTable.Row r : rows) {
                MigrationRow m = higher.get(r.text("gemeente_code"));
                StockRow s = stocks.get(r.text("gemeente_code"));
                html.append("<tr><td>")
                    .append(rank++)
                    .append("</td><td>")
                    .append(HtmlReport.escape(r.text("gemeente_name")))
                    .append("</td><td>")
                    .append(
                        m.netPctPerYear() == null
                            ? ""
                            : String.format(Locale.ROOT, "%.2f", m.netPctPerYear()))
                    .append("</td><td>")
                    .append(m.net())
                    .append("</td><td>")
                    .append(s == null ? "" : s.popStart())
                    .append("</td></tr>\n");
              }
              html.append("</table>\n");
            });
    html.append("</section>\n");
    return html.toString();
  }
}
