package nl.saldo.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The report section of issue #14 "which area factors go with the flows" (factors.csv), static
 * HTML: per group the fitted coefficients with standard error and t, the municipalities used and
 * left out, R², and the warning that the fit is descriptive. A missing factors.csv (no
 * areas/factors.csv) leaves the section out.
 */
final class FactorsSection {
  static final List<String> COLUMNS =
      List.of("group", "term", "estimate", "std_error", "t", "n", "left_out", "r2");

  private FactorsSection() {}

  static String html(Path runDir, String lang) {
    Path file = runDir.resolve("factors.csv");
    if (!Files.exists(file)) {
      return "";
    }
    boolean en = "en".equals(lang);
    List<CsvTable.Row> rows = CsvTable.read(file, COLUMNS).rows();
    StringBuilder html = new StringBuilder("<section id=\"factors\">\n<h2>");
    html.append(en ? "Area factors and net migration" : "Gebiedskenmerken en migratiesaldo");
    html.append("</h2>\n<p id=\"factors-descriptive\">")
        .append(
            en
                ? "A descriptive fit, not a causal model: per group the net domestic migration in % per year of the municipalities (published figures of migration.csv) regressed by weighted least squares on the factors of areas/factors.csv, weighted by the group's start stock. It shows which factors go together with the flows across municipalities, not why people move; with a few tens of municipalities and correlated factors the coefficients are uncertain. Municipalities whose rate is empty (below the threshold) or without factors are left out and counted."
                : "Een beschrijvende samenhang, geen causaal model: per groep het binnenlands migratiesaldo in % per jaar van de gemeenten (gepubliceerde cijfers van migration.csv) met gewogen kleinste kwadraten op de kenmerken van areas/factors.csv, gewogen met de beginstand van de groep. Het laat zien welke kenmerken over de gemeenten samengaan met de stromen, niet waarom mensen verhuizen; met enkele tientallen gemeenten en samenhangende kenmerken zijn de coëfficiënten onzeker. Gemeenten zonder percentage (onder de drempel) of zonder kenmerken tellen niet mee en worden geteld.")
        .append("</p>\n<table class=\"factors\">\n")
        .append(
            HtmlReport.headerRow(
                en,
                "group",
                "groep",
                "term",
                "term",
                "estimate",
                "schatting",
                "std. error",
                "standaardfout",
                "t",
                "t",
                "n",
                "n",
                "left out",
                "niet meegeteld",
                "R²",
                "R²"));
    for (CsvTable.Row row : rows) {
      html.append("<tr>");
      for (String column : COLUMNS) {
        html.append("<td>").append(HtmlReport.escape(row.text(column))).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table>\n</section>\n");
    return html.toString();
  }
}
