package nl.saldo.report;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.saldo.core.pipeline.Mart;

/**
 * The tables of the analyses beyond the report, read from the run directory when they are there
 * (METHOD.md §12 components.csv, §13 segregation.csv); a run that switched them off, or an older
 * run, has none, and the report leaves their sections out.
 */
record AnalysisTables(List<ComponentRow> components, List<SegregationRow> segregation) {
  static final List<String> COMPONENT_COLUMNS = Mart.COMPONENTS.columns();
  static final List<String> COUNTS = COMPONENT_COLUMNS.subList(4, COMPONENT_COLUMNS.size());
  static final List<String> SEGREGATION_COLUMNS = Mart.SEGREGATION.columns();

  /** One row of components.csv; counts in the order of {@link #COUNTS}. */
  record ComponentRow(String layer, String unit, String unitName, String group, Long[] counts) {
    Long count(String column) {
      return counts[COUNTS.indexOf(column)];
    }
  }

  /** One row of segregation.csv; value null when it was left empty (too few units). */
  record SegregationRow(
      String layer, String within, String split, String index, String moment, BigDecimal value) {}

  static AnalysisTables read(Path runDir) {
    List<ComponentRow> components = new ArrayList<>();
    Path componentsFile = runDir.resolve("components.csv");
    if (Files.exists(componentsFile)) {
      for (CsvTable.Row row : CsvTable.read(componentsFile, COMPONENT_COLUMNS).rows()) {
        Long[] counts = new Long[COUNTS.size()];
        for (int i = 0; i < counts.length; i++) {
          counts[i] = row.count(COUNTS.get(i));
        }
        components.add(
            new ComponentRow(
                row.text("layer"),
                row.text("unit"),
                row.text("unit_name"),
                Groups.check(row, Groups.STOCK),
                counts));
      }
    }
    List<SegregationRow> segregation = new ArrayList<>();
    Path segregationFile = runDir.resolve("segregation.csv");
    if (Files.exists(segregationFile)) {
      for (CsvTable.Row row : CsvTable.read(segregationFile, SEGREGATION_COLUMNS).rows()) {
        String value = row.text("value").trim();
        try {
          segregation.add(
              new SegregationRow(
                  row.text("layer"),
                  row.text("within"),
                  row.text("split"),
                  row.text("index"),
                  row.text("moment"),
                  value.isEmpty() ? null : new BigDecimal(value)));
        } catch (NumberFormatException e) {
          throw row.fault("value", value, "a number with '.' as decimal point, or empty");
        }
      }
    }
    return new AnalysisTables(List.copyOf(components), List.copyOf(segregation));
  }
}
