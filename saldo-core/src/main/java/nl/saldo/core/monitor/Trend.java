package nl.saldo.core.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;

/**
 * trend.csv of saldo monitor: per window the flows of migration.csv, one row per window × layer ×
 * unit × group. Built from each window's published (disclosure-controlled) migration table, so
 * every count and every percentage is exactly the one of that window's migration.csv: the trend
 * shows nothing the windows' own tables do not.
 */
public final class Trend {
  public static final String FILE = "trend.csv";

  /** migration.csv's keys and flows: its columns up to net_pct_per_year. */
  private static final List<String> FROM_MIGRATION =
      Mart.MIGRATION.columns().subList(0, Mart.MIGRATION.columns().indexOf("net_pct_per_year") + 1);

  public static final List<String> COLUMNS =
      Stream.concat(Stream.of("window_start", "window_end"), FROM_MIGRATION.stream()).toList();

  private Trend() {}

  /** The trend of the windows in their order; rows within a window in migration.csv's order. */
  public static Table of(List<MonitorPipeline.WindowResult> windows) {
    List<List<Object>> rows = new ArrayList<>();
    for (MonitorPipeline.WindowResult window : windows) {
      Table migration = window.result().tables().table(Mart.MIGRATION);
      int[] index = FROM_MIGRATION.stream().mapToInt(migration::index).toArray();
      for (List<Object> row : migration.rows()) {
        List<Object> out = new ArrayList<>(COLUMNS.size());
        out.add(window.window().start().toString());
        out.add(window.window().end().toString());
        for (int i : index) {
          out.add(row.get(i));
        }
        rows.add(out);
      }
    }
    return new Table("trend", COLUMNS, rows);
  }
}
