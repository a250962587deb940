package nl.saldo.synth.compare;

/**
 * One figure stated in the report's text: the area as the report names it, the layer and unit of a
 * saldo run that holds the same figure, the measure, the group, the value and its line in the
 * report.
 */
public record ReportFigure(
    String area,
    String layer,
    String unit,
    Measure measure,
    String group,
    double value,
    String quoteLine) {}
