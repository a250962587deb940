package nl.saldo.report;

import java.util.List;

/** The income positions of METHOD.md §3, in the order of the output tables. */
final class Groups {
  static final List<String> BASE = List.of("lt101", "101_150", "ge150", "student");
  static final List<String> STOCK =
      List.of(
          "lt101",
          "101_150",
          "ge150",
          "student",
          "other",
          "lower",
          "higher_incl_students",
          "total");
  static final List<String> MIGRATION =
      List.of("lt101", "101_150", "ge150", "student", "lower", "higher_incl_students", "total");

  /** The groups of the report's population bars (every person once). */
  static final List<String> STACK = List.of("lt101", "101_150", "ge150", "student", "other");

  private Groups() {}

  static String check(CsvTable.Row row, List<String> allowed) {
    String group = row.text("group");
    if (!allowed.contains(group)) {
      throw row.fault("group", group, "one of " + String.join(", ", allowed));
    }
    return group;
  }
}
