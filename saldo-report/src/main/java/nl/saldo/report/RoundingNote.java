package nl.saldo.report;

/**
 * The one line said right where numbers visibly do not add up: every published count is rounded on
 * its own (METHOD.md §7), so 220 − 220 can be −10 and groups need not sum to their total.
 */
final class RoundingNote {
  /** The footnote mark beside such a number. */
  static final String MARK = "¹";

  private RoundingNote() {}

  static String line(Texts texts, RunTables tables) {
    int base = tables.manifest().path("study").path("disclosure").path("rounding_base").asInt(10);
    return texts.get("rounding.footnote", base);
  }
}
