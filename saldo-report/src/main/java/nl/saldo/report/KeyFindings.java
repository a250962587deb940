package nl.saldo.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The study's central measures first, per area type and for the whole study area beside them: the
 * change of the share of lower incomes in percentage points (stocks.csv share_change_pp of {@code
 * lower}), the relative domestic migration balance per year of lower and of higher incomes incl.
 * students (migration.csv net_pct_per_year), and one sentence on which way domestic moves push the
 * share of lower incomes — as the 2019 study concludes each area's section. Published numbers only;
 * a suppressed figure stays empty.
 */
public final class KeyFindings {
  /** The layers whose units the findings list, in this order; the first present one is used. */
  static final List<String> LAYERS = List.of("area_type", "region", "province", "gemeente");

  /** One line of the findings: a unit, its three figures (null when suppressed), its verdict. */
  public record Finding(
      String layer,
      String unit,
      String name,
      Double shareChangePp,
      Double netPctLower,
      Double netPctHigher,
      String verdict) {}

  private final List<Finding> findings;
  private final Texts texts;

  private KeyFindings(List<Finding> findings, Texts texts) {
    this.findings = findings;
    this.texts = texts;
  }

  /** The findings of a run directory in a language (nl or en). */
  public static KeyFindings of(Path runDir, String lang) {
    return of(RunTables.read(runDir, lang), Texts.of(lang));
  }

  static KeyFindings of(RunTables tables, Texts texts) {
    List<Finding> findings = new ArrayList<>();
    String layer = LAYERS.stream().filter(tables.layers()::contains).findFirst().orElse(null);
    if (layer != null) {
      tables
          .units(layer)
          .forEach((code, name) -> findings.add(finding(tables, texts, layer, code)));
    }
    for (Map.Entry<String, String> study : tables.units("study").entrySet()) {
      findings.add(finding(tables, texts, "study", study.getKey()));
    }
    return new KeyFindings(List.copyOf(findings), texts);
  }

  private static Finding finding(RunTables tables, Texts texts, String layer, String unit) {
    Double share = tables.stock(layer, unit, "lower").map(StockRow::shareChangePp).orElse(null);
    Double lower = netPct(tables, layer, unit, "lower");
    Double higher = netPct(tables, layer, unit, "higher_incl_students");
    String text = tables.inText(layer, unit);
    String verdict;
    if (lower == null || higher == null) {
      verdict = texts.get("findings.verdict.unknown", text);
    } else {
      int comparison = Double.compare(lower, higher);
      verdict =
          texts.get(
              comparison > 0
                  ? "findings.verdict.rises"
                  : comparison < 0 ? "findings.verdict.falls" : "findings.verdict.stays",
              text);
    }
    return new Finding(
        layer, unit, tables.units(layer).get(unit), share, lower, higher, capitalised(verdict));
  }

  private static Double netPct(RunTables tables, String layer, String unit, String group) {
    Optional<MigrationRow> row = tables.migration(layer, unit, group);
    return row.map(MigrationRow::netPctPerYear).orElse(null);
  }

  private static String capitalised(String sentence) {
    return sentence.isEmpty()
        ? sentence
        : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }

  /** The study area's display name ("Totaal Noord-Nederland"), or {@code fallback}. */
  public String studyName(String fallback) {
    return findings.stream()
        .filter(finding -> finding.layer().equals("study"))
        .map(Finding::name)
        .filter(name -> !name.equals(fallback) && !name.isBlank())
        .findFirst()
        .orElse(fallback);
  }

  /** The display name of an area type ("Krimpgebieden"), or its code. */
  public String areaTypeName(String code) {
    return findings.stream()
        .filter(finding -> finding.layer().equals("area_type") && finding.unit().equals(code))
        .map(Finding::name)
        .findFirst()
        .orElse(code);
  }

  public List<Finding> findings() {
    return findings;
  }

  /** "-1,20 pp" / "+0.35 pp"; "–" when suppressed. */
  public String points(Double value) {
    return value == null
        ? "–"
        : (value > 0 ? "+" : "") + texts.decimal(value, 2) + " " + texts.get("unit.pp");
  }

  /** "-0,52%" / "+0.10%"; "–" when suppressed. */
  public String rate(Double value) {
    return value == null ? "–" : (value > 0 ? "+" : "") + texts.percent(value, 2);
  }

  /** The findings as lines for a terminal: a header, one line per unit, each verdict. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    int width = Math.max(12, findings.stream().mapToInt(f -> f.name().length()).max().orElse(12));
    String format = "%-" + width + "s %18s %14s %14s";
    lines.add(texts.get("findings.title"));
    lines.add(
        String.format(
            java.util.Locale.ROOT,
            format,
            "",
            texts.get("findings.short.share"),
            texts.get("findings.short.lower"),
            texts.get("findings.short.higher")));
    for (Finding finding : findings) {
      lines.add(
          String.format(
              java.util.Locale.ROOT,
              format,
              finding.name(),
              points(finding.shareChangePp()),
              rate(finding.netPctLower()),
              rate(finding.netPctHigher())));
    }
    findings.forEach(finding -> lines.add("  " + finding.verdict()));
    return lines;
  }
}
