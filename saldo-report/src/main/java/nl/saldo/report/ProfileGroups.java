package nl.saldo.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The sentences of a unit's profile on its groups (see Profile): the group with the strongest
 * outflow and inflow, the effect of the moves on the change of lower and of higher incomes, and the
 * conclusion on the share of lower incomes. From the published numbers only.
 */
final class ProfileGroups {
  private final RunTables tables;
  private final Texts texts;
  private final StudyFacts study;

  ProfileGroups(RunTables tables, Texts texts, StudyFacts study) {
    this.tables = tables;
    this.texts = texts;
    this.study = study;
  }

  /** Which group left or came most, and whether moves strengthened or dampened each change. */
  String paragraph(String layer, String unit) {
    StringBuilder text = new StringBuilder();
    strongestNet(layer, unit, true)
        .ifPresent(
            row ->
                text.append(
                    texts.get(
                        "profile.group.strongest",
                        texts.get("word.outflow"),
                        study.after(texts, row.group()),
                        texts.signedCount(row.net()))));
    strongestNet(layer, unit, false)
        .ifPresent(
            row ->
                text.append(' ')
                    .append(
                        texts.get(
                            "profile.group.strongest",
                            texts.get("word.inflow"),
                            study.after(texts, row.group()),
                            texts.signedCount(row.net()))));
    for (String group : List.of("lower", "higher_incl_students")) {
      tables
          .migration(layer, unit, group)
          .filter(row -> !row.effect().isEmpty())
          .ifPresent(
              row -> {
                long change = tables.stock(layer, unit, group).map(StockRow::change).orElse(0L);
                text.append(' ')
                    .append(
                        texts.get(
                            "profile.group.effect",
                            texts.get("group.name." + group),
                            texts.signedCount(row.net()),
                            texts.get("effect." + row.effect()),
                            texts.signedCount(change)));
              });
    }
    return text.toString().trim();
  }

  private Optional<MigrationRow> strongestNet(String layer, String unit, boolean outflow) {
    return Groups.BASE.stream()
        .map(group -> tables.migration(layer, unit, group))
        .flatMap(Optional::stream)
        .filter(row -> row.net() != null && (outflow ? row.net() < 0 : row.net() > 0))
        .max(Comparator.comparingLong(row -> Math.abs(row.net())));
  }

  /** Which way the moves push the share of lower incomes, from the two groups' net rates. */
  Optional<String> conclusion(String layer, String unit) {
    Optional<MigrationRow> lower =
        tables.migration(layer, unit, "lower").filter(row -> row.netPctPerYear() != null);
    Optional<MigrationRow> higher =
        tables
            .migration(layer, unit, "higher_incl_students")
            .filter(row -> row.netPctPerYear() != null);
    if (lower.isEmpty() || higher.isEmpty()) {
      return Optional.empty();
    }
    double difference = lower.get().netPctPerYear() - higher.get().netPctPerYear();
    String direction =
        difference > 0
            ? "word.share.rises"
            : difference < 0 ? "word.share.falls" : "word.share.stays";
    return Optional.of(
        texts.get(
            "profile.conclusion",
            signedRate(lower.get().netPctPerYear()),
            signedRate(higher.get().netPctPerYear()),
            texts.get(direction)));
  }

  private String signedRate(double pctPerYear) {
    return (pctPerYear > 0 ? "+" : "") + texts.percent(pctPerYear, 2);
  }
}
