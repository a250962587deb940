package nl.saldo.report;

import java.nio.file.Path;

/**
 * How to build the human outputs of a run.
 *
 * @param lang "nl" (default) or "en": words, headers and number formats
 * @param boundaries GeoJSON or TopoJSON file of municipalities for the map; null draws dots at
 *     municipal centroids instead
 * @param charts also write charts/*.svg and charts/*.png for pasting into documents
 */
public record ReportOptions(String lang, Path boundaries, boolean charts) {
  public ReportOptions {
    lang = lang == null ? "nl" : lang;
    if (!lang.equals("nl") && !lang.equals("en")) {
      throw new ReportException("language '" + lang + "' is not supported, expected nl or en");
    }
  }

  /** Dutch, no boundary file, with chart files. */
  public static ReportOptions defaults() {
    return new ReportOptions("nl", null, true);
  }
}
