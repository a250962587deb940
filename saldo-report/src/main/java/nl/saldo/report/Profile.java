package nl.saldo.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The story of one unit, written like the report's §4 sections ("Er waren in totaal 5.990 meer
 * vertrekkers dan vestigers…", "dempend" / "versterkend"), generated from its published numbers
 * only (the sentences on its groups: ProfileGroups). A sentence whose figure was suppressed (empty
 * percentage) is left out.
 */
final class Profile {
  private final RunTables tables;
  private final Texts texts;
  private final StudyFacts study;

  private final ProfileGroups groups;

  Profile(RunTables tables, Texts texts) {
    this.tables = tables;
    this.texts = texts;
    this.study = StudyFacts.of(tables.manifest());
    this.groups = new ProfileGroups(tables, texts, study);
  }

  /** Set when a sentence shows counts that do not add up because each was rounded on its own. */
  private boolean unequal;

  /** Paragraphs: population, moves in total, moves per group, conclusion, rounding footnote. */
  List<String> paragraphs(String layer, String unit, String name) {
    unequal = false;
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(population(layer, unit, name));
    tables
        .migration(layer, unit, "total")
        .ifPresent(total -> paragraphs.add(moves(total, name, layer, unit)));
    paragraphs.add(groups.paragraph(layer, unit));
    groups.conclusion(layer, unit).ifPresent(paragraphs::add);
    paragraphs.removeIf(String::isBlank);
    if (unequal) {
      paragraphs.add(RoundingNote.MARK + " " + RoundingNote.line(texts, tables));
    }
    return paragraphs;
  }

  private String population(String layer, String unit, String name) {
    Optional<StockRow> found = tables.stock(layer, unit, "total");
    if (found.isEmpty()) {
      return "";
    }
    StockRow total = found.get();
    if (total.popStart() == null || total.popEnd() == null || total.change() == null) {
      return ""; // suppressed (min_cell): nothing to say
    }
    StringBuilder text = new StringBuilder();
    if (total.change() == 0) {
      text.append(
          texts.get(
              "profile.pop.same",
              study.startYear(),
              study.endYear(),
              name,
              texts.count(total.popStart())));
    } else {
      text.append(
          texts.get(
              "profile.pop.change",
              study.startYear(),
              study.endYear(),
              name,
              texts.get(total.change() > 0 ? "word.increased" : "word.decreased"),
              texts.count(total.popStart()),
              texts.count(total.popEnd()),
              texts.signedCount(total.change())
                  + mark(total.popEnd() - total.popStart(), total.change())));
      if (total.changePctPerYear() != null) {
        text.append(' ')
            .append(
                texts.get(
                    "profile.pop.rate",
                    texts.get(total.change() > 0 ? "word.rise" : "word.fall"),
                    rate(total.changePctPerYear())));
      }
    }
    largestChange(layer, unit)
        .ifPresent(
            row ->
                text.append(' ')
                    .append(
                        texts.get(
                            "profile.pop.largest",
                            texts.get(row.change() > 0 ? "word.increase" : "word.decrease"),
                            study.people(texts, row.group()),
                            texts.signedCount(row.change()))));
    tables
        .stock(layer, unit, "lower")
        .filter(
            lower ->
                lower.shareStartPct() != null
                    && lower.shareEndPct() != null
                    && lower.shareChangePp() != null
                    && lower.shareChangePp() != 0)
        .ifPresent(
            lower ->
                text.append(' ')
                    .append(
                        texts.get(
                            "profile.share.lower",
                            texts.get(
                                lower.shareChangePp() > 0 ? "word.increased" : "word.decreased"),
                            texts.percent(lower.shareStartPct(), 1),
                            texts.percent(lower.shareEndPct(), 1))));
    return text.toString();
  }

  private Optional<StockRow> largestChange(String layer, String unit) {
    return Groups.BASE.stream()
        .map(group -> tables.stock(layer, unit, group))
        .flatMap(Optional::stream)
        .filter(row -> row.change() != null && row.change() != 0)
        .max(Comparator.comparingLong(row -> Math.abs(row.change())));
  }

  private String moves(MigrationRow total, String name, String layer, String unit) {
    StringBuilder text = new StringBuilder();
    if (total.inMovers() == null || total.outMovers() == null || total.net() == null) {
      return ""; // suppressed (min_cell)
    }
    String key =
        total.net() < 0
            ? "profile.moves.out"
            : total.net() > 0 ? "profile.moves.in" : "profile.moves.zero";
    text.append(
        texts.get(
            key,
            name,
            study.windowStartYear(),
            study.windowEndYear(),
            texts.count(total.inMovers()),
            texts.count(total.outMovers()),
            texts.count(Math.abs(total.net()))
                + mark(total.inMovers() - total.outMovers(), total.net())));
    if (total.net() != 0 && total.netPctPerYear() != null) {
      text.append(' ')
          .append(
              texts.get(
                  "profile.moves.rate",
                  texts.get(total.net() > 0 ? "word.increase" : "word.decrease"),
                  rate(total.netPctPerYear())));
    }
    Optional<StockRow> stock = tables.stock(layer, unit, "total");
    if ("versterkend".equals(total.effect())
        && total.netShareOfChangePct() != null
        && stock.isPresent()) {
      text.append(' ')
          .append(
              texts.get(
                  "profile.moves.explains",
                  texts.get(stock.get().change() < 0 ? "word.shrinkage" : "word.growth"),
                  texts.percent(total.netShareOfChangePct(), 0)));
    } else if ("dempend".equals(total.effect()) && stock.isPresent()) {
      text.append(' ')
          .append(texts.get("profile.moves.dampens", texts.signedCount(stock.get().change())));
    }
    return text.toString();
  }

  /** The footnote mark when the shown difference is not the published one (rounding). */
  private String mark(long difference, long published) {
    if (difference == published) {
      return "";
    }
    unequal = true;
    return RoundingNote.MARK;
  }

  private String rate(double pctPerYear) {
    return texts.percent(Math.abs(pctPerYear), 2);
  }
}
