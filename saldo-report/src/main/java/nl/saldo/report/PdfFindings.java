package nl.saldo.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The key findings of report.pdf, its first section: per area type and for the study area the share
 * change of lower incomes and the two net rates, a verdict per unit and the chart of the share
 * changes (KeyFindings); left out when there are none.
 */
final class PdfFindings {
  private final PdfBody out;
  private final RunTables tables;
  private final Texts texts;
  private final StudyFacts study;

  PdfFindings(PdfBody out) {
    this.out = out;
    this.tables = out.tables();
    this.texts = out.texts();
    this.study = out.study();
  }

  void write() {
    KeyFindings findings = KeyFindings.of(tables, texts);
    if (findings.findings().isEmpty()) {
      return;
    }
    out.open(
        "key-findings",
        texts.get("findings.title"),
        texts.get(
            "findings.intro",
            study.startYear(),
            study.endYear(),
            study.windowStartYear(),
            study.windowEndYear(),
            tables.studyText()));
    List<List<String>> rows = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (KeyFindings.Finding finding : findings.findings()) {
      rows.add(
          List.of(
              finding.name(),
              findings.points(finding.shareChangePp()),
              findings.rate(finding.netPctLower()),
              findings.rate(finding.netPctHigher())));
      shares.add(finding.shareChangePp());
      names.add(finding.name());
    }
    out.table(out.cols("unit_name", "share_change_lower", "net_lower", "net_higher"), rows, 1);
    out.append("<ul class=\"verdicts\">");
    findings
        .findings()
        .forEach(
            finding ->
                out.append("<li><b>")
                    .text(finding.name())
                    .append(":</b> ")
                    .text(finding.verdict())
                    .append("</li>"));
    out.append("</ul>\n");
    out.chart(
        new ChartSpec.Bars(
            "findings",
            texts.get("findings.chart"),
            names,
            List.of(new ChartSpec.Series(texts.get("unit.pp"), "#1f618d", shares)),
            false,
            false,
            true));
    out.close();
  }
}
