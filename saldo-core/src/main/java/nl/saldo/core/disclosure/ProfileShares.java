package nl.saldo.core.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.saldo.core.pipeline.Table;

/**
 * share_pct of profiles.csv (issue #14, who moves): persons of a value / all persons of the same
 * layer, unit, flow, attribute and group × 100, both from the published counts (§7: the rounded
 * ones by default), so the shares of an attribute add to 100 up to their own rounding; empty when
 * that published denominator is below min_denominator or 0. With {@code percentages: exact} the
 * basis holds the unrounded counts.
 */
final class ProfileShares {
  private static final List<String> WHOLE = List.of("layer", "unit", "flow", "attribute", "group");

  private ProfileShares() {}

  /**
   * @param published the published rows (zero rows already left out)
   * @param basis the rows the shares come from: the published counts, or the unrounded ones
   */
  static Table of(Table published, Table basis, long threshold) {
    int persons = basis.index("persons");
    Map<List<Object>, Long> wholes = new HashMap<>();
    Map<List<Object>, Long> parts = new HashMap<>();
    for (List<Object> row : basis.rows()) {
      Object value = row.get(persons);
      if (value == null) {
        continue;
      }
      long count = ((Number) value).longValue();
      wholes.merge(key(basis, row, WHOLE), count, Long::sum);
      parts.put(key(basis, row, withValue()), count);
    }
    int share = published.index("share_pct");
    List<List<Object>> rows = new ArrayList<>(published.rows().size());
    for (List<Object> row : published.rows()) {
      List<Object> out = new ArrayList<>(row);
      Long part = parts.get(key(published, row, withValue()));
      Long whole = wholes.get(key(published, row, WHOLE));
      out.set(
          share, part == null || whole == null ? null : Percentages.share(part, whole, threshold));
      rows.add(out);
    }
    return new Table(published.name(), published.columns(), rows);
  }

  private static List<String> withValue() {
    List<String> columns = new ArrayList<>(WHOLE);
    columns.add("value");
    return columns;
  }

  private static List<Object> key(Table table, List<Object> row, List<String> columns) {
    List<Object> key = new ArrayList<>(columns.size());
    for (String column : columns) {
      key.add(row.get(table.index(column)));
    }
    return key;
  }
}
